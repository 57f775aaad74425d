package org.tiptracker.trustfund.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.TrustFundFigures;

/**
 * The Trust Fund's service on a real PostgreSQL (no demonstration data in this module): the
 * reference rows of seed 001 loaded once, figures computed from what is saved, money kept in its
 * currency, refused input leaving nothing behind, stale versions refused.
 */
@SpringBootTest
class TrustFundServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);

    @Autowired
    TrustFundService fund;

    @Autowired
    TrustFundReferenceLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCallsAndTheBoardOfSeed001AreLoadedOnce() {
        loader.load();
        assertThat(jdbc.queryForList("select year from fund_call order by year", Integer.class)).containsSubsequence(2011, 2014);
        assertThat(jdbc.queryForObject("select count(*) from fund_call where year = 2011", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from fund_trustee", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select t.name_ar || ' (' || p.name_ar || ')' from fund_trustee t"
                + " join participant p on p.id = t.participant_id where t.chair", String.class))
                .isEqualTo("بنيتا فييرو-فالدنر (النمسا)");
    }

    @Test
    void figuresComeFromTheSavedRowsAndOtherCurrenciesStayApart() {
        LocalDate day = LocalDate.of(2030, 1, 1);
        TrustFundFigures before = fund.figures(day);
        long state = fund.createDonor(SECRETARIAT, new FundCommands.Donor(DonorKind.STATE, "nor", null)).id();
        long company = fund.createDonor(SECRETARIAT, new FundCommands.Donor(DonorKind.COMPANY, null, "Shipping Co.")).id();
        fund.createContribution(SECRETARIAT, new FundCommands.Contribution(state, LocalDate.of(2029, 5, 1),
                new BigDecimal("100000.10"), "USD", ContributionStatus.PAID, null));
        fund.createContribution(SECRETARIAT, new FundCommands.Contribution(company, LocalDate.of(2029, 6, 1),
                new BigDecimal("80000"), "eur", ContributionStatus.PAID, null));
        fund.createGrant(SECRETARIAT, new FundCommands.Grant(null, "NGO", "KEN", new BigDecimal("40000.05"), "USD",
                LocalDate.of(2029, 7, 1), LocalDate.of(2030, 6, 30), null, null, GrantStatus.FUNDED));
        TrustFundFigures after = fund.figures(day);
        assertThat(after.paidUsd().subtract(before.paidUsd())).isEqualByComparingTo("100000.10");
        assertThat(after.paidOtherCurrencies().get("EUR")).isEqualByComparingTo("80000");
        assertThat(after.grantsUsd().subtract(before.grantsUsd())).isEqualByComparingTo("40000.05");
        assertThat(after.balanceUsd().subtract(before.balanceUsd())).isEqualByComparingTo("60000.05");
        assertThat(after.donorStates() - before.donorStates()).isEqualTo(1);
        assertThat(after.privateDonors() - before.privateDonors()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type like 'Fund%' and username = 'secretariat'",
                Integer.class)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void refusedInputLeavesNothingAndAStaleVersionIsAConflict() {
        int contributions = jdbc.queryForObject("select count(*) from fund_contribution", Integer.class);
        long donor = fund.createDonor(SECRETARIAT, new FundCommands.Donor(DonorKind.FOUNDATION, null, "Fondation X")).id();
        assertThatThrownBy(() -> fund.createContribution(SECRETARIAT, new FundCommands.Contribution(donor,
                LocalDate.of(2029, 1, 1), new BigDecimal("-3"), "USD", ContributionStatus.PAID, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("trustfund.amount.negative");
        assertThatThrownBy(() -> fund.createContribution(SECRETARIAT, new FundCommands.Contribution(donor,
                LocalDate.of(2029, 1, 1), new BigDecimal("5"), "ZZZ", ContributionStatus.PAID, null)))
                .hasMessageContaining("trustfund.currency.unknown");
        assertThat(jdbc.queryForObject("select count(*) from fund_contribution", Integer.class)).isEqualTo(contributions);

        long call = fund.createCall(SECRETARIAT, new FundCommands.Call(2031, "نداء", "Call", null, null)).id();
        long version = fund.call(call).version();
        fund.updateCall(SECRETARIAT, call, version, new FundCommands.Call(2031, "نداء عالمي", "Call", null, null));
        assertThatThrownBy(() -> fund.updateCall(SECRETARIAT, call, version,
                new FundCommands.Call(2031, "نداء قديم", "Call", null, null))).isInstanceOf(ConflictException.class);
        assertThat(fund.call(call).titleAr()).isEqualTo("نداء عالمي");
    }

    @Test
    void expendituresOtherThanGrantsLowerTheBalanceFromTheirDateAndAreAudited() {
        LocalDate day = LocalDate.of(2040, 1, 1);
        TrustFundFigures before = fund.figures(day);
        long psc = fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(LocalDate.of(2039, 12, 31),
                ExpenditureKind.PROGRAMME_SUPPORT_COSTS, new BigDecimal("13000.13"), "usd", " 13 per cent ")).id();
        fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(LocalDate.of(2039, 6, 30),
                ExpenditureKind.ADMINISTRATION, new BigDecimal("2500"), "CHF", null));
        fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(LocalDate.of(2040, 1, 2),
                ExpenditureKind.EVALUATION_AND_MONITORING, new BigDecimal("7000"), "USD", null));
        TrustFundFigures after = fund.figures(day);
        assertThat(after.expendituresUsd().subtract(before.expendituresUsd())).isEqualByComparingTo("13000.13");
        assertThat(before.balanceUsd().subtract(after.balanceUsd())).isEqualByComparingTo("13000.13");
        assertThat(after.expendituresOtherCurrencies().get("CHF")).isEqualByComparingTo("2500");
        assertThat(fund.figures(LocalDate.of(2040, 1, 2)).expendituresUsd().subtract(after.expendituresUsd()))
                .isEqualByComparingTo("7000");
        FundViews.Expenditure saved = fund.expenditure(psc);
        assertThat(saved.currency()).isEqualTo("USD");
        assertThat(saved.description()).isEqualTo("13 per cent");
        assertThat(jdbc.queryForObject("select after_state from audit_entry where entity_type = 'FundExpenditure'"
                + " and entity_id = ? and operation = 'CREATE' and username = 'secretariat'", String.class, psc))
                .contains("PROGRAMME_SUPPORT_COSTS").contains("13000.13 USD");

        fund.updateExpenditure(SECRETARIAT, psc, saved.version(), new FundCommands.Expenditure(LocalDate.of(2039, 12, 31),
                ExpenditureKind.PROGRAMME_SUPPORT_COSTS, new BigDecimal("13500"), "USD", "13 per cent"));
        assertThat(jdbc.queryForObject("select before_state || ' -> ' || after_state from audit_entry where entity_type"
                + " = 'FundExpenditure' and entity_id = ? and operation = 'UPDATE'", String.class, psc))
                .contains("13000.13 USD").contains("13500.00 USD");
        assertThatThrownBy(() -> fund.updateExpenditure(SECRETARIAT, psc, saved.version(), new FundCommands.Expenditure(
                LocalDate.of(2039, 12, 31), ExpenditureKind.PROGRAMME_SUPPORT_COSTS, new BigDecimal("1"), "USD", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(fund.expenditure(psc).amount()).isEqualByComparingTo("13500");
    }

    @Test
    void badExpendituresAreRefusedAndNothingIsSaved() {
        int rows = jdbc.queryForObject("select count(*) from fund_expenditure", Integer.class);
        LocalDate day = LocalDate.of(2041, 3, 1);
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(day,
                ExpenditureKind.ADMINISTRATION, new BigDecimal("-1"), "USD", null))).hasMessageContaining("trustfund.amount.negative");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(day,
                ExpenditureKind.ADMINISTRATION, BigDecimal.ZERO, "USD", null))).hasMessageContaining("trustfund.amount.zero");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(day,
                ExpenditureKind.ADMINISTRATION, new BigDecimal("1000000000.01"), "USD", null)))
                .hasMessageContaining("trustfund.amount.absurd");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(day,
                ExpenditureKind.ADMINISTRATION, new BigDecimal("10"), "XAU", null))).hasMessageContaining("trustfund.currency.unknown");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(LocalDate.of(2009, 12, 31),
                ExpenditureKind.ADMINISTRATION, new BigDecimal("10"), "USD", null))).hasMessageContaining("trustfund.spentOn.range");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(null,
                ExpenditureKind.ADMINISTRATION, new BigDecimal("10"), "USD", null))).hasMessageContaining("trustfund.spentOn.required");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(day, null,
                new BigDecimal("10"), "USD", null))).hasMessageContaining("trustfund.expenditureKind.required");
        assertThatThrownBy(() -> fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(day,
                ExpenditureKind.OTHER, new BigDecimal("10"), "USD", "  "))).isInstanceOf(DomainException.class)
                .hasMessageContaining("trustfund.description.required");
        assertThatThrownBy(() -> fund.createExpenditure(new Actor("analyst", "ANALYST", null), new FundCommands.Expenditure(day,
                ExpenditureKind.ADMINISTRATION, new BigDecimal("10"), "USD", null))).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.queryForObject("select count(*) from fund_expenditure", Integer.class)).isEqualTo(rows);
        // The database refuses a negative amount and an unnamed "other" expenditure on its own.
        assertThatThrownBy(() -> jdbc.update("insert into fund_expenditure (spent_on, kind, amount, currency)"
                + " values (date '2041-01-01', 'ADMINISTRATION', -1, 'USD')")).hasMessageContaining("ck_fund_expenditure_amount");
        assertThatThrownBy(() -> jdbc.update("insert into fund_expenditure (spent_on, kind, amount, currency, description)"
                + " values (date '2041-01-01', 'OTHER', 1, 'USD', ' ')")).hasMessageContaining("ck_fund_expenditure_description");
    }
}
