package org.tiptracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * After the Java process is killed with {@code kill -9}, its embedded PostgreSQL keeps running on
 * the data directory; the next start stops that orphan and starts, with the data as it was.
 */
class EmbeddedDatabaseRestartTests {

    @Test
    void theNextStartStopsTheServerAKilledRunLeftBehind() throws Exception {
        Path directory = Files.createTempDirectory("tracker-orphan");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        int port = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("READY ")) {
                    port = Integer.parseInt(line.substring(6).strip());
                    break;
                }
            }
        }
        assertThat(port).as("the child started its server").isPositive();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/tracker", "postgres", "")) {
            c.createStatement().execute("create table kept (v text)");
            c.createStatement().execute("insert into kept values ('written before the kill')");
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path lock = directory.resolve("postmaster.pid");
        assertThat(OrphanedServer.serverOf(lock)).as("the orphaned server is still running").isPresent();

        EmbeddedDatabase database = EmbeddedDatabase.start(directory.toString(), 0);
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
             ResultSet rows = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the kill");
        }
    }
}
