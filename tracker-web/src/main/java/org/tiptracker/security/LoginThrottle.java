package org.tiptracker.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.tiptracker.account.SignInDelay;
import org.tiptracker.account.SignInFailures;

/**
 * Slows down guessing instead of locking accounts, as {@link SignInDelay} says, with the counts in
 * the database ({@link SignInFailures}) so that every instance behind the proxy slows the same
 * guesser. Should the database not answer, sign-in is not held up by the throttle (it fails on
 * its own then).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final SignInFailures failures;
    private final Clock clock;
    private final SignInDelay delay;

    LoginThrottle(SignInFailures failures, Clock clock, @Value("${tracker.security.free-failed-logins:5}") int free,
                  @Value("${tracker.security.max-login-delay-seconds:60}") long maxDelaySeconds) {
        this.failures = failures;
        this.clock = clock;
        this.delay = new SignInDelay(free, Duration.ofSeconds(maxDelaySeconds));
    }

    /** How long a sign-in from {@code remoteAddress} as {@code username} must still wait (zero: it may go on). */
    public Duration wait(String remoteAddress, String username) {
        try {
            return failures.wait(SignInDelay.keys(remoteAddress, username), clock.instant());
        } catch (DataAccessException e) {
            log.warn("Sign-in throttle unavailable: {}", e.getMostSpecificCause().getMessage());
            return Duration.ZERO;
        }
    }

    public void failed(String remoteAddress, String username) {
        try {
            for (SignInFailures.Entry entry : failures.failed(SignInDelay.keys(remoteAddress, username), clock.instant(), delay)) {
                if (delay.worthLogging(entry.failures())) {
                    log.warn("Sign-ins slowed down: {} failed {} times (last from {}); next attempt waits {} s",
                            entry.key(), entry.failures(), remoteAddress, delay.after(entry.failures()).toSeconds());
                }
            }
        } catch (DataAccessException e) {
            log.warn("Sign-in failure not counted: {}", e.getMostSpecificCause().getMessage());
        }
    }

    public void succeeded(String username) {
        try {
            failures.forget(SignInDelay.nameKey(username));
        } catch (DataAccessException e) {
            log.warn("Sign-in success not recorded: {}", e.getMostSpecificCause().getMessage());
        }
    }

    /** The addresses and names being slowed down now, most failures first (for the administrators' page). */
    public List<SignInFailures.Entry> slowed() {
        return failures.atLeast(delay.free(), clock.instant().minus(SignInFailures.MEMORY));
    }
}
