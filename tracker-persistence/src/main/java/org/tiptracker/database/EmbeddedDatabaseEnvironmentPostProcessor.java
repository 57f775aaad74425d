package org.tiptracker.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, starts a PostgreSQL
 * server of our own whose files live in {@code tracker.database.embedded.data-dir}
 * (default {@code data/postgres} under the working directory) and points the data source at it.
 * It also sets {@code tracker.database.embedded=true}, which turns on the demo data, and, unless
 * {@code server.address} is set, listens on 127.0.0.1 only: a demonstration is not open to the
 * network by accident ({@code SERVER_ADDRESS=0.0.0.0} opens it).
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String DATA_DIR_PROPERTY = "tracker.database.embedded.data-dir";
    public static final String PORT_PROPERTY = "tracker.database.embedded.port";
    public static final String EMBEDDED_FLAG = "tracker.database.embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        String dataDirectory = environment.getProperty(DATA_DIR_PROPERTY, "data/postgres");
        int port = environment.getProperty(PORT_PROPERTY, Integer.class, 0);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", "");
        properties.put(EMBEDDED_FLAG, "true");
        if (!StringUtils.hasText(environment.getProperty("server.address"))) {
            properties.put("server.address", "127.0.0.1");
        }
        properties.put("tracker.database.embedded.actual-port", database.port());
        properties.put("tracker.database.embedded.actual-data-dir", database.dataDirectory().toString());
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    @Override
    public int getOrder() {
        // After the configuration files have been read, so that they can name a server or a directory.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
