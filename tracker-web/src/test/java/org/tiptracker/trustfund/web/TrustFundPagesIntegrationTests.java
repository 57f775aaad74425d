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
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.TrustFundFigures;
import org.tiptracker.trustfund.persistence.FundCommands;
import org.tiptracker.trustfund.persistence.TrustFundService;

/**
 * The Trust Fund on the demonstration data (the test database is embedded, so it is loaded): the
 * figures of seed 001, para. 79-81 computed from rows and printed in UN Arabic; who may change
 * what; bad input refused next to its field with nothing saved; a stale edit refused.
 * Records created here are dated after 2016 so that the figures as of 31 May 2016 stay those of the seed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrustFundPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final LocalDate REPORT_DATE = LocalDate.of(2016, 5, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrustFundService fund;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    long stateDonor(String iso3) {
        return jdbc.queryForObject("select d.id from fund_donor d join participant p on p.id = d.participant_id"
                + " where p.iso3 = ?", Long.class, iso3);
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void theFiguresAsOfMay2016AreThoseOfSeed001Paragraphs79To81() {
        TrustFundFigures f = fund.figures(REPORT_DATE);
        // "ما قيمته ٢,٣ مليون دولار في شكل تبرعات مدفوعة" since 2010
        assertThat(f.paidUsd()).isEqualByComparingTo("2300000.00");
        assertThat(f.inceptionYear()).isEqualTo(2010);
        // "وفي عام ٢٠١٥، تلقى الصندوق الاستئماني ٣٥٧ ٧٠١ دولار"
        assertThat(f.paidUsdIn(2015)).isEqualByComparingTo("357701.00");
        // "تسع عشرة دولة عضواً وما يزيد على ٣٠ جهة مانحة من القطاع الخاص ... نحو ثلث الأموال"
        assertThat(f.donorStates()).isEqualTo(19);
        assertThat(f.privateDonors()).isGreaterThan(30);
        assertThat(f.privateShareUsd()).isBetween(new BigDecimal("30"), new BigDecimal("36"));
        // "٣٠ مشروعاً لمنظمات غير حكومية في ٢٦ بلداً ... ١,٧٥ مليون دولار"; "٥٠ مشروعاً مؤهلاً ... في قائمة احتياطية"
        assertThat(f.grants()).isEqualTo(30);
        assertThat(f.grantCountries()).isEqualTo(26);
        assertThat(f.grantsUsd()).isEqualByComparingTo("1750000.00");
        assertThat(f.reserveList()).isEqualTo(50);
        // "وفي الوقت الراهن، يبلغ رصيد الصندوق الاستئماني المتاح لتقديم منح جديدة ٩٠.٠٠٠ دولار": what was received
        // less what was granted less what was spent otherwise (programme support costs at 13 per cent of 2.3 million, and
        // the demonstration costs of evaluation, monitoring and administration).
        assertThat(f.expendituresUsd()).isEqualByComparingTo("460000.00");
        assertThat(f.expendituresUsdPerKind().get(org.tiptracker.trustfund.ExpenditureKind.PROGRAMME_SUPPORT_COSTS))
                .isEqualByComparingTo("299000.00");
        assertThat(f.balanceUsd()).isEqualByComparingTo("90000.00")
                .isEqualByComparingTo(f.paidUsd().subtract(f.grantsUsd()).subtract(f.expendituresUsd()));
    }

    @Test
    void theFiguresAreTheRowsSumsOnAnyDate() {
        LocalDate date = LocalDate.of(2012, 12, 31);
        BigDecimal paid = jdbc.queryForObject("select coalesce(sum(amount), 0) from fund_contribution"
                + " where status = 'PAID' and currency = 'USD' and received_on <= ?", BigDecimal.class, date);
        Integer states = jdbc.queryForObject("select count(distinct c.donor_id) from fund_contribution c join fund_donor d"
                + " on d.id = c.donor_id where d.kind = 'STATE' and c.status = 'PAID' and c.received_on <= ?", Integer.class, date);
        TrustFundFigures f = fund.figures(date);
        assertThat(f.paidUsd()).isEqualByComparingTo(paid).isLessThan(new BigDecimal("2300000"));
        assertThat(f.donorStates()).isEqualTo(states).isLessThan(19);
        assertThat(f.grants()).isEqualTo(11);
    }

    @Test
    void thePageInArabicPrintsTheFiguresLikeTheReport() throws Exception {
        Document page = page(get("/trust-fund").param("asOf", "2016-05-31"));
        assertThat(page.select("#fig-paid .figure-value").text()).isEqualTo("٢,٣ مليون دولار");
        assertThat(page.select("#fig-grants-total .figure-value").text()).isEqualTo("١,٧٥ مليون دولار");
        assertThat(page.select("#fig-grants .figure-value").text()).isEqualTo("٣٠");
        assertThat(page.select("#fig-countries .figure-value").text()).isEqualTo("٢٦");
        assertThat(page.select("#fig-donor-states .figure-value").text()).isEqualTo("١٩");
        assertThat(page.select("#fig-balance .figure-value").text()).isEqualTo("٩٠.٠٠٠ دولار");
        assertThat(page.select("#fig-expenditures .figure-value").text()).isEqualTo("٤٦٠.٠٠٠ دولار");
        assertThat(page.select("#fig-expenditures-link").attr("href")).isEqualTo("/trust-fund/expenditures");
        assertThat(page.getElementById("fund-paragraph").text())
                .startsWith("وحتى ٣١ أيار/مايو ٢٠١٦، كان الصندوق الاستئماني قد دعم ٣٠ مشروعاً لمنظمات غير حكومية في ٢٦ بلداً،"
                        + " بمنح مدفوعة أو متعهد بها، بلغت قيمتها الإجمالية ١,٧٥ مليون دولار.")
                .contains("منذ إنشائه في عام ٢٠١٠، ما قيمته ٢,٣ مليون دولار في شكل تبرعات مدفوعة")
                // Over the fund's 5.8371 years of operation since 30 July 2010, exact on the page (a report prints
                // ٤٠٠.٠٠٠ as the seed does).
                .contains("بمتوسط سنوي قدره ٣٩٤.٠٣١ دولار.")
                .contains("وقدمت ذلك التمويل تسع عشرة دولة عضواً و")
                .contains("وفي عام ٢٠١٥، تلقى الصندوق الاستئماني ٣٥٧.٧٠١ دولار.")
                .endsWith("ويبلغ رصيد الصندوق الاستئماني المتاح لتقديم منح جديدة ٩٠.٠٠٠ دولار.");
        assertThat(page.getElementById("demo-notice").text()).contains("٩٠.٠٠٠ دولار").contains("تكاليف دعم البرامج")
                .doesNotContain("لا يُستنسخ");
        assertThat(page.getElementById("expenditures-per-kind").text()).contains("تكاليف دعم البرامج")
                .contains("٢٩٩.٠٠٠ دولار");
        assertThat(page.getElementById("fund-chart-data").data()).contains("\"paid\":[")
                .contains("357701.00").contains("\"grants\":[");
        assertThat(page.select("#per-year tbody tr")).hasSize(6);

        Document english = page(get("/trust-fund").param("asOf", "2016-05-31").param("lang", "en"));
        assertThat(english.select("#fig-paid .figure-value").text()).isEqualTo("$2.3 million");
        assertThat(english.getElementById("fund-paragraph").text()).contains("30 projects").contains("26 countries")
                .contains("$1.75 million").contains("In 2015, the Trust Fund received $357,701.")
                .endsWith("The balance available for new grants is $90,000.");
        assertThat(english.select("#fig-balance .figure-value").text()).isEqualTo("$90,000");
    }

    @Test
    void listsAreOpenToEveryoneAndShowTheDemonstrationBadge() throws Exception {
        for (String list : new String[] {"contributions", "expenditures", "grants", "donors", "calls", "board"}) {
            Document page = page(get("/trust-fund/" + list));
            assertThat(page.select("#records tbody tr")).as(list).isNotEmpty();
            assertThat(page.getElementById("new-record")).as(list).isNull();
        }
        assertThat(page(get("/trust-fund/contributions")).select("#records .badge").size()).isGreaterThanOrEqualTo(63);
        Document board = page(get("/trust-fund/board"));
        assertThat(board.text()).contains("بنيتا فييرو-فالدنر").contains("النمسا");
        long chairId = jdbc.queryForObject("select id from fund_trustee where chair and not demo", Long.class);
        // A woman chairs the Board: the feminine title (seed 001, para. 82, "وترأس ... المجلس").
        assertThat(board.select("#record-" + chairId + " td:nth-child(3)").text()).isEqualTo("الرئيسة");
        assertThat(board.select("#records tbody td:nth-child(3)").eachText()).contains("عضو").doesNotContain("الرئيس");
        assertThat(page(get("/trust-fund/board").param("lang", "en")).select("#record-" + chairId + " td:nth-child(3)")
                .text()).isEqualTo("Chair");
        assertThat(page(get("/trust-fund/calls")).text()).contains("٢٠١١").contains("٢٠١٤");
        assertThat(page(get("/trust-fund/contributions").with(SECRETARIAT)).getElementById("new-record")).isNotNull();
    }

    @Test
    void anAnalystCannotChangeAnythingAndTheServiceRefusesToo() throws Exception {
        int before = count("fund_contribution");
        mvc.perform(post("/trust-fund/contributions").with(csrf()).with(ANALYST)
                        .param("donorId", Long.toString(stateDonor("AUT"))).param("receivedOn", "2021-01-05")
                        .param("amount", "1000").param("currency", "USD").param("status", "PAID"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trust-fund/grants/new").with(ANALYST)).andExpect(status().isForbidden());
        assertThatThrownBy(() -> fund.createContribution(new Actor("analyst", "ANALYST", null),
                new FundCommands.Contribution(stateDonor("AUT"), LocalDate.of(2021, 1, 5), new BigDecimal("1000"), "USD",
                        ContributionStatus.PAID, null))).isInstanceOf(ForbiddenException.class);
        assertThat(count("fund_contribution")).isEqualTo(before);
    }

    @Test
    void theSecretariatRecordsAndEditsAContributionAndBothAreAudited() throws Exception {
        mvc.perform(post("/trust-fund/contributions").with(csrf()).with(SECRETARIAT)
                        .param("donorId", Long.toString(stateDonor("SWE"))).param("receivedOn", "٢٠٢١-٠٣-٠٤")
                        .param("amount", "١٢٠,٠٠٠.٥٠").param("currency", "EUR").param("status", "PAID")
                        .param("note", "=HYPERLINK(\"x\")"))
                .andExpect(redirectedUrl("/trust-fund/contributions"));
        Map<String, Object> row = jdbc.queryForMap("select * from fund_contribution where note = '=HYPERLINK(\"x\")'");
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("120000.50");
        assertThat(row.get("currency")).isEqualTo("EUR");
        long id = ((Number) row.get("id")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'FundContribution'"
                + " and entity_id = ? and operation = 'CREATE' and username = 'secretariat'", Integer.class, id)).isEqualTo(1);

        mvc.perform(post("/trust-fund/contributions/" + id).with(csrf()).with(SECRETARIAT)
                        .param("donorId", Long.toString(stateDonor("SWE"))).param("receivedOn", "2021-03-04")
                        .param("amount", "125000").param("currency", "EUR").param("status", "PAID")
                        .param("note", "=HYPERLINK(\"x\")").param("version", row.get("version").toString()))
                .andExpect(redirectedUrl("/trust-fund/contributions"));
        Map<String, Object> audit = jdbc.queryForMap("select before_state, after_state from audit_entry where entity_type"
                + " = 'FundContribution' and entity_id = ? and operation = 'UPDATE'", id);
        assertThat(audit.toString()).contains("120000.50 EUR").contains("125000.00 EUR");

        // Kept in euros, apart from the dollar figures: the page shows the euros separately.
        Document page = page(get("/trust-fund").param("asOf", "2021-12-31"));
        assertThat(page.getElementById("other-currencies").text()).contains("EUR").contains("يورو");
        assertThat(fund.figures(LocalDate.of(2021, 12, 31)).paidOtherCurrencies().get("EUR")).isEqualByComparingTo("125000");
        // Exported with the formula neutralized.
        String csv = mvc.perform(get("/trust-fund/contributions/export.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("125000.00").contains("'=HYPERLINK");
        // In the workbook: the date a date, the amount a number, the note text.
        byte[] xlsx = mvc.perform(get("/trust-fund/contributions/export.xlsx")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row contribution = null;
            for (var r : sheet) {
                var note = r.getCell(6);
                if (r.getRowNum() > 0 && note != null && note.getStringCellValue().equals("'=HYPERLINK(\"x\")")) {
                    contribution = r;
                }
            }
            assertThat(contribution).isNotNull();
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(contribution.getCell(0))).isTrue();
            assertThat(contribution.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 4));
            assertThat(contribution.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(contribution.getCell(3).getNumericCellValue()).isEqualTo(125000.0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:H");
        }
    }

    @Test
    void badAmountsCurrenciesAndDatesAreRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        int contributions = count("fund_contribution");
        String donor = Long.toString(stateDonor("AUT"));
        Document negative = page(post("/trust-fund/contributions").with(csrf()).with(SECRETARIAT).param("donorId", donor)
                .param("receivedOn", "2021-01-05").param("amount", "-5").param("currency", "USD").param("status", "PAID"));
        assertThat(negative.select("#amount ~ .invalid-feedback").text()).isEqualTo("لا يجوز أن يكون المبلغ سالباً.");
        assertThat(negative.getElementById("amount").val()).isEqualTo("-5");

        Document absurd = page(post("/trust-fund/contributions").with(csrf()).with(SECRETARIAT).param("donorId", donor)
                .param("receivedOn", "2021-01-05").param("amount", "2000000000").param("currency", "USD").param("status", "PAID"));
        assertThat(absurd.select("#amount ~ .invalid-feedback").text())
                .isEqualTo("لا يجوز أن يتجاوز المبلغ ١.٠٠٠.٠٠٠.٠٠٠: يُرجى التحقق منه.");

        Document currency = page(post("/trust-fund/contributions").with(csrf()).with(SECRETARIAT).param("donorId", donor)
                .param("receivedOn", "2021-01-05").param("amount", "500").param("currency", "ABC").param("status", "PAID"));
        assertThat(currency.select("#currency ~ .invalid-feedback").text()).isEqualTo("«ABC» ليس رمز عملة وفق المعيار ISO 4217.");

        Document text = page(post("/trust-fund/contributions").with(csrf()).with(SECRETARIAT).param("donorId", donor)
                .param("receivedOn", "2021-02-30").param("amount", "1e9").param("currency", "USD").param("status", "PAID"));
        assertThat(text.select("#amount ~ .invalid-feedback").text()).startsWith("أدخل المبلغ بالأرقام");
        assertThat(text.select("#receivedOn ~ .invalid-feedback").text()).isEqualTo("أدخل تاريخاً صحيحاً (يوم/شهر/سنة).");
        assertThat(text.getElementById("receivedOn").val()).isEqualTo("2021-02-30");
        assertThat(count("fund_contribution")).isEqualTo(contributions);

        int grants = count("fund_grant");
        Document order = page(post("/trust-fund/grants").with(csrf()).with(SECRETARIAT).param("ngoName", "<b>منظمة</b>")
                .param("countryIso3", "PER").param("amount", "40000").param("currency", "USD")
                .param("periodStart", "2021-06-01").param("periodEnd", "2021-01-01").param("status", "FUNDED"));
        assertThat(order.select("#periodEnd ~ .invalid-feedback").text()).isEqualTo("لا يجوز أن ينتهي المشروع قبل أن يبدأ.");
        assertThat(order.getElementById("ngoName").val()).isEqualTo("<b>منظمة</b>");
        assertThat(count("fund_grant")).isEqualTo(grants);

        Document english = page(post("/trust-fund/grants").with(csrf()).with(SECRETARIAT).param("lang", "en")
                .param("ngoName", "NGO").param("countryIso3", "PER").param("amount", "-1").param("currency", "USD")
                .param("periodStart", "2021-01-01").param("periodEnd", "2021-06-01").param("status", "FUNDED"));
        assertThat(english.select("#amount ~ .invalid-feedback").text()).isEqualTo("The amount cannot be negative.");
        assertThat(count("fund_grant")).isEqualTo(grants);

        // The database refuses a negative amount even without the application's checks.
        assertThatThrownBy(() -> jdbc.update("insert into fund_contribution (donor_id, received_on, amount, currency, status)"
                + " values (?, date '2021-01-01', -1, 'USD', 'PAID')", stateDonor("AUT"))).hasMessageContaining("ck_fund_contribution_amount");
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeKept() throws Exception {
        long id = fund.createGrant(new Actor("secretariat", "SECRETARIAT", null), new FundCommands.Grant(null, "منظمة اختبار",
                "LBN", new BigDecimal("30000"), "USD", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null,
                org.tiptracker.trustfund.GrantStatus.FUNDED)).id();
        long version = fund.grant(id).version();
        fund.updateGrant(new Actor("admin", "ADMIN", null), id, version, new FundCommands.Grant(null, "منظمة اختبار",
                "LBN", new BigDecimal("35000"), "USD", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null,
                org.tiptracker.trustfund.GrantStatus.FUNDED));
        String html = mvc.perform(post("/trust-fund/grants/" + id).with(csrf()).with(SECRETARIAT)
                        .param("ngoName", "منظمة اختبار").param("countryIso3", "LBN").param("amount", "99000")
                        .param("currency", "USD").param("periodStart", "2022-01-01").param("periodEnd", "2022-12-31")
                        .param("status", "FUNDED").param("version", Long.toString(version)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("conflict").text()).contains("35000.00 USD");
        assertThat(page.getElementById("amount").val()).isEqualTo("99000");
        assertThat(jdbc.queryForObject("select amount from fund_grant where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("35000");
    }

    @Test
    void everyFormOpensForTheSecretariatFilledWithTheRecord() throws Exception {
        for (String area : new String[] {"contributions", "expenditures", "grants", "donors", "calls", "board"}) {
            assertThat(page(get("/trust-fund/" + area + "/new").with(SECRETARIAT)).getElementById("record-form")).as(area).isNotNull();
        }
        long contribution = jdbc.queryForObject("select min(c.id) from fund_contribution c where c.demo and c.amount = 56701"
                + " and c.received_on = date '2015-10-17'", Long.class);
        Document form = page(get("/trust-fund/contributions/" + contribution + "/edit").with(SECRETARIAT));
        assertThat(form.getElementById("amount").val()).isEqualTo("56701.00");
        assertThat(form.select("#currency option[selected]").val()).isEqualTo("USD");
        long grant = jdbc.queryForObject("select min(id) from fund_grant where demo and status = 'CLOSED'", Long.class);
        assertThat(page(get("/trust-fund/grants/" + grant + "/edit").with(SECRETARIAT)).select("#status option[selected]").val())
                .isEqualTo("CLOSED");
        long chair = jdbc.queryForObject("select id from fund_trustee where chair", Long.class);
        assertThat(page(get("/trust-fund/board/" + chair + "/edit").with(SECRETARIAT)).getElementById("nameAr").val())
                .isEqualTo("بنيتا فييرو-فالدنر");
        assertThat(page(get("/trust-fund/board/" + chair + "/edit").with(SECRETARIAT)).select("#gender option[selected]").val())
                .isEqualTo("FEMALE");
        mvc.perform(get("/trust-fund/grants/999999/edit").with(SECRETARIAT)).andExpect(status().isNotFound());
    }

    @Test
    void callsBoardAndDonorsAreCheckedToo() throws Exception {
        int calls = count("fund_call");
        Document call = page(post("/trust-fund/calls").with(csrf()).with(SECRETARIAT).param("year", "٢٠١٧")
                .param("titleAr", "نداء").param("titleEn", "Call").param("opensOn", "2017-05-01").param("closesOn", "2017-04-01"));
        assertThat(call.select("#closesOn ~ .invalid-feedback").text()).isEqualTo("لا يجوز أن يُغلق النداء قبل أن يُفتتح.");
        Document year = page(post("/trust-fund/calls").with(csrf()).with(SECRETARIAT).param("year", "1999")
                .param("titleAr", "نداء").param("titleEn", "Call"));
        assertThat(year.select("#year ~ .invalid-feedback").text()).isEqualTo("يجب أن تقع السنة بين ٢٠١٠ و٢١٠٠.");
        assertThat(count("fund_call")).isEqualTo(calls);
        mvc.perform(post("/trust-fund/calls").with(csrf()).with(SECRETARIAT).param("year", "2017")
                .param("titleAr", "نداء عالمي لتقديم اقتراحات تمويل").param("titleEn", "Global call"))
                .andExpect(redirectedUrl("/trust-fund/calls"));
        assertThat(count("fund_call")).isEqualTo(calls + 1);

        Document term = page(post("/trust-fund/board").with(csrf()).with(SECRETARIAT).param("nameAr", "عضو")
                .param("countryIso3", "PAN").param("termStart", "2017-01-01").param("termEnd", "2016-12-31"));
        assertThat(term.select("#termEnd ~ .invalid-feedback").text()).isEqualTo("لا يجوز أن تنتهي مدة التعيين قبل أن تبدأ.");
        int trustees = count("fund_trustee");
        Document gender = page(post("/trust-fund/board").with(csrf()).with(SECRETARIAT).param("nameAr", "عضو")
                .param("countryIso3", "PAN").param("gender", "OTHER"));
        assertThat(gender.select("#gender ~ .invalid-feedback").text()).isEqualTo("يُرجى اختيار امرأة أو رجل أو غير مسجل.");
        assertThat(count("fund_trustee")).isEqualTo(trustees);

        int donors = count("fund_donor");
        Document twice = page(post("/trust-fund/donors").with(csrf()).with(SECRETARIAT).param("kind", "STATE")
                .param("participantIso3", "AUT"));
        assertThat(twice.select("#participantIso3 ~ .invalid-feedback").text()).isEqualTo("هذه الدولة مسجلة من قبل جهةً مانحة.");
        Document nameless = page(post("/trust-fund/donors").with(csrf()).with(SECRETARIAT).param("kind", "FOUNDATION")
                .param("name", " "));
        assertThat(nameless.select("#name ~ .invalid-feedback").text()).isEqualTo("أدخل اسم الجهة المانحة من القطاع الخاص.");
        assertThat(count("fund_donor")).isEqualTo(donors);
    }
}
