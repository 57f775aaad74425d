package org.tiptracker.trustfund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computes the Trust Fund's figures on a date from its rows (see {@link TrustFundFigures}): a
 * contribution counts when it is paid and dated on or before the date; a grant when it is funded
 * or closed and its project started on or before the date; another expenditure (programme support
 * costs and the like) when it is dated on or before the date. The balance available is the paid
 * dollars less the granted dollars less the dollars spent otherwise; amounts in other currencies
 * are never added to it. Pure and exact (decimal arithmetic).
 */
public final class TrustFundCalculator {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");
    /** Region of a grant whose country has none. */
    public static final String NO_REGION = "None";

    private TrustFundCalculator() {
    }

    /**
     * The fund's years of operation on {@code asOf}: the days from its establishment
     * ({@link FundRules#ESTABLISHED}) to the date over the mean length of a year (365.25 days), to
     * four decimals; zero before it was established. On 31 May 2016 that is 5.8371 years, so that
     * 2.3 million dollars are 394,031 dollars a year, which seed 001 (para. 81) prints as
     * {@code ٤٠٠.٠٠٠ دولار} (see {@link FundParagraph.Precision#REPORT}).
     */
    public static BigDecimal yearsOfOperation(LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(FundRules.ESTABLISHED, Objects.requireNonNull(asOf, "asOf"));
        return days <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, 4, RoundingMode.HALF_EVEN);
    }

    /** The figures when nothing was spent other than grants. */
    public static TrustFundFigures compute(Collection<FundContribution> contributions, Collection<FundGrant> grants,
                                           LocalDate asOf) {
        return compute(contributions, grants, List.of(), asOf);
    }

    public static TrustFundFigures compute(Collection<FundContribution> contributions, Collection<FundGrant> grants,
                                           Collection<FundExpenditure> expenditures, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        BigDecimal paid = ZERO;
        BigDecimal privatePaid = ZERO;
        BigDecimal pledged = ZERO;
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        SortedMap<String, BigDecimal> paidOther = new TreeMap<>();
        Set<String> states = new HashSet<>();
        Set<String> privates = new HashSet<>();
        for (FundContribution c : contributions) {
            if (c.date().isAfter(asOf)) {
                continue;
            }
            if (c.status() == ContributionStatus.PLEDGED) {
                if (c.money().isUsd()) {
                    pledged = pledged.add(c.money().amount());
                }
                continue;
            }
            (c.kind().isPrivate() ? privates : states).add(c.donorKey());
            if (!c.money().isUsd()) {
                paidOther.merge(c.money().currency(), c.money().amount(), BigDecimal::add);
                continue;
            }
            paid = paid.add(c.money().amount());
            if (c.kind().isPrivate()) {
                privatePaid = privatePaid.add(c.money().amount());
            }
            perYear.merge(c.date().getYear(), c.money().amount(), BigDecimal::add);
        }
        Integer inception = perYear.isEmpty() ? null : perYear.firstKey();
        if (inception != null) {
            for (int year = inception; year <= perYear.lastKey(); year++) {
                perYear.putIfAbsent(year, ZERO);
            }
        }
        BigDecimal years = yearsOfOperation(asOf);
        BigDecimal average = perYear.isEmpty() || years.signum() == 0 ? ZERO
                : paid.divide(years, 2, RoundingMode.HALF_EVEN);
        BigDecimal privateShare = paid.signum() == 0 ? null
                : privatePaid.multiply(HUNDRED).divide(paid, 1, RoundingMode.HALF_EVEN);

        int granted = 0;
        int reserve = 0;
        BigDecimal grantsUsd = ZERO;
        SortedMap<String, BigDecimal> grantsOther = new TreeMap<>();
        Set<String> countries = new HashSet<>();
        SortedMap<String, Integer> perRegion = new TreeMap<>();
        for (FundGrant g : grants) {
            if (g.start().isAfter(asOf)) {
                continue;
            }
            if (!g.status().isGranted()) {
                reserve++;
                continue;
            }
            granted++;
            countries.add(g.countryIso3());
            perRegion.merge(g.region() == null ? NO_REGION : g.region(), 1, Integer::sum);
            if (g.money().isUsd()) {
                grantsUsd = grantsUsd.add(g.money().amount());
            } else {
                grantsOther.merge(g.money().currency(), g.money().amount(), BigDecimal::add);
            }
        }

        BigDecimal spentUsd = ZERO;
        SortedMap<ExpenditureKind, BigDecimal> spentPerKind = new TreeMap<>();
        SortedMap<String, BigDecimal> spentOther = new TreeMap<>();
        for (FundExpenditure e : expenditures) {
            if (e.date().isAfter(asOf)) {
                continue;
            }
            if (e.money().isUsd()) {
                spentUsd = spentUsd.add(e.money().amount());
                spentPerKind.merge(e.kind(), e.money().amount(), BigDecimal::add);
            } else {
                spentOther.merge(e.money().currency(), e.money().amount(), BigDecimal::add);
            }
        }
        return new TrustFundFigures(asOf, inception, paid, Collections.unmodifiableSortedMap(perYear), average,
                Collections.unmodifiableSortedMap(paidOther), pledged, states.size(), privates.size(), privateShare,
                granted, countries.size(), grantsUsd, Collections.unmodifiableSortedMap(grantsOther), reserve,
                spentUsd, Collections.unmodifiableSortedMap(spentPerKind), Collections.unmodifiableSortedMap(spentOther),
                paid.subtract(grantsUsd).subtract(spentUsd), Collections.unmodifiableSortedMap(perRegion));
    }
}
