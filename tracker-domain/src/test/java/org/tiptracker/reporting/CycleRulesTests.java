package org.tiptracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class CycleRulesTests {

    private static final LocalDate START = LocalDate.of(2013, 12, 18);
    private static final LocalDate END = LocalDate.of(2016, 4, 1);

    @Test
    void aTextIsRequiredOnItsField() {
        assertThat(CycleRules.required("CU 2016/12", "noteReference")).isEqualTo("CU 2016/12");
        for (String empty : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> CycleRules.required(empty, "titleAr"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("cycle.titleAr.required");
                        assertThat(e.field()).isEqualTo("titleAr");
                    });
        }
    }

    @Test
    void theThreeDatesAreRequired() {
        assertThatThrownBy(() -> CycleRules.dates(null, END, END)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("cycle.dates.required"));
        assertThatThrownBy(() -> CycleRules.dates(START, null, END)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CycleRules.dates(START, END, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void thePeriodEndsOnOrAfterItsStart() {
        CycleRules.dates(START, START, START);
        assertThatThrownBy(() -> CycleRules.dates(END, START, END)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("cycle.period.order");
            assertThat(e.field()).isEqualTo("periodEnd");
        });
    }

    @Test
    void theDeadlineIsNotBeforeThePeriod() {
        CycleRules.dates(START, END, START);
        assertThatThrownBy(() -> CycleRules.dates(START, END, START.minusDays(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cycle.deadline.beforePeriod");
                    assertThat(e.field()).isEqualTo("deadline");
                });
    }

    @Test
    void aCycleWithoutStatusIsADraft() {
        assertThat(CycleRules.status(null)).isEqualTo(CycleStatus.DRAFT);
        assertThat(CycleRules.status(CycleStatus.OPEN)).isEqualTo(CycleStatus.OPEN);
    }
}
