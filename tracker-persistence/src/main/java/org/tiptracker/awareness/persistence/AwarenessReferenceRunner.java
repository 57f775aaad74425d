package org.tiptracker.awareness.persistence;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the awareness reference data at start-up, after the participants. */
@Component
@Order(7)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
class AwarenessReferenceRunner implements ApplicationRunner {

    private final AwarenessReferenceLoader loader;

    AwarenessReferenceRunner(AwarenessReferenceLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
