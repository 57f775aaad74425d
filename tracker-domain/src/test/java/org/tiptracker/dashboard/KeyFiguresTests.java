package org.tiptracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.SeedReportFacts;
import org.tiptracker.reporting.MeasureHeading;

/** The dashboard's figures from the facts of the 2016 report (seed 001), cut off on 30 May 2016. */
class KeyFiguresTests {

    static final LocalDate CUT_OFF = LocalDate.of(2016, 5, 30);

    @Test
    void theReportsFiguresOnItsCutOffDate() {
        ReportFacts facts = SeedReportFacts.facts();
        KeyFigures figures = KeyFigures.of(facts, CUT_OFF);
        assertThat(figures.treaty("TIP").parties()).isEqualTo(169);
        assertThat(figures.treaty("TIP").joinedInYear()).isEqualTo(facts.treaties().get(1).joined().size());
        assertThat(figures.treaty("UNTOC").parties()).isEqualTo(186);
        assertThat(figures.cycle().asked()).isEqualTo(193);
        assertThat(figures.cycle().answered()).isEqualTo(SeedReportFacts.RESPONDERS.size());
        // 33 of 193, as paragraph 9 of the report counts them: 17.1 per cent.
        assertThat(figures.cycle().answered()).isEqualTo(33);
        assertThat(figures.cycle().responseRate()).isEqualByComparingTo(new BigDecimal("17.1"));
        assertThat(figures.cycle().daysToDeadline()).isEqualTo(-60);
        assertThat(figures.measuresByHeading().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(facts.measures().size());
        assertThat(figures.measuresByHeading()).containsKeys(MeasureHeading.values());
        assertThat(figures.trustFund().receivedUsd()).isEqualTo(facts.trustFund().figures().paidUsd());
        assertThat(figures.trustFund().balanceUsd()).isEqualTo(facts.trustFund().figures().balanceUsd());
        assertThat(figures.blueHeartCountries()).isEqualTo(facts.awareness().blueHeart().size());
    }

    @Test
    void activitiesOfTheDatesYearOnlyInTheAgenciesOrder() {
        KeyFigures figures = KeyFigures.of(SeedReportFacts.facts(), CUT_OFF);
        // INTERPOL's operations ran 2009–2015: not this year; OHCHR's assistance ran into 2016.
        assertThat(figures.activitiesByAgency()).doesNotContainKey("INTERPOL").containsKey("OHCHR");
    }

    @Test
    void theMandateCoversTheTwelveMonthsToTheDate() {
        var mandate = KeyFigures.mandateFor(CUT_OFF, 3L);
        assertThat(mandate.periodFrom()).isEqualTo(LocalDate.of(2015, 5, 31));
        assertThat(mandate.cutOff()).isEqualTo(CUT_OFF);
        assertThat(mandate.cycleId()).isEqualTo(3L);
    }
}
