package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Date fields in the interface's form: day/month/year in the page's digits, shown and read back;
 * ISO links keep working; an impossible date is refused next to its field and stays as typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DateEntryIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> counts(Document status) {
        return status.select("#counts .count-card").eachText();
    }

    // The query strings are in the URL (not .param()): anonymous status pages are cached by their query string.
    @Test
    void theStatusPageReadsDayMonthYearInEitherDigitsAsTheIsoDate() throws Exception {
        Document iso = page(get("/status?asOf=2016-05-30"));
        assertThat(iso.select("#count-TIP .parties").text()).isEqualTo("١٦٩");
        for (String typed : List.of("30/05/2016", "٣٠/٠٥/٢٠١٦", "۳۰/۰۵/۲۰۱۶", "30.05.2016", "٣٠-٠٥-٢٠١٦")) {
            Document page = page(get("/status?asOf={d}", typed));
            assertThat(counts(page)).as(typed).isEqualTo(counts(iso));
            assertThat(page.select("#status-table tbody tr")).as(typed).hasSize(198);
            // The field shows the date as the page writes it, whatever was typed.
            assertThat(page.getElementById("asOf").val()).as(typed).isEqualTo("٣٠/٠٥/٢٠١٦");
            // The export links still carry the ISO date.
            assertThat(page.select("a[href*=export.csv]").attr("href")).as(typed).contains("asOf=2016-05-30");
        }
        Document english = page(get("/status?asOf={d}&lang=en", "٣٠/٠٥/٢٠١٦"));
        assertThat(english.select("#count-TIP .parties").text()).isEqualTo("169");
        assertThat(english.getElementById("asOf").val()).isEqualTo("30/05/2016");
        // A day the calendar does not have is refused, as before.
        mvc.perform(get("/status?asOf={d}", "31/02/2016")).andExpect(status().isBadRequest());
        mvc.perform(get("/status?asOf={d}", "٣١/٠٢/٢٠١٦")).andExpect(status().isBadRequest());
    }

    @Test
    void theChangesPageTakesItsPeriodInTheFieldsForm() throws Exception {
        Document iso = page(get("/status/changes?from=2013-12-18&to=2016-05-30&lang=en"));
        Document typed = page(get("/status/changes?from={f}&to={t}&lang=en", "18/12/2013", "٣٠/٠٥/٢٠١٦"));
        assertThat(typed.select("main").text()).isEqualTo(iso.select("main").text());
        assertThat(typed.getElementById("from").val()).isEqualTo("18/12/2013");
        assertThat(typed.getElementById("to").val()).isEqualTo("30/05/2016");
        assertThat(typed.getElementById("to").hasAttr("required")).isTrue();
    }

    @Test
    void aDateFieldSaysItsFormInThePagesLanguageAndDigits() throws Exception {
        Element arabic = page(get("/").param("asOf", "2016-05-30")).getElementById("asOf");
        assertThat(arabic.attr("type")).isEqualTo("text");
        assertThat(arabic.attr("inputmode")).isEqualTo("numeric");
        assertThat(arabic.attr("placeholder")).isEqualTo("يوم/شهر/سنة");
        assertThat(arabic.val()).isEqualTo("٣٠/٠٥/٢٠١٦");
        assertThat(arabic.attr("pattern")).isNotBlank();
        assertThat(arabic.attr("aria-describedby")).isEqualTo("asOf-format");
        Element arabicHint = arabic.ownerDocument().getElementById("asOf-format");
        assertThat(arabicHint.text()).isEqualTo("يوم/شهر/سنة، مثل ٣٠/٠٥/٢٠١٦");

        Document englishPage = page(get("/").param("asOf", "2016-05-30").param("lang", "en"));
        Element english = englishPage.getElementById("asOf");
        assertThat(english.attr("placeholder")).isEqualTo("dd/mm/yyyy");
        assertThat(english.val()).isEqualTo("30/05/2016");
        assertThat(englishPage.getElementById("asOf-format").text()).isEqualTo("dd/mm/yyyy, e.g. 30/05/2016");
    }

    private long stateDonor(String iso3) {
        return jdbc.queryForObject("select d.id from fund_donor d join participant p on p.id = d.participant_id"
                + " where p.iso3 = ?", Long.class, iso3);
    }

    private MockHttpServletRequestBuilder contribution(String receivedOn, String note) {
        return post("/trust-fund/contributions").with(csrf()).with(SECRETARIAT)
                .param("donorId", Long.toString(stateDonor("NOR"))).param("receivedOn", receivedOn)
                .param("amount", "1000").param("currency", "USD").param("status", "PAID").param("note", note);
    }

    @Test
    void aTrustFundContributionTakesDayMonthYearInArabicIndicDigitsAndShowsItBackSo() throws Exception {
        mvc.perform(contribution("٠٤/٠٣/٢٠٢٢", "date-entry-good")).andExpect(redirectedUrl("/trust-fund/contributions"));
        var row = jdbc.queryForMap("select id, received_on from fund_contribution where note = 'date-entry-good'");
        assertThat(row.get("received_on").toString()).isEqualTo(LocalDate.of(2022, 3, 4).toString());

        String edit = "/trust-fund/contributions/" + row.get("id") + "/edit";
        assertThat(page(get(edit).with(SECRETARIAT)).getElementById("receivedOn").val()).isEqualTo("٠٤/٠٣/٢٠٢٢");
        assertThat(page(get(edit).param("lang", "en").with(SECRETARIAT)).getElementById("receivedOn").val())
                .isEqualTo("04/03/2022");
        jdbc.update("delete from fund_contribution where note = 'date-entry-good'");
    }

    @Test
    void anImpossibleDateIsRefusedOnItsFieldInTheReadersLanguageAndStaysAsTyped() throws Exception {
        int before = jdbc.queryForObject("select count(*) from fund_contribution", Integer.class);
        Document arabic = page(contribution("٣١/٠٢/٢٠٢٢", "date-entry-bad"));
        Element field = arabic.getElementById("receivedOn");
        assertThat(field.val()).isEqualTo("٣١/٠٢/٢٠٢٢");
        assertThat(field.hasClass("is-invalid")).isTrue();
        assertThat(field.parent().select(".invalid-feedback").text()).isEqualTo("أدخل تاريخاً صحيحاً (يوم/شهر/سنة).");

        Document english = page(contribution("31/02/2022", "date-entry-bad").param("lang", "en"));
        assertThat(english.getElementById("receivedOn").val()).isEqualTo("31/02/2022");
        assertThat(english.getElementById("receivedOn").parent().select(".invalid-feedback").text())
                .isEqualTo("Enter a valid date (day/month/year, dd/mm/yyyy).");
        assertThat(jdbc.queryForObject("select count(*) from fund_contribution", Integer.class)).isEqualTo(before);
    }

    @Test
    void aTreatyActionTakesDayMonthYearAndRefusesAnImpossibleDateOnItsField() throws Exception {
        int before = jdbc.queryForObject("select count(*) from treaty_action", Integer.class);
        Document refused = page(post("/actions").with(csrf()).with(SECRETARIAT).param("iso3", "DZA").param("treaty", "TIP")
                .param("kind", "RESERVATION").param("date", "٣١/٠٢/٢٠٠٤").param("text", "تحفظ").param("reason", "اختبار"));
        Element field = refused.getElementById("date");
        assertThat(field.val()).isEqualTo("٣١/٠٢/٢٠٠٤");
        assertThat(field.hasClass("is-invalid")).isTrue();
        assertThat(field.parent().select(".invalid-feedback").text())
                .isEqualTo("التاريخ غير صالح: يرجى كتابته باليوم فالشهر فالسنة (يوم/شهر/سنة).");
        assertThat(jdbc.queryForObject("select count(*) from treaty_action", Integer.class)).isEqualTo(before);

        mvc.perform(post("/actions").with(csrf()).with(SECRETARIAT).param("iso3", "DZA").param("treaty", "TIP")
                        .param("kind", "RESERVATION").param("date", "٠٩/٠٣/٢٠٠٤").param("text", "تحفظ").param("reason", "اختبار"))
                .andExpect(redirectedUrl("/participants/DZA"));
        assertThat(jdbc.queryForObject("select count(*) from treaty_action", Integer.class)).isEqualTo(before + 1);
        Long id = jdbc.queryForObject("select max(id) from treaty_action", Long.class);
        assertThat(jdbc.queryForObject("select action_date from treaty_action where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2004, 3, 9));
        jdbc.update("delete from treaty_action where id = ?", id);
    }
}
