package org.tiptracker.agency.persistence;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the agencies, ICAT and agency activities reference data at start-up (after the participants). */
@Component
@Order(5)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
class AgencyReferenceRunner implements ApplicationRunner {

    private final AgencyReferenceLoader loader;

    AgencyReferenceRunner(AgencyReferenceLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
