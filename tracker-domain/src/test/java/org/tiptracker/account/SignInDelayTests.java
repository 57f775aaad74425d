package org.tiptracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInDelayTests {

    private final SignInDelay delay = new SignInDelay(5, Duration.ofSeconds(60));

    @Test
    void delaysDoubleFromTheFifthFailureUpToTheLimit() {
        assertThat(delay.after(4)).isZero();
        assertThat(delay.after(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delay.after(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay.after(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(delay.after(11)).isEqualTo(Duration.ofSeconds(60));
        assertThat(delay.after(1000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theLogHearsOfTheFreeFailureThenOfEachDoubling() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 40).filter(delay::worthLogging).boxed().toList())
                .containsExactly(5, 6, 8, 12, 20, 36);
        assertThat(delay.slowed(4)).isFalse();
        assertThat(delay.slowed(5)).isTrue();
    }

    @Test
    void aNameIsCountedAsSignInReadsIt() {
        assertThat(SignInDelay.keys("10.0.0.1", "  Focal.Peru ")).containsExactly("address 10.0.0.1", "name focal.peru");
        assertThat(SignInDelay.keys(null, null)).containsExactly("address ?", "name ");
        assertThatThrownBy(() -> new SignInDelay(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
