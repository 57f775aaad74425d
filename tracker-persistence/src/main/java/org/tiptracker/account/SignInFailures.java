package org.tiptracker.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed sign-ins every instance counts ({@code sign_in_failure}), keyed as {@link SignInDelay}
 * says (address, name). Counting is one statement per key, so two instances counting at once add
 * up; a count whose last failure is more than a day old starts again at one.
 */
@Repository
public class SignInFailures {

    /** How long a count is remembered after its last failure. */
    public static final Duration MEMORY = Duration.ofHours(24);
    private static final int MAX_KEY = 300;

    /** One address's or one name's failures: how many, when the last was, and until when it waits. */
    public record Entry(String key, int failures, Instant last, Instant until) {
    }

    private final JdbcTemplate jdbc;

    public SignInFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String key(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** How long an attempt counted under {@code keys} must still wait at {@code now} (zero: it may go on). */
    @Transactional(readOnly = true)
    public Duration wait(List<String> keys, Instant given) {
        Instant now = given.truncatedTo(ChronoUnit.MICROS);
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            List<Timestamp> until = jdbc.queryForList("select wait_until from sign_in_failure where subject = ?",
                    Timestamp.class, key(key));
            if (!until.isEmpty() && until.get(0).toInstant().isAfter(now)) {
                Duration left = Duration.between(now, until.get(0).toInstant());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest;
    }

    /** Counts a failure under each key and sets its wait by {@code delay}; returns the new counts, key by key. */
    @Transactional
    public List<Entry> failed(List<String> keys, Instant given, SignInDelay delay) {
        Instant now = given.truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        Timestamp at = Timestamp.from(now);
        Timestamp forgotten = Timestamp.from(now.minus(MEMORY));
        jdbc.update("delete from sign_in_failure where last_at < ?", forgotten);
        List<Entry> counted = new ArrayList<>();
        for (String key : keys) {
            Integer failures = jdbc.queryForObject("insert into sign_in_failure (subject, failures, last_at, wait_until)"
                    + " values (?, 1, ?, ?) on conflict (subject) do update set failures = sign_in_failure.failures + 1,"
                    + " last_at = excluded.last_at returning failures", Integer.class, key(key), at, at);
            Instant until = now.plus(delay.after(failures));
            jdbc.update("update sign_in_failure set wait_until = greatest(wait_until, ?) where subject = ?",
                    Timestamp.from(until), key(key));
            counted.add(new Entry(key(key), failures, now, until));
        }
        return counted;
    }

    /** Forgets the count under {@code key} (a success). */
    @Transactional
    public void forget(String key) {
        jdbc.update("delete from sign_in_failure where subject = ?", key(key));
    }

    /** The keys with at least {@code failures} failures, the last since {@code since}: most failures first. */
    @Transactional(readOnly = true)
    public List<Entry> atLeast(int failures, Instant since) {
        return jdbc.query("select subject, failures, last_at, wait_until from sign_in_failure where failures >= ?"
                + " and last_at > ? order by failures desc, subject", (rs, n) -> new Entry(rs.getString("subject"),
                rs.getInt("failures"), rs.getTimestamp("last_at").toInstant(), rs.getTimestamp("wait_until").toInstant()),
                failures, Timestamp.from(since));
    }
}
