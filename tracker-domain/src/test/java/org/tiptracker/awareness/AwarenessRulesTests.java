package org.tiptracker.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class AwarenessRulesTests {

    @Test
    void aThemesYearRunsFromTheFirstWorldDayToNextYear() {
        assertThat(AwarenessRules.themeYear(2014, 2024)).isEqualTo(2014);
        assertThat(AwarenessRules.themeYear(2025, 2024)).isEqualTo(2025);
        for (Integer wrong : new Integer[] {null, 2013, 2026}) {
            assertThatThrownBy(() -> AwarenessRules.themeYear(wrong, 2024)).isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("awareness.theme.year.range")
                    .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(Year.of(2014), Year.of(2025)));
        }
    }

    @Test
    void aThemeSaysItselfInArabic() {
        AwarenessRules.themeInArabic("موضوع");
        assertThatThrownBy(() -> AwarenessRules.themeInArabic(" ")).hasMessage("awareness.theme.ar.required");
        assertThatThrownBy(() -> AwarenessRules.themeInArabic(null)).hasMessage("awareness.theme.ar.required");
    }

    @Test
    void anAdoptionHasAYearOrADateWithinTheCampaignAndNotInTheFuture() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        AwarenessRules.adoptionWhen(2010, null, today);
        AwarenessRules.adoptionWhen(null, LocalDate.of(2024, 6, 1), today);
        AwarenessRules.adoptionWhen(2015, LocalDate.of(2015, 1, 1), today);
        assertThatThrownBy(() -> AwarenessRules.adoptionWhen(null, null, today)).hasMessage("awareness.adoption.when.required");
        assertThatThrownBy(() -> AwarenessRules.adoptionWhen(2009, null, today)).hasMessageStartingWith("awareness.adoption.year.range");
        assertThatThrownBy(() -> AwarenessRules.adoptionWhen(2025, null, today)).hasMessageStartingWith("awareness.adoption.year.range");
        assertThatThrownBy(() -> AwarenessRules.adoptionWhen(null, LocalDate.of(2024, 6, 2), today))
                .hasMessageStartingWith("awareness.adoption.knownBy.range");
        assertThatThrownBy(() -> AwarenessRules.adoptionWhen(null, LocalDate.of(2009, 12, 31), today))
                .hasMessageStartingWith("awareness.adoption.knownBy.range");
        assertThatThrownBy(() -> AwarenessRules.adoptionWhen(2015, LocalDate.of(2014, 1, 1), today))
                .hasMessage("awareness.adoption.knownBy.beforeYear");
    }
}
