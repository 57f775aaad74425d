package org.tiptracker.trustfund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The Trust Fund's figures on a date, computed from its contributions, grants and other
 * expenditures. Sums are in US dollars, the fund's currency; amounts in other currencies are never
 * added to them but kept apart, per currency ({@link #paidOtherCurrencies()},
 * {@link #grantsOtherCurrencies()}, {@link #expendituresOtherCurrencies()}).
 *
 * @param asOf                  the date of the figures
 * @param inceptionYear         the year of the first paid contribution, or null when none
 * @param paidUsd               paid contributions in US dollars since inception
 * @param paidUsdPerYear        paid contributions in US dollars per calendar year, every year
 *                              from the first to the last with a payment (zero years included)
 * @param yearlyAverageUsd      {@code paidUsd} divided by the fund's years of operation to the date
 *                              ({@link TrustFundCalculator#yearsOfOperation}), zero when none
 * @param paidOtherCurrencies   paid contributions in other currencies, per currency
 * @param pledgedUsd            contributions pledged and not (yet) recorded as paid, in US dollars
 * @param donorStates           member states with at least one paid contribution
 * @param privateDonors         private donors with at least one paid contribution
 * @param privateShareUsd       the private donors' share of {@code paidUsd}, in per cent with one
 *                              decimal, or null when nothing was received
 * @param grants                grants given (funded or closed) to projects started by the date
 * @param grantCountries        the countries of those projects
 * @param grantsUsd             those grants' total in US dollars
 * @param grantsOtherCurrencies those grants in other currencies, per currency
 * @param reserveList           eligible projects on the reserve list
 * @param expendituresUsd       expenditures other than grants (programme support costs,
 *                              evaluation and monitoring, administration, other) dated by the
 *                              date, in US dollars
 * @param expendituresUsdPerKind those expenditures per kind (kinds with none left out)
 * @param expendituresOtherCurrencies expenditures in other currencies, per currency
 * @param balanceUsd            the balance available for new grants: {@code paidUsd} minus
 *                              {@code grantsUsd} minus {@code expendituresUsd}
 * @param grantsPerRegion       the number of grants per region (by English region name)
 */
public record TrustFundFigures(
        LocalDate asOf,
        Integer inceptionYear,
        BigDecimal paidUsd,
        SortedMap<Integer, BigDecimal> paidUsdPerYear,
        BigDecimal yearlyAverageUsd,
        SortedMap<String, BigDecimal> paidOtherCurrencies,
        BigDecimal pledgedUsd,
        int donorStates,
        int privateDonors,
        BigDecimal privateShareUsd,
        int grants,
        int grantCountries,
        BigDecimal grantsUsd,
        SortedMap<String, BigDecimal> grantsOtherCurrencies,
        int reserveList,
        BigDecimal expendituresUsd,
        SortedMap<ExpenditureKind, BigDecimal> expendituresUsdPerKind,
        SortedMap<String, BigDecimal> expendituresOtherCurrencies,
        BigDecimal balanceUsd,
        SortedMap<String, Integer> grantsPerRegion) {

    /** Paid contributions in US dollars in one year (zero when none). */
    public BigDecimal paidUsdIn(int year) {
        return paidUsdPerYear.getOrDefault(year, BigDecimal.ZERO.setScale(2));
    }
}
