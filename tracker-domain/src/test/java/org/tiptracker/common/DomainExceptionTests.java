package org.tiptracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DomainExceptionTests {

    @Test
    void keepsKeyAndArgumentsAndGivesReadableFallback() {
        DomainException e = new DomainException("treaty.rule.future-date", LocalDate.of(2030, 1, 1), "x");

        assertThat(e.messageKey()).isEqualTo("treaty.rule.future-date");
        assertThat(e.args()).containsExactly(LocalDate.of(2030, 1, 1), "x");
        assertThat(e.getMessage()).isEqualTo("treaty.rule.future-date [2030-01-01, x]");
    }

    @Test
    void argumentsCannotBeChangedFromOutside() {
        Object[] args = {"a"};
        DomainException e = new DomainException("k", args);
        args[0] = "b";
        e.args()[0] = "c";

        assertThat(e.args()).containsExactly("a");
    }

    @Test
    void withoutArgumentsTheMessageIsTheKey() {
        DomainException e = new DomainException("k");

        assertThat(e.args()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("k");
    }
}
