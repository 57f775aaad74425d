package org.tiptracker.workinggroup.persistence;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the Working Group's reference data at start-up (a no-op when every row was loaded before). */
@Component
@Order(5)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
class WorkingGroupReferenceRunner implements ApplicationRunner {

    private final WorkingGroupReferenceLoader loader;

    WorkingGroupReferenceRunner(WorkingGroupReferenceLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
