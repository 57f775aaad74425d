package org.tiptracker.document.persistence;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the reference documents at start-up (a no-op when every row was loaded before). */
@Component
@Order(1)
@ConditionalOnProperty(name = "tracker.reference-data.load", havingValue = "true", matchIfMissing = true)
class DocumentReferenceRunner implements ApplicationRunner {

    private final DocumentReferenceLoader loader;

    DocumentReferenceRunner(DocumentReferenceLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
