package org.tiptracker.globalreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class GlobalReportRulesTests {

    record Facts(Integer year, Integer editionNumber, Integer publishedYear, Integer publishedMonth, Integer dataFromYear,
                 Integer dataToYear, Integer countriesCovered, Integer legislationYear, Integer legislationMonth,
                 Integer convictionsFromYear, Integer convictionsToYear, String source) implements EditionFacts {
    }

    /** The 2014 edition as the documents state it. */
    static final Facts E2014 = new Facts(2014, 3, 2014, 11, 2010, 2012, 128, 2014, 8, 2010, 2012, "A/71/DEMO");

    static Facts only(String source) {
        return new Facts(2014, null, null, null, null, null, null, null, null, null, null, source);
    }

    static void refused(Facts facts, String key) {
        assertThatThrownBy(() -> GlobalReportRules.facts(facts, 2024)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith(key).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void anEditionsYearRunsFromTheFirstEditionToNextYear() {
        assertThat(GlobalReportRules.editionYear(2009, 2024)).isEqualTo(2009);
        assertThat(GlobalReportRules.editionYear(2025, 2024)).isEqualTo(2025);
        for (Integer wrong : new Integer[] {null, 2008, 2026}) {
            assertThatThrownBy(() -> GlobalReportRules.editionYear(wrong, 2024)).isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("globalreport.year.range")
                    .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(Year.of(2009), Year.of(2025)));
        }
    }

    @Test
    void aFullEditionAndOneWithOnlyItsSourcePass() {
        GlobalReportRules.facts(E2014, 2024);
        GlobalReportRules.facts(only("s"), 2024);
    }

    @Test
    void theEditionNumberAndTheCountriesCoveredHaveTheirBounds() {
        GlobalReportRules.facts(new Facts(2014, 1, null, null, null, null, 1, null, null, null, null, "s"), 2024);
        GlobalReportRules.facts(new Facts(2014, 100, null, null, null, null, 250, null, null, null, null, "s"), 2024);
        refused(new Facts(2014, 0, null, null, null, null, null, null, null, null, null, "s"), "globalreport.editionNumber.range");
        refused(new Facts(2014, 101, null, null, null, null, null, null, null, null, null, "s"), "globalreport.editionNumber.range");
        refused(new Facts(2014, null, null, null, null, null, 0, null, null, null, null, "s"), "globalreport.countriesCovered.range");
        refused(new Facts(2014, null, null, null, null, null, 251, null, null, null, null, "s"), "globalreport.countriesCovered.range");
    }

    @Test
    void everyOtherYearRunsFrom1990ToNextYear() {
        GlobalReportRules.facts(new Facts(2014, null, 1990, null, 2025, 2025, null, null, null, null, null, "s"), 2024);
        Facts[] wrong = {
                new Facts(2014, null, 1989, null, null, null, null, null, null, null, null, "s"),
                new Facts(2014, null, null, null, 2026, null, null, null, null, null, null, "s"),
                new Facts(2014, null, null, null, null, 2026, null, null, null, null, null, "s"),
                new Facts(2014, null, null, null, null, null, null, 1989, 1, null, null, "s"),
                new Facts(2014, null, null, null, null, null, null, null, null, 1989, null, "s"),
                new Facts(2014, null, null, null, null, null, null, null, null, null, 2026, "s")};
        for (Facts facts : wrong) {
            assertThatThrownBy(() -> GlobalReportRules.facts(facts, 2024)).as(facts.toString())
                    .hasMessageStartingWith("globalreport.otherYear.range")
                    .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(Year.of(1990), Year.of(2025)));
        }
    }

    @Test
    void monthsAreMonthsAndComeWithTheirYear() {
        refused(new Facts(2014, null, 2014, 0, null, null, null, null, null, null, null, "s"), "globalreport.month.range");
        refused(new Facts(2014, null, null, null, null, null, null, 2014, 13, null, null, "s"), "globalreport.month.range");
        refused(new Facts(2014, null, null, 5, null, null, null, null, null, null, null, "s"), "globalreport.published.monthWithoutYear");
        refused(new Facts(2014, null, null, null, null, null, null, 2014, null, null, null, "s"), "globalreport.legislation.incomplete");
        refused(new Facts(2014, null, null, null, null, null, null, null, 8, null, null, "s"), "globalreport.legislation.incomplete");
    }

    @Test
    void periodsDoNotEndBeforeTheyStart() {
        GlobalReportRules.facts(new Facts(2014, null, null, null, 2010, 2010, null, null, null, 2012, 2012, "s"), 2024);
        refused(new Facts(2014, null, null, null, 2012, 2010, null, null, null, null, null, "s"), "globalreport.dataPeriod.order");
        refused(new Facts(2014, null, null, null, null, null, null, null, null, 2012, 2010, "s"), "globalreport.convictions.order");
    }

    @Test
    void anEditionNamesItsSource() {
        refused(only(" "), "globalreport.source.required");
        refused(only(null), "globalreport.source.required");
    }

    @Test
    void theFirstRuleBrokenIsTheOneReported() {
        refused(new Facts(2014, 0, 1989, 13, 2012, 2010, 0, null, null, null, null, null), "globalreport.editionNumber.range");
        refused(new Facts(2014, null, null, 13, 2012, 2010, 0, null, null, null, null, null), "globalreport.month.range");
        refused(new Facts(2014, null, null, null, 2012, 2010, 0, null, null, null, null, null), "globalreport.dataPeriod.order");
    }

    @Test
    void aRowNamesItsCountryAndItsStatus() {
        assertThat(GlobalReportRules.countryCode(" fra ")).isEqualTo("FRA");
        assertThatThrownBy(() -> GlobalReportRules.countryCode(" ")).hasMessage("globalreport.country.required");
        assertThatThrownBy(() -> GlobalReportRules.countryCode(null)).hasMessage("globalreport.country.required");
        assertThat(GlobalReportRules.assessment(CriminalizationStatus.PARTIAL, null))
                .isEqualTo(new CountryAssessment(CriminalizationStatus.PARTIAL, null));
        assertThatThrownBy(() -> GlobalReportRules.assessment(null, ConvictionBand.NONE))
                .hasMessage("globalreport.country.status.required");
    }
}
