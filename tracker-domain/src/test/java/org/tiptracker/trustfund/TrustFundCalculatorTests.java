package org.tiptracker.trustfund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrustFundCalculatorTests {

    static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    static FundContribution paid(String donor, DonorKind kind, String date, Money money) {
        return new FundContribution(donor, kind, LocalDate.parse(date), money, ContributionStatus.PAID);
    }

    static final List<FundContribution> CONTRIBUTIONS = List.of(
            paid("AUT", DonorKind.STATE, "2010-06-01", usd("100000.00")),
            paid("AUT", DonorKind.STATE, "2012-03-01", usd("50000.50")),
            paid("QAT", DonorKind.STATE, "2013-09-10", usd("200000")),
            paid("Acme", DonorKind.COMPANY, "2013-10-10", usd("49999.50")),
            paid("Fondation", DonorKind.FOUNDATION, "2013-11-11", Money.of(new BigDecimal("80000"), "EUR")),
            new FundContribution("NOR", DonorKind.STATE, LocalDate.parse("2013-12-01"), usd("70000"), ContributionStatus.PLEDGED),
            paid("SWE", DonorKind.STATE, "2017-01-01", usd("999")));

    static final List<FundGrant> GRANTS = List.of(
            new FundGrant("NGA", "Africa", LocalDate.parse("2011-07-01"), usd("60000"), GrantStatus.CLOSED),
            new FundGrant("NGA", "Africa", LocalDate.parse("2014-07-01"), usd("40000"), GrantStatus.FUNDED),
            new FundGrant("THA", "Asia", LocalDate.parse("2014-07-01"), usd("50000"), GrantStatus.FUNDED),
            new FundGrant("PER", "Americas", LocalDate.parse("2014-07-01"), Money.of(new BigDecimal("30000"), "EUR"), GrantStatus.FUNDED),
            new FundGrant("GEO", "Asia", LocalDate.parse("2014-07-01"), usd("45000"), GrantStatus.RESERVE),
            new FundGrant("MEX", "Americas", LocalDate.parse("2016-07-01"), usd("45000"), GrantStatus.FUNDED));

    @Test
    void sumsOnlyPaidDollarContributionsUpToTheDateAndKeepsOtherCurrenciesApart() {
        TrustFundFigures f = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, LocalDate.parse("2015-12-31"));
        assertThat(f.paidUsd()).isEqualByComparingTo("400000.00");
        assertThat(f.paidOtherCurrencies()).containsOnlyKeys("EUR");
        assertThat(f.paidOtherCurrencies().get("EUR")).isEqualByComparingTo("80000");
        assertThat(f.pledgedUsd()).isEqualByComparingTo("70000");
        assertThat(f.inceptionYear()).isEqualTo(2010);
        // 2010 to 2013: four years, 2011 received nothing but counts.
        assertThat(f.paidUsdPerYear()).containsOnlyKeys(2010, 2011, 2012, 2013);
        assertThat(f.paidUsdIn(2011)).isEqualByComparingTo("0");
        assertThat(f.paidUsdIn(2013)).isEqualByComparingTo("249999.50");
        // The average is over the fund's years of operation to the date (from 30 July 2010: 1,980 days,
        // 5.4209 years), not over the four calendar years that had payments.
        assertThat(TrustFundCalculator.yearsOfOperation(LocalDate.parse("2015-12-31"))).isEqualByComparingTo("5.4209");
        assertThat(f.yearlyAverageUsd()).isEqualByComparingTo("73788.49");
        assertThat(f.donorStates()).isEqualTo(2);
        assertThat(f.privateDonors()).isEqualTo(2);
        // 49,999.50 of 400,000 is 12.499875 per cent.
        assertThat(f.privateShareUsd()).isEqualByComparingTo("12.5");
    }

    @Test
    void countsGrantedProjectsNotTheReserveListAndGivesTheBalance() {
        TrustFundFigures f = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, LocalDate.parse("2015-12-31"));
        assertThat(f.grants()).isEqualTo(4);
        assertThat(f.grantCountries()).isEqualTo(3);
        assertThat(f.grantsUsd()).isEqualByComparingTo("150000");
        assertThat(f.grantsOtherCurrencies().get("EUR")).isEqualByComparingTo("30000");
        assertThat(f.reserveList()).isEqualTo(1);
        assertThat(f.balanceUsd()).isEqualByComparingTo("250000.00");
        assertThat(f.grantsPerRegion()).containsEntry("Africa", 2).containsEntry("Asia", 1).containsEntry("Americas", 1);
    }

    @Test
    void anEarlierDateSeesLess() {
        TrustFundFigures f = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, LocalDate.parse("2012-03-01"));
        assertThat(f.paidUsd()).isEqualByComparingTo("150000.50");
        assertThat(f.grants()).isEqualTo(1);
        assertThat(f.balanceUsd()).isEqualByComparingTo("90000.50");
        assertThat(f.privateShareUsd()).isEqualByComparingTo("0");
        TrustFundFigures later = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, LocalDate.parse("2017-06-01"));
        assertThat(later.paidUsdPerYear()).containsKeys(2014, 2015, 2016, 2017);
        assertThat(later.grants()).isEqualTo(5);
    }

    @Test
    void theYearsOfOperationRunFromTheFundsEstablishmentToTheDate() {
        // Seed 001 para. 81: 2.3 million dollars since the fund was established in 2010, a yearly average of
        // 400,000 dollars (rounded). To 31 May 2016 the fund had operated 5.8371 years: 394,031.28 dollars a year,
        // where six calendar years (2010-2015) gave 383,333.
        assertThat(TrustFundCalculator.yearsOfOperation(LocalDate.parse("2016-05-31"))).isEqualByComparingTo("5.8371");
        TrustFundFigures f = TrustFundCalculator.compute(List.of(paid("AUT", DonorKind.STATE, "2010-08-01", usd("1300000")),
                paid("AUS", DonorKind.STATE, "2015-03-01", usd("1000000"))), List.of(), LocalDate.parse("2016-05-31"));
        assertThat(f.yearlyAverageUsd()).isEqualByComparingTo("394031.28");
        assertThat(TrustFundCalculator.yearsOfOperation(FundRules.ESTABLISHED)).isEqualByComparingTo("0");
        assertThat(TrustFundCalculator.yearsOfOperation(LocalDate.parse("2010-01-01"))).isEqualByComparingTo("0");
    }

    @Test
    void nothingRecordedGivesZerosNotErrors() {
        TrustFundFigures f = TrustFundCalculator.compute(List.of(), List.of(), LocalDate.parse("2016-05-31"));
        assertThat(f.paidUsd()).isEqualByComparingTo("0");
        assertThat(f.yearlyAverageUsd()).isEqualByComparingTo("0");
        assertThat(f.privateShareUsd()).isNull();
        assertThat(f.inceptionYear()).isNull();
        assertThat(f.balanceUsd()).isEqualByComparingTo("0");
    }

    static final List<FundExpenditure> EXPENDITURES = List.of(
            new FundExpenditure(LocalDate.parse("2013-12-31"), ExpenditureKind.PROGRAMME_SUPPORT_COSTS, usd("52000.07")),
            new FundExpenditure(LocalDate.parse("2014-06-30"), ExpenditureKind.EVALUATION_AND_MONITORING, usd("18000")),
            new FundExpenditure(LocalDate.parse("2015-03-31"), ExpenditureKind.PROGRAMME_SUPPORT_COSTS, usd("1000.50")),
            new FundExpenditure(LocalDate.parse("2015-04-30"), ExpenditureKind.ADMINISTRATION,
                    Money.of(new BigDecimal("9000"), "EUR")),
            new FundExpenditure(LocalDate.parse("2016-01-15"), ExpenditureKind.ADMINISTRATION, usd("7000")));

    @Test
    void theBalanceIsPaidLessGrantsLessOtherExpendituresInDollarsOnly() {
        TrustFundFigures f = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, EXPENDITURES, LocalDate.parse("2015-12-31"));
        // 52,000.07 + 18,000 + 1,000.50; the euros and the expenditure of 2016 are not counted.
        assertThat(f.expendituresUsd()).isEqualByComparingTo("71000.57");
        assertThat(f.expendituresUsdPerKind()).containsOnlyKeys(ExpenditureKind.PROGRAMME_SUPPORT_COSTS,
                ExpenditureKind.EVALUATION_AND_MONITORING);
        assertThat(f.expendituresUsdPerKind().get(ExpenditureKind.PROGRAMME_SUPPORT_COSTS)).isEqualByComparingTo("53000.57");
        assertThat(f.expendituresOtherCurrencies()).containsOnlyKeys("EUR");
        assertThat(f.expendituresOtherCurrencies().get("EUR")).isEqualByComparingTo("9000");
        // 400,000 paid - 150,000 granted - 71,000.57 spent otherwise.
        assertThat(f.balanceUsd()).isEqualByComparingTo("178999.43");
        assertThat(f.balanceUsd().scale()).isEqualTo(2);
        // The other figures do not change.
        assertThat(f.paidUsd()).isEqualByComparingTo("400000.00");
        assertThat(f.grantsUsd()).isEqualByComparingTo("150000");
    }

    @Test
    void anExpenditureCountsFromItsDateOnward() {
        TrustFundFigures before = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, EXPENDITURES, LocalDate.parse("2013-12-30"));
        assertThat(before.expendituresUsd()).isEqualByComparingTo("0");
        assertThat(before.expendituresUsdPerKind()).isEmpty();
        TrustFundFigures onTheDay = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, EXPENDITURES, LocalDate.parse("2013-12-31"));
        assertThat(onTheDay.expendituresUsd()).isEqualByComparingTo("52000.07");
        assertThat(onTheDay.balanceUsd()).isEqualByComparingTo(
                onTheDay.paidUsd().subtract(onTheDay.grantsUsd()).subtract(new BigDecimal("52000.07")));
        TrustFundFigures later = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, EXPENDITURES, LocalDate.parse("2016-01-15"));
        assertThat(later.expendituresUsd()).isEqualByComparingTo("78000.57");
        assertThat(later.expendituresUsdPerKind().get(ExpenditureKind.ADMINISTRATION)).isEqualByComparingTo("7000");
    }

    @Test
    void expendituresOnlyInOtherCurrenciesLeaveTheDollarBalanceAlone() {
        List<FundExpenditure> euros = List.of(new FundExpenditure(LocalDate.parse("2012-01-01"), ExpenditureKind.OTHER,
                Money.of(new BigDecimal("40000"), "EUR")));
        TrustFundFigures f = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, euros, LocalDate.parse("2015-12-31"));
        assertThat(f.expendituresUsd()).isEqualByComparingTo("0");
        assertThat(f.balanceUsd()).isEqualByComparingTo("250000.00");
        assertThat(f.expendituresOtherCurrencies().get("EUR")).isEqualByComparingTo("40000");
    }

    @Test
    void moreSpentThanReceivedGivesANegativeBalanceRatherThanHidingIt() {
        List<FundExpenditure> big = List.of(new FundExpenditure(LocalDate.parse("2015-01-01"),
                ExpenditureKind.ADMINISTRATION, usd("300000")));
        TrustFundFigures f = TrustFundCalculator.compute(CONTRIBUTIONS, GRANTS, big, LocalDate.parse("2015-12-31"));
        assertThat(f.balanceUsd()).isEqualByComparingTo("-50000.00");
    }
}
