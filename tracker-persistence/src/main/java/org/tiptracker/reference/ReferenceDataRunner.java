package org.tiptracker.reference;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the reference data at start-up (a no-op when every row was loaded before). */
@Component
@Order(0)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
class ReferenceDataRunner implements ApplicationRunner {

    private final ReferenceDataLoader loader;

    ReferenceDataRunner(ReferenceDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
