package org.tiptracker.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How guessing at passwords is slowed instead of locking accounts. Failed sign-ins are counted per
 * client address and per user name typed (whether or not such an account exists, so the answer
 * tells nothing of which accounts exist); from the {@code free}-th failure on, each further attempt
 * from that address or for that name waits twice as long as the last (1 s, 2 s, 4 s ... at most
 * {@code maxDelay}). Nobody can lock another person out: the account's owner waits at most
 * {@code maxDelay}. A success clears the name's count.
 *
 * @param free     failures allowed before any wait
 * @param maxDelay the longest wait
 */
public record SignInDelay(int free, Duration maxDelay) {

    public SignInDelay {
        if (free < 1) {
            throw new IllegalArgumentException("free must be at least 1: " + free);
        }
        Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /** The keys a sign-in attempt is counted under: its client address and the name typed. */
    public static List<String> keys(String remoteAddress, String username) {
        return List.of(addressKey(remoteAddress), nameKey(username));
    }

    public static String addressKey(String remoteAddress) {
        return "address " + (remoteAddress == null ? "?" : remoteAddress);
    }

    /** Names are counted as typed, ignoring case and surrounding spaces (as sign-in does). */
    public static String nameKey(String username) {
        return "name " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** The wait after {@code failures} failures in a row. */
    public Duration after(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(failures - free, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether {@code failures} is worth a line in the log: the free-th, then each doubling (5, 6, 8, 12, 20 ...). */
    public boolean worthLogging(int failures) {
        return failures >= free && Long.bitCount(failures - free + 1) == 1;
    }

    /** Whether a key with {@code failures} is being slowed down (shown to the administrators). */
    public boolean slowed(int failures) {
        return failures >= free;
    }
}
