package org.tiptracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportFacts.ActivityFact;
import org.tiptracker.report.ReportFacts.CycleFact;
import org.tiptracker.report.ReportFacts.TreatyFact;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.reporting.MeasureHeading;

/**
 * The home page's key figures on a date, taken from the facts a report with that cut-off date would
 * be built from ({@link ReportFacts}): the dashboard and the report draft state the same numbers
 * because they read them from the same place.
 *
 * @param asOf             the date of every figure
 * @param treaties         per treaty: parties on the date and how many became parties in the twelve months to it
 * @param cycle            the reporting cycle current on the date, or null
 * @param measuresByHeading accepted measures of that cycle per heading (every heading, zero included)
 * @param activitiesByAgency agency activities of the date's calendar year up to the date, per agency acronym,
 *                         in the agencies' order of presentation
 * @param trustFund        received, granted and balance in US dollars, and received per year; null when unknown
 * @param blueHeartCountries countries that had joined the Blue Heart campaign by the date
 */
public record KeyFigures(LocalDate asOf, List<TreatyFigure> treaties, CycleFigure cycle,
                         Map<MeasureHeading, Integer> measuresByHeading, Map<String, Integer> activitiesByAgency,
                         FundFigure trustFund, int blueHeartCountries) {

    /** One treaty: its code, parties on the date, and the change over the twelve months to it. */
    public record TreatyFigure(String code, long parties, int joinedInYear) {
    }

    /**
     * The current cycle: participants asked, those that answered (report accepted by the date), the
     * response rate in per cent (one decimal; null when nobody was asked) and the days from the date
     * to the deadline (negative once passed).
     */
    public record CycleFigure(long id, String titleAr, String titleEn, LocalDate deadline, int asked, int answered,
                              BigDecimal responseRate, long daysToDeadline) {
    }

    /** The Trust Fund: received (paid), granted, the balance, and received per calendar year, all in US dollars. */
    public record FundFigure(BigDecimal receivedUsd, BigDecimal grantedUsd, BigDecimal balanceUsd,
                             SortedMap<Integer, BigDecimal> receivedPerYear) {
    }

    public KeyFigures {
        treaties = List.copyOf(treaties);
        measuresByHeading = Map.copyOf(measuresByHeading);
        activitiesByAgency = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(activitiesByAgency));
    }

    /**
     * The mandate of a report cut off on {@code asOf} that covers the twelve months to it, drawing
     * measures from {@code cycleId} (null: none). It is never printed: it only says what to read.
     */
    public static ReportMandate mandateFor(LocalDate asOf, Long cycleId) {
        return new ReportMandate("DASHBOARD", 0, 0, null, null, null, "لوحة المؤشرات", "Dashboard", "-", null, null,
                asOf, asOf.minusYears(1).plusDays(1), asOf, asOf, cycleId, "en", DigitStyle.ARABIC_INDIC);
    }

    /** The figures of {@code facts}, gathered for {@link #mandateFor} on {@code asOf}. */
    public static KeyFigures of(ReportFacts facts, LocalDate asOf) {
        List<TreatyFigure> treaties = new ArrayList<>();
        for (TreatyFact t : facts.treaties()) {
            treaties.add(new TreatyFigure(t.code(), t.partiesAtCutOff(), t.joined().size()));
        }
        CycleFigure cycle = null;
        CycleFact c = facts.cycle();
        if (c != null) {
            BigDecimal rate = c.asked() == 0 ? null : BigDecimal.valueOf(c.answered().size() * 100L)
                    .divide(BigDecimal.valueOf(c.asked()), 1, RoundingMode.HALF_UP);
            cycle = new CycleFigure(c.id(), c.titleAr(), c.titleEn(), c.deadline(), c.asked(), c.answered().size(), rate,
                    ChronoUnit.DAYS.between(asOf, c.deadline()));
        }
        Map<MeasureHeading, Integer> headings = new EnumMap<>(MeasureHeading.class);
        for (MeasureHeading h : MeasureHeading.values()) {
            headings.put(h, 0);
        }
        facts.measures().forEach(m -> headings.merge(m.heading(), 1, Integer::sum));
        LocalDate yearStart = asOf.withDayOfYear(1);
        Map<String, Integer> agencies = new LinkedHashMap<>();
        facts.activities().stream()
                .filter(a -> overlaps(a, yearStart, asOf))
                .sorted(java.util.Comparator.comparingInt(ActivityFact::agencyOrder).thenComparing(ActivityFact::agencyAcronym))
                .forEach(a -> agencies.merge(a.agencyAcronym(), 1, Integer::sum));
        FundFigure fund = facts.trustFund() == null ? null : new FundFigure(facts.trustFund().figures().paidUsd(),
                facts.trustFund().figures().grantsUsd(), facts.trustFund().figures().balanceUsd(),
                new TreeMap<>(facts.trustFund().figures().paidUsdPerYear()));
        int blueHeart = facts.awareness() == null ? 0 : facts.awareness().blueHeart().size();
        return new KeyFigures(asOf, treaties, cycle, headings, agencies, fund, blueHeart);
    }

    /** Whether an activity ran at some time within [from, to] (no end: a single date; no start: never). */
    static boolean overlaps(ActivityFact a, LocalDate from, LocalDate to) {
        if (a.start() == null || a.start().isAfter(to)) {
            return false;
        }
        LocalDate end = a.end() == null ? a.start() : a.end();
        return !end.isBefore(from);
    }

    /** The treaty figure of {@code code}, or null. */
    public TreatyFigure treaty(String code) {
        return treaties.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }
}
