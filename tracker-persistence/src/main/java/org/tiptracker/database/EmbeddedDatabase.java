package org.tiptracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started by the application itself, so that it runs on a bare machine.
 * One server per data directory and JVM: every Spring context of a test run shares it.
 */
public final class EmbeddedDatabase {

    /** The data directory value that asks for a throw-away server (tests). */
    public static final String TEMPORARY = "temporary";

    static final String DATABASE_NAME = "tracker";

    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts (once per JVM) or returns the server that keeps its files in {@code dataDirectory}. */
    public static EmbeddedDatabase start(String dataDirectory, int port) {
        return RUNNING.computeIfAbsent(dataDirectory, key -> launch(key, port));
    }

    private static EmbeddedDatabase launch(String dataDirectory, int port) {
        try {
            boolean temporary = TEMPORARY.equals(dataDirectory);
            Path directory = temporary
                    ? Files.createTempDirectory("tracker-test-db")
                    : Path.of(dataDirectory).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            if (!temporary) {
                OrphanedServer.stopIfAny(directory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setServerConfig("synchronous_commit", temporary ? "off" : "on")
                    .setServerConfig("fsync", temporary ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE_NAME + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE_NAME, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE_NAME;
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
