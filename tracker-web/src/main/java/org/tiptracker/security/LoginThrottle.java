package org.tiptracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing instead of locking accounts. Failed sign-ins are counted per client address
 * and per user name typed (whether or not such an account exists, so the answer tells nothing of
 * which accounts exist); from the {@code free}-th failure on, each further attempt from that
 * address or for that name waits twice as long as the last (1 s, 2 s, 4 s ... at most
 * {@code maxDelay}). Nobody can lock another person out: the account's own owner waits at most
 * {@code maxDelay}. A success clears the name's count. Kept in memory, per instance.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_KEYS = 10_000;

    /** One address's or one name's failures: how many, and when the last was. */
    public record Entry(String key, int failures, Instant last, Instant until) {
    }

    private final Clock clock;
    private final int free;
    private final Duration maxDelay;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginThrottle(Clock clock, @Value("${tracker.security.free-failed-logins:5}") int free,
                  @Value("${tracker.security.max-login-delay-seconds:60}") long maxDelaySeconds) {
        this.clock = clock;
        this.free = free;
        this.maxDelay = Duration.ofSeconds(maxDelaySeconds);
    }

    static String address(String remoteAddress) {
        return "address " + (remoteAddress == null ? "?" : remoteAddress);
    }

    static String name(String username) {
        return "name " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** How long a sign-in from {@code remoteAddress} as {@code username} must still wait (zero: it may go on). */
    public synchronized Duration wait(String remoteAddress, String username) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : List.of(address(remoteAddress), name(username))) {
            Entry entry = entries.get(key);
            if (entry != null && entry.until().isAfter(now)) {
                Duration left = Duration.between(now, entry.until());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest;
    }

    public synchronized void failed(String remoteAddress, String username) {
        Instant now = clock.instant();
        for (String key : List.of(address(remoteAddress), name(username))) {
            Entry before = entries.get(key);
            int failures = before == null ? 1 : before.failures() + 1;
            Duration delay = delay(failures);
            entries.put(key, new Entry(key, failures, now, now.plus(delay)));
            if (failures >= free && Long.bitCount(failures - free + 1) == 1) {
                log.warn("Sign-ins slowed down: {} failed {} times (last from {}); next attempt waits {} s",
                        key, failures, remoteAddress, delay.toSeconds());
            }
        }
    }

    public synchronized void succeeded(String username) {
        entries.remove(name(username));
    }

    /** The delay after {@code failures} failures in a row. */
    Duration delay(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = Duration.ofSeconds(1L << Math.min(doublings, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The addresses and names being slowed down now, most failures first (for the administrators' page). */
    public synchronized List<Entry> slowed() {
        Instant now = clock.instant();
        List<Entry> out = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.failures() >= free && entry.last().plus(Duration.ofHours(24)).isAfter(now)) {
                out.add(entry);
            }
        }
        out.sort(Comparator.comparingInt(Entry::failures).reversed().thenComparing(Entry::key));
        return out;
    }
}
