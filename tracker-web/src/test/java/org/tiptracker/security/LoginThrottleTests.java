package org.tiptracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.account.SignInFailures;

/**
 * The throttle on the database's counts: two throttles (two instances) over the same database slow
 * the same guesser, by name whatever the address and by address whatever the name.
 */
@SpringBootTest
class LoginThrottleTests {

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    SignInFailures failures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNameIsSlowedWhateverTheAddressAndAnAddressWhateverTheNameOnEveryInstance() {
        Moving clock = new Moving();
        clock.now = Instant.now();
        LoginThrottle one = new LoginThrottle(failures, clock, 5, 60);
        LoginThrottle other = new LoginThrottle(failures, clock, 5, 60);
        String victim = "victim" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? one : other).failed("10.0.0." + i, victim);
        }
        assertThat(other.wait("10.0.0.99", victim.toUpperCase())).isEqualTo(Duration.ofSeconds(1));
        assertThat(one.wait("10.0.0.99", "someone.else")).isZero();
        String address = "10.9." + (System.nanoTime() % 250) + ".1";
        for (int i = 0; i < 6; i++) {
            one.failed(address, "name" + i + victim);
        }
        assertThat(other.wait(address, "anyone")).isEqualTo(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(3);
        assertThat(other.wait(address, "anyone")).isZero();
        assertThat(other.slowed()).extracting(SignInFailures.Entry::key).contains("name " + victim, "address " + address);
        one.succeeded(victim);
        assertThat(other.slowed()).extracting(SignInFailures.Entry::key).doesNotContain("name " + victim);
        jdbc.update("delete from sign_in_failure where subject like ?", "%" + victim);
        jdbc.update("delete from sign_in_failure where subject = ?", "address " + address);
    }

    @Test
    void aCountADayOldStartsAgain() {
        Moving clock = new Moving();
        clock.now = Instant.now();
        LoginThrottle throttle = new LoginThrottle(failures, clock, 2, 60);
        String name = "forgotten" + System.nanoTime();
        throttle.failed("10.8.0.1", name);
        throttle.failed("10.8.0.2", name);
        assertThat(throttle.wait("10.8.0.3", name)).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plus(Duration.ofHours(25));
        throttle.failed("10.8.0.4", name);
        assertThat(throttle.wait("10.8.0.5", name)).isZero();
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where subject = ?", Integer.class, "name " + name))
                .isEqualTo(1);
        jdbc.update("delete from sign_in_failure where subject = ? or subject like 'address 10.8.0.%'", "name " + name);
    }
}
