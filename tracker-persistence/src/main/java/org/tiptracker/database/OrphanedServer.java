package org.tiptracker.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server a previous run left behind. When the Java process is killed ({@code kill -9})
 * its PostgreSQL keeps running on the data directory, and the next start fails on the lock file
 * ({@code postmaster.pid}). Before starting, the application reads that file: if the process it
 * names is a running PostgreSQL server, it is asked to stop (SIGTERM: with its client gone, a smart
 * shutdown ends at once) and, if it has not within the grace period, killed (PostgreSQL then
 * recovers from its write-ahead log on the next start, as after a power cut: nothing committed is
 * lost). A lock file naming no running server is left to PostgreSQL, which replaces a stale one.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    static void stopIfAny(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return;
        }
        Optional<ProcessHandle> server = serverOf(lock);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("An embedded PostgreSQL left by a previous run (process {}) still holds {}: stopping it",
                process.pid(), dataDirectory);
        process.destroy();
        if (!waitFor(process, GRACE)) {
            log.warn("It did not stop within {} s: killing it (PostgreSQL recovers on the next start)", GRACE.toSeconds());
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(10));
        }
        if (process.isAlive()) {
            throw new IllegalStateException("The PostgreSQL server " + process.pid() + " on " + dataDirectory
                    + " does not stop; stop it and start again");
        }
    }

    /** The running PostgreSQL server the lock file names, if the first line is the pid of one. */
    static Optional<ProcessHandle> serverOf(Path lock) throws IOException {
        List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres") || c.contains("/postgres"))
                        .orElse(false));
    }

    private static boolean waitFor(ProcessHandle process, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (process.isAlive() && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }
}
