package org.tiptracker.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.persistence.FundCommands;
import org.tiptracker.trustfund.persistence.TrustFundService;

/**
 * The Trust Fund's expenditures other than grants on the demonstration data: the rows that take
 * the balance to the report's 90,000 dollars, loaded once (and loaded into a database that had the
 * other demonstration rows already); who may record them; bad input refused next to its field with
 * nothing saved; a stale edit refused; every change audited. Rows created here are dated after 2016
 * so that the figures as of 31 May 2016 stay those of seed 001.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrustFundExpendituresIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final LocalDate REPORT_DATE = LocalDate.of(2016, 5, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrustFundService fund;

    @Autowired
    ApplicationContext context;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    int count() {
        return jdbc.queryForObject("select count(*) from fund_expenditure", Integer.class);
    }

    MockHttpServletRequestBuilder entry(String spentOn, String kind, String amount, String currency, String description) {
        MockHttpServletRequestBuilder request = post("/trust-fund/expenditures").with(csrf()).with(SECRETARIAT)
                .param("spentOn", spentOn).param("kind", kind).param("amount", amount).param("currency", currency);
        return description == null ? request : request.param("description", description);
    }

    @Test
    void theDemonstrationExpendituresAreProgrammeSupportCostsAtThirteenPerCentAndTheRestBeforeTheReport() {
        List<Map<String, Object>> years = jdbc.queryForList("select extract(year from received_on)::int as year,"
                + " sum(amount) as paid from fund_contribution where demo and status = 'PAID' and currency = 'USD'"
                + " group by 1 order by 1");
        assertThat(years).hasSize(6);
        for (Map<String, Object> year : years) {
            BigDecimal psc = jdbc.queryForObject("select sum(amount) from fund_expenditure where demo and kind ="
                    + " 'PROGRAMME_SUPPORT_COSTS' and extract(year from spent_on) = ?", BigDecimal.class, year.get("year"));
            assertThat(psc).as("programme support costs of %s", year.get("year"))
                    .isEqualByComparingTo(((BigDecimal) year.get("paid")).multiply(new BigDecimal("0.13")));
        }
        assertThat(jdbc.queryForObject("select sum(amount) from fund_expenditure where demo", BigDecimal.class))
                .isEqualByComparingTo("460000.00");
        assertThat(jdbc.queryForObject("select max(spent_on) from fund_expenditure where demo", LocalDate.class))
                .isBefore(REPORT_DATE);
        assertThat(jdbc.queryForObject("select count(distinct kind) from fund_expenditure where demo", Integer.class)).isEqualTo(3);
        assertThat(fund.figures(REPORT_DATE).balanceUsd()).isEqualByComparingTo("90000.00");
        // A day before the last demonstration expenditure (31 March 2016), the balance is 44,000 dollars higher.
        assertThat(fund.figures(LocalDate.of(2016, 3, 30)).balanceUsd()).isEqualByComparingTo("134000.00");
    }

    @Test
    void theDemonstrationLoaderIsIdempotentAndAddsTheExpendituresToAnOlderDataDirectory() throws Exception {
        ApplicationRunner loader = context.getBean("demoTrustFund", ApplicationRunner.class);
        int contributions = jdbc.queryForObject("select count(*) from fund_contribution where demo", Integer.class);
        int spent = jdbc.queryForObject("select count(*) from fund_expenditure where demo", Integer.class);
        assertThat(spent).isEqualTo(10);
        loader.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from fund_expenditure where demo", Integer.class)).isEqualTo(spent);
        // A data directory filled before expenditures were recorded: contributions there, expenditures not.
        jdbc.update("delete from fund_expenditure where demo");
        assertThat(fund.figures(REPORT_DATE).balanceUsd()).isEqualByComparingTo("550000.00");
        loader.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from fund_expenditure where demo", Integer.class)).isEqualTo(spent);
        assertThat(jdbc.queryForObject("select count(*) from fund_contribution where demo", Integer.class)).isEqualTo(contributions);
        assertThat(fund.figures(REPORT_DATE).balanceUsd()).isEqualByComparingTo("90000.00");
    }

    @Test
    void theListIsOpenToEveryoneWithTheDemonstrationBadgeAndTheEditButtonsOnlyForTheSecretariat() throws Exception {
        Document list = page(get("/trust-fund/expenditures"));
        assertThat(list.select("#records tbody tr").size()).isGreaterThanOrEqualTo(10);
        assertThat(list.select("#records .badge").size()).isGreaterThanOrEqualTo(10);
        assertThat(list.getElementById("new-record")).isNull();
        assertThat(list.select("#records a[href$=\"/edit\"]")).isEmpty();
        assertThat(list.text()).contains("تكاليف دعم البرامج").contains("٣١ كانون الأول/ديسمبر ٢٠١٥")
                .contains("تكاليف دعم البرامج بنسبة ١٣ في المائة من التبرعات المدفوعة في عام ٢٠١٥");
        assertThat(list.select("#fund-tabs a[href=\"/trust-fund/expenditures\"]").hasClass("active")).isTrue();
        Document secretariat = page(get("/trust-fund/expenditures").with(SECRETARIAT));
        assertThat(secretariat.getElementById("new-record")).isNotNull();
        assertThat(secretariat.select("#records a[href$=\"/edit\"]")).isNotEmpty();
        Document english = page(get("/trust-fund/expenditures").param("lang", "en"));
        assertThat(english.text()).contains("Programme support costs").contains("$46,501.13").contains("$40,598.87");
    }

    @Test
    void anAnalystCannotRecordOrEditAnExpenditureAndTheServiceRefusesToo() throws Exception {
        int before = count();
        mvc.perform(post("/trust-fund/expenditures").with(csrf()).with(ANALYST).param("spentOn", "2021-01-05")
                .param("kind", "ADMINISTRATION").param("amount", "1000").param("currency", "USD"))
                .andExpect(status().isForbidden());
        long demo = jdbc.queryForObject("select min(id) from fund_expenditure where demo", Long.class);
        mvc.perform(post("/trust-fund/expenditures/" + demo).with(csrf()).with(ANALYST).param("spentOn", "2021-01-05")
                .param("kind", "ADMINISTRATION").param("amount", "1").param("currency", "USD").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trust-fund/expenditures/new").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(get("/trust-fund/expenditures/" + demo + "/edit").with(ANALYST)).andExpect(status().isForbidden());
        assertThatThrownBy(() -> fund.createExpenditure(new Actor("analyst", "ANALYST", null), new FundCommands.Expenditure(
                LocalDate.of(2021, 1, 5), ExpenditureKind.ADMINISTRATION, new BigDecimal("1000"), "USD", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSecretariatRecordsAndEditsAnExpenditureAndBothAreAuditedAndCounted() throws Exception {
        LocalDate day = LocalDate.of(2023, 12, 31);
        BigDecimal balance = fund.figures(day).balanceUsd();
        mvc.perform(entry("٢٠٢٣-٠٦-٣٠", "OTHER", "١٢,٥٠٠.٢٥", "usd", "=HYPERLINK(\"x\") رسوم مصرفية"))
                .andExpect(redirectedUrl("/trust-fund/expenditures"));
        Map<String, Object> row = jdbc.queryForMap("select * from fund_expenditure where description like '=HYPERLINK%'");
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("12500.25");
        assertThat(row.get("currency")).isEqualTo("USD");
        assertThat(row.get("demo")).isEqualTo(false);
        long id = ((Number) row.get("id")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'FundExpenditure'"
                + " and entity_id = ? and operation = 'CREATE' and username = 'secretariat'", Integer.class, id)).isEqualTo(1);
        assertThat(balance.subtract(fund.figures(day).balanceUsd())).isEqualByComparingTo("12500.25");

        Document form = page(get("/trust-fund/expenditures/" + id + "/edit").with(SECRETARIAT));
        assertThat(form.getElementById("amount").val()).isEqualTo("12500.25");
        assertThat(form.select("#kind option[selected]").val()).isEqualTo("OTHER");
        mvc.perform(post("/trust-fund/expenditures/" + id).with(csrf()).with(SECRETARIAT).param("spentOn", "2023-06-30")
                        .param("kind", "OTHER").param("amount", "12000").param("currency", "USD")
                        .param("description", "=HYPERLINK(\"x\") رسوم مصرفية").param("version", row.get("version").toString()))
                .andExpect(redirectedUrl("/trust-fund/expenditures"));
        assertThat(jdbc.queryForObject("select before_state || ' -> ' || after_state from audit_entry where entity_type"
                + " = 'FundExpenditure' and entity_id = ? and operation = 'UPDATE'", String.class, id))
                .contains("12500.25 USD").contains("12000.00 USD");
        assertThat(balance.subtract(fund.figures(day).balanceUsd())).isEqualByComparingTo("12000");
        // Not counted before its date.
        assertThat(fund.figures(LocalDate.of(2023, 6, 29)).balanceUsd().subtract(fund.figures(day).balanceUsd()))
                .isEqualByComparingTo("12000");

        String csv = mvc.perform(get("/trust-fund/expenditures/export.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("12000.00").contains("'=HYPERLINK").contains("تكاليف دعم البرامج");
        assertThat(mvc.perform(get("/trust-fund/expenditures/export.xlsx")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray().length).isGreaterThan(1000);
    }

    @Test
    void anExpenditureInAnotherCurrencyIsShownApartAndLeavesTheDollarBalanceAlone() throws Exception {
        LocalDate day = LocalDate.of(2024, 12, 31);
        BigDecimal balance = fund.figures(day).balanceUsd();
        mvc.perform(entry("2024-04-01", "ADMINISTRATION", "8000", "CHF", null)).andExpect(redirectedUrl("/trust-fund/expenditures"));
        assertThat(fund.figures(day).balanceUsd()).isEqualByComparingTo(balance);
        assertThat(fund.figures(day).expendituresOtherCurrencies().get("CHF")).isEqualByComparingTo("8000");
        Document page = page(get("/trust-fund").param("asOf", "2024-12-31"));
        assertThat(page.getElementById("other-currencies").text()).contains("CHF").contains("فرنك سويسري");
    }

    @Test
    void badAmountsCurrenciesDatesAndKindsAreRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        int before = count();
        Document negative = page(entry("2021-01-05", "ADMINISTRATION", "-5", "USD", null));
        assertThat(negative.select("#amount ~ .invalid-feedback").text()).isEqualTo("لا يجوز أن يكون المبلغ سالباً.");
        assertThat(negative.getElementById("amount").val()).isEqualTo("-5");
        assertThat(negative.getElementById("form-errors")).isNotNull();

        Document zero = page(entry("2021-01-05", "ADMINISTRATION", "0", "USD", null));
        assertThat(zero.select("#amount ~ .invalid-feedback").text()).isEqualTo("يجب أن يكون المبلغ أكبر من الصفر.");

        Document absurd = page(entry("2021-01-05", "ADMINISTRATION", "2000000000", "USD", null));
        assertThat(absurd.select("#amount ~ .invalid-feedback").text())
                .isEqualTo("لا يجوز أن يتجاوز المبلغ ١.٠٠٠.٠٠٠.٠٠٠: يُرجى التحقق منه.");

        Document cents = page(entry("2021-01-05", "ADMINISTRATION", "10.001", "USD", null));
        assertThat(cents.select("#amount ~ .invalid-feedback").text()).isEqualTo("لا يجوز أن يتضمن المبلغ أكثر من خانتين عشريتين.");

        Document currency = page(entry("2021-01-05", "ADMINISTRATION", "500", "ABC", null));
        assertThat(currency.select("#currency ~ .invalid-feedback").text()).isEqualTo("«ABC» ليس رمز عملة وفق المعيار ISO 4217.");

        String raw = mvc.perform(entry("2021-02-30", "ADMINISTRATION", "abc", "USD", "<script>x</script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script>x</script>");
        Document date = Jsoup.parse(raw);
        assertThat(date.select("#spentOn ~ .invalid-feedback").text()).isEqualTo("أدخل تاريخاً صحيحاً (يوم/شهر/سنة).");
        assertThat(date.select("#amount ~ .invalid-feedback").text()).startsWith("أدخل المبلغ بالأرقام");
        assertThat(date.getElementById("description").val()).isEqualTo("<script>x</script>");

        Document early = page(entry("2009-12-31", "ADMINISTRATION", "500", "USD", null));
        assertThat(early.select("#spentOn ~ .invalid-feedback").text()).isEqualTo("يجب أن يقع التاريخ بين عامي ٢٠١٠ و٢١٠٠.");

        Document missing = page(entry("", "ADMINISTRATION", "500", "USD", null));
        assertThat(missing.select("#spentOn ~ .invalid-feedback").text()).isEqualTo("أدخل التاريخ.");

        Document kind = page(entry("2021-01-05", "BRIBES", "500", "USD", null));
        assertThat(kind.select("#kind ~ .invalid-feedback").text()).isEqualTo("اختر أحد الخيارات.");

        Document other = page(entry("2021-01-05", "OTHER", "500", "USD", "   "));
        assertThat(other.select("#description ~ .invalid-feedback").text()).isEqualTo("أدخل بيان الرسوم.");

        Document english = page(entry("2021-01-05", "OTHER", "500", "USD", null).param("lang", "en"));
        assertThat(english.select("#description ~ .invalid-feedback").text()).isEqualTo("Describe the charge.");
        Document englishAmount = page(entry("2021-01-05", "ADMINISTRATION", "-1", "USD", null).param("lang", "en"));
        assertThat(englishAmount.select("#amount ~ .invalid-feedback").text()).isEqualTo("The amount cannot be negative.");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeKept() throws Exception {
        Actor secretariat = new Actor("secretariat", "SECRETARIAT", null);
        long id = fund.createExpenditure(secretariat, new FundCommands.Expenditure(LocalDate.of(2022, 3, 1),
                ExpenditureKind.EVALUATION_AND_MONITORING, new BigDecimal("30000"), "USD", "تقييم")).id();
        long version = fund.expenditure(id).version();
        fund.updateExpenditure(new Actor("admin", "ADMIN", null), id, version, new FundCommands.Expenditure(
                LocalDate.of(2022, 3, 1), ExpenditureKind.EVALUATION_AND_MONITORING, new BigDecimal("35000"), "USD", "تقييم"));
        String html = mvc.perform(post("/trust-fund/expenditures/" + id).with(csrf()).with(SECRETARIAT)
                        .param("spentOn", "2022-03-01").param("kind", "EVALUATION_AND_MONITORING").param("amount", "99000")
                        .param("currency", "USD").param("description", "تقييم").param("version", Long.toString(version)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("conflict").text()).contains("35000.00 USD");
        assertThat(page.getElementById("amount").val()).isEqualTo("99000");
        assertThat(page.getElementById("version").val()).isEqualTo(Long.toString(fund.expenditure(id).version()));
        assertThat(jdbc.queryForObject("select amount from fund_expenditure where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("35000");
        mvc.perform(get("/trust-fund/expenditures/999999/edit").with(SECRETARIAT)).andExpect(status().isNotFound());
    }
}
