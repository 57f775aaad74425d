package org.tiptracker;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The persistence module's tests start this: JPA, Flyway and the reference data, without the web. */
@SpringBootApplication
public class PersistenceTestApplication {
}
