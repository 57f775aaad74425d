package org.tiptracker.database;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database of every test: a PostgreSQL container when Docker is available, otherwise a
 * throw-away embedded PostgreSQL. Either way one server per test JVM, shared by all contexts.
 * A configured {@code spring.datasource.url} (e.g. the CI's service) is left alone.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseEnvironmentPostProcessor.class);
    private static PostgreSQLContainer container;
    private static Boolean dockerAvailable;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer database = container();
            environment.getPropertySources().addFirst(new MapPropertySource("testcontainersPostgres", Map.of(
                    "spring.datasource.url", database.getJdbcUrl(),
                    "spring.datasource.username", database.getUsername(),
                    "spring.datasource.password", database.getPassword(),
                    "tracker.database.embedded", "true")));
        } else {
            environment.getPropertySources().addFirst(new MapPropertySource("embeddedTestPostgres", Map.of(
                    EmbeddedDatabaseEnvironmentPostProcessor.DATA_DIR_PROPERTY, EmbeddedDatabase.TEMPORARY)));
        }
    }

    private static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            if (Boolean.getBoolean("tracker.test.embedded")) {
                dockerAvailable = false;
            } else {
                try {
                    dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | LinkageError e) {
                    dockerAvailable = false;
                }
            }
            log.info("Test database: {}", dockerAvailable ? "PostgreSQL in a container" : "embedded PostgreSQL");
        }
        return dockerAvailable;
    }

    private static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
        }
        return container;
    }

    @Override
    public int getOrder() {
        // Before the embedded default, after the configuration files.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
