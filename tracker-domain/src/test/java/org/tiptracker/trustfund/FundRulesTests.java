package org.tiptracker.trustfund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class FundRulesTests {

    @Test
    void aDateIsRequiredWhenAskedAndLiesWithinTheFundsYears() {
        assertThat(FundRules.date(LocalDate.of(2010, 1, 1), "r", "x")).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(FundRules.date(LocalDate.of(2100, 12, 31), "r", "x")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThatThrownBy(() -> FundRules.date(null, "trustfund.receivedOn.required", "x"))
                .isInstanceOf(DomainException.class).hasMessage("trustfund.receivedOn.required");
        assertThatThrownBy(() -> FundRules.date(LocalDate.of(2009, 12, 31), "r", "trustfund.receivedOn.range"))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("trustfund.receivedOn.range")
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(FundRules.EARLIEST, FundRules.LATEST));
        assertThatThrownBy(() -> FundRules.date(LocalDate.of(2101, 1, 1), "r", "trustfund.receivedOn.range"))
                .hasMessageStartingWith("trustfund.receivedOn.range");
    }

    @Test
    void anOptionalDateMayBeMissingButNotOutOfRange() {
        assertThat(FundRules.optionalDate(null, "trustfund.opensOn.range")).isNull();
        assertThatThrownBy(() -> FundRules.optionalDate(LocalDate.of(2005, 1, 1), "trustfund.opensOn.range"))
                .hasMessageStartingWith("trustfund.opensOn.range");
    }

    @Test
    void aPeriodMayNotEndBeforeItStarts() {
        FundRules.inOrder(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), "k");
        FundRules.inOrder(null, LocalDate.of(2015, 1, 1), "k");
        FundRules.inOrder(LocalDate.of(2015, 1, 1), null, "k");
        assertThatThrownBy(() -> FundRules.inOrder(LocalDate.of(2015, 1, 2), LocalDate.of(2015, 1, 1),
                "trustfund.periodEnd.beforeStart")).isInstanceOf(DomainException.class)
                .hasMessage("trustfund.periodEnd.beforeStart");
    }

    @Test
    void aCallsYearIsRequiredAndWithinTheFundsYears() {
        assertThat(FundRules.callYear(2014)).isEqualTo(2014);
        assertThatThrownBy(() -> FundRules.callYear(null)).hasMessage("trustfund.year.required");
        assertThatThrownBy(() -> FundRules.callYear(2009)).hasMessageStartingWith("trustfund.year.range")
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(2010, 2100));
        assertThatThrownBy(() -> FundRules.callYear(2101)).hasMessageStartingWith("trustfund.year.range");
    }

    @Test
    void requiredValuesAndTheDescriptionOfOtherExpenditures() {
        assertThat(FundRules.required("x", "k")).isEqualTo("x");
        assertThatThrownBy(() -> FundRules.required(null, "trustfund.status.required")).hasMessage("trustfund.status.required");
        FundRules.described(ExpenditureKind.OTHER, "bank charges");
        FundRules.described(ExpenditureKind.PROGRAMME_SUPPORT_COSTS, null);
        assertThatThrownBy(() -> FundRules.described(ExpenditureKind.OTHER, null))
                .hasMessage("trustfund.description.required");
    }
}
