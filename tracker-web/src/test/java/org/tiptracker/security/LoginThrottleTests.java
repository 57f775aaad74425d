package org.tiptracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

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

    @Test
    void delaysDoubleFromTheFifthFailureUpToTheLimit() {
        LoginThrottle throttle = new LoginThrottle(new Moving(), 5, 60);
        assertThat(throttle.delay(4)).isZero();
        assertThat(throttle.delay(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delay(11)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.delay(1000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aNameIsSlowedWhateverTheAddressAndAnAddressWhateverTheName() {
        Moving clock = new Moving();
        LoginThrottle throttle = new LoginThrottle(clock, 5, 60);
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0." + i, "victim");
        }
        assertThat(throttle.wait("10.0.0.99", "VICTIM")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait("10.0.0.99", "someone.else")).isZero();
        for (int i = 0; i < 6; i++) {
            throttle.failed("10.1.1.1", "name" + i);
        }
        assertThat(throttle.wait("10.1.1.1", "anyone")).isEqualTo(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.wait("10.1.1.1", "anyone")).isZero();
        assertThat(throttle.slowed()).extracting(LoginThrottle.Entry::key).contains("name victim", "address 10.1.1.1");
        throttle.succeeded("victim");
        assertThat(throttle.slowed()).extracting(LoginThrottle.Entry::key).doesNotContain("name victim");
    }
}
