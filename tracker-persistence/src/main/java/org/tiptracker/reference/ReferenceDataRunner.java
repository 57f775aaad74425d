package org.tiptracker.reference;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the reference data at start-up (a no-op when every row was loaded before), before the
 * other start-up work: every {@link ReferenceLoader}, in the order of its {@code @Order}.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
record ReferenceDataRunner(List<ReferenceLoader<?>> loaders) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        loaders.forEach(ReferenceLoader::load);
    }
}
