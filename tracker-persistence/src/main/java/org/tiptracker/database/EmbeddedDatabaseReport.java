package org.tiptracker.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Says where the embedded PostgreSQL listens and keeps its files, for backups with pg_dump. */
@Component
@ConditionalOnProperty(name = EmbeddedDatabaseEnvironmentPostProcessor.EMBEDDED_FLAG, havingValue = "true")
class EmbeddedDatabaseReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseReport.class);

    private final String port;
    private final String dataDirectory;

    EmbeddedDatabaseReport(@Value("${tracker.database.embedded.actual-port:}") String port,
                           @Value("${tracker.database.embedded.actual-data-dir:}") String dataDirectory) {
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!port.isEmpty()) {
            log.info("Embedded PostgreSQL listening on port {} (database {}, user postgres), data in {}",
                    port, EmbeddedDatabase.DATABASE_NAME, dataDirectory);
        }
    }
}
