package org.tiptracker.globalreport.persistence;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the Global Report reference data at start-up, after the participants. */
@Component
@Order(6)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
class GlobalReportReferenceRunner implements ApplicationRunner {

    private final GlobalReportReferenceLoader loader;

    GlobalReportReferenceRunner(GlobalReportReferenceLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
