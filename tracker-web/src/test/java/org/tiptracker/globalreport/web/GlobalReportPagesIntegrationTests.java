package org.tiptracker.globalreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Global Report pages on the demonstration rows (the test database is embedded, so they are
 * loaded): the 2014 shares computed from 128 countries give the figures of seed 001, para. 4, and
 * the sentence printed from them is the paragraph's own; filters; the secretariat's forms with
 * their errors, audit and conflicts; an analyst changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GlobalReportPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Seed 001, para. 4, from "وطبقاً لما جاء" to the end of the paragraph, read from the seed itself. */
    static String para4() throws IOException {
        String seed = new ClassPathResource("seeds/001_a3293bc004e53da5.txt").getContentAsString(StandardCharsets.UTF_8);
        String line = seed.lines().filter(l -> l.startsWith("٤- ")).findFirst().orElseThrow();
        return line.substring(line.indexOf("وطبقاً لما جاء")).strip();
    }

    long edition(int year) {
        return jdbc.queryForObject("select id from global_report_edition where year = ?", Long.class, year);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String text(Document page, String css) {
        Element element = page.selectFirst(css);
        assertThat(element).as(css).isNotNull();
        return element.text();
    }

    @Test
    void theEditionsOfTheSeedsAreListed() throws Exception {
        Document page = page(get("/global-report"));
        // readers see the editions with figures; the 2016 and 2018 editions have none recorded yet
        assertThat(page.select("#editions tbody tr").eachAttr("id")).contains("edition-2014")
                .doesNotContain("edition-2016", "edition-2018");
        Document staff = page(get("/global-report").with(SECRETARIAT));
        assertThat(staff.select("#editions tbody tr").eachAttr("id")).contains("edition-2014", "edition-2016", "edition-2018");
        assertThat(staff.select("#edition-2016 .no-data").text()).isEqualTo("لا أرقام بعد");
        assertThat(staff.select("#edition-2014 .no-data")).isEmpty();
        assertThat(text(page, "#edition-2014")).contains("التقرير العالمي عن الاتجار بالأشخاص لعام ٢٠١٤")
                .contains("تشرين الثاني/نوفمبر ٢٠١٤").contains("٢٠١٠-٢٠١٢");
        assertThat(text(page, "#edition-2014 .assessed")).isEqualTo("١٢٨");
        assertThat(page.select("#new-edition")).isEmpty();
        Document empty = page(get("/global-report/editions/" + edition(2016)));
        assertThat(text(empty, "#no-data")).contains("لم يُسجَّل بعدُ");
        assertThat(page(get("/global-report/editions/" + edition(2014))).select("#no-data")).isEmpty();
        assertThat(text(empty, "#no-countries")).contains("لم يُسجَّل أي بلد");
        assertThat(empty.select("#shares, #sentence")).isEmpty();
        assertThat(text(empty, "#facts")).contains("٢٠٠٣-٢٠١٤");
    }

    @Test
    void theSharesOf2014AreComputedFromTheRowsAndPrintTheSeedsSentence() throws Exception {
        long id = edition(2014);
        Integer rows = jdbc.queryForObject("select count(*) from global_report_country where edition_id = ?", Integer.class, id);
        Integer full = jdbc.queryForObject("select count(*) from global_report_country where edition_id = ? and criminalization = 'FULL'",
                Integer.class, id);
        assertThat(rows).isEqualTo(128);
        Document page = page(get("/global-report/editions/" + id));
        assertThat(text(page, "#edition-title")).isEqualTo("التقرير العالمي عن الاتجار بالأشخاص لعام ٢٠١٤");
        assertThat(page.title()).isEqualTo("التقرير العالمي عن الاتجار بالأشخاص لعام ٢٠١٤");
        assertThat(text(page, "#status-FULL .count")).isEqualTo(UnArabicDigits.of(full));
        assertThat(text(page, "#status-FULL .percent")).isEqualTo("٨٥ في المائة");
        assertThat(text(page, "#status-PARTIAL .percent")).isEqualTo("١٠ في المائة");
        assertThat(text(page, "#status-NONE .percent")).isEqualTo("٥ في المائة");
        assertThat(text(page, "#band-UNDER_10 .percent")).isEqualTo("٤٠ في المائة");
        assertThat(text(page, "#band-NONE .percent")).isEqualTo("١٥ في المائة");
        for (String row : List.of("status-FULL", "status-PARTIAL", "status-NONE", "band-UNDER_10", "band-NONE")) {
            assertThat(text(page, "#" + row + " .agreement")).as(row).isEqualTo("متطابقة");
        }
        assertThat(text(page, "#sentence")).isEqualTo(para4());
        assertThat(page.select("#demo-notice")).hasSize(1);
        assertThat(page.select("#countries tbody tr .badge")).hasSize(128);
        assertThat(text(page, "#finding-ORIGIN_COUNTRIES .value")).isEqualTo("١٥٣ على الأقل");
        assertThat(text(page, "#finding-CHILDREN_SHARE .value")).isEqualTo("نحو ثلث");
    }

    @Test
    void inEnglishTheFiguresAreEnglish() throws Exception {
        Document page = page(get("/global-report/editions/" + edition(2014)).param("lang", "en"));
        assertThat(text(page, "#status-FULL .percent")).isEqualTo("85 per cent");
        assertThat(text(page, "#sentence")).contains("85 per cent of the countries covered").contains("August 2014")
                .contains("between 2010 and 2012, approximately 40 per cent");
    }

    @Test
    void filtersNarrowTheCountries() throws Exception {
        long id = edition(2014);
        Document none = page(get("/global-report/editions/" + id).param("status", "NONE"));
        assertThat(none.select("#countries tbody tr")).hasSize(6);
        assertThat(none.select("#countries tbody tr .status").eachText()).containsOnly("لا توجد جريمة محددة");
        Integer africanUnder10 = jdbc.queryForObject("""
                select count(*) from global_report_country c join participant p on p.id = c.participant_id
                where c.edition_id = ? and c.conviction_band = 'UNDER_10' and p.region_en = 'Africa'""", Integer.class, id);
        Document filtered = page(get("/global-report/editions/" + id).param("band", "UNDER_10").param("region", "Africa"));
        assertThat(filtered.select("#countries tbody tr")).hasSize(africanUnder10);
        assertThat(africanUnder10).isPositive();
        // the shares stay those of the whole edition
        assertThat(text(filtered, "#status-FULL .percent")).isEqualTo("٨٥ في المائة");

        MvcResult csv = mvc.perform(get("/global-report/editions/" + id + "/countries.csv").param("status", "NONE")).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("رمز ISO,البلد");
        assertThat(lines.subList(1, 7)).allSatisfy(line -> assertThat(line).contains(",لا توجد جريمة محددة,"));

        MvcResult bad = mvc.perform(get("/global-report/editions/" + id).param("status", "<script>")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<script>").doesNotContain("Exception");
        assertThat(mvc.perform(get("/global-report/editions/999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/global-report/editions/abc")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anAnalystChangesNothing() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from global_report_edition", Integer.class);
        assertThat(mvc.perform(post("/global-report/editions").with(ANALYST).with(csrf())
                .param("year", "2012").param("source", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/global-report/editions/new").with(ANALYST)).andReturn().getResponse().getStatus()).isEqualTo(403);
        long row = jdbc.queryForObject("select min(id) from global_report_country", Long.class);
        assertThat(mvc.perform(post("/global-report/countries/" + row).with(ANALYST).with(csrf())
                .param("status", "NONE").param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from global_report_edition", Integer.class)).isEqualTo(before);
        // anonymous visitors read, but the edit forms need an account
        assertThat(mvc.perform(get("/global-report/editions/" + edition(2014) + "/edit")).andReturn().getResponse().getStatus())
                .isNotEqualTo(200);
        Document analystPage = page(get("/global-report/editions/" + edition(2014)).with(ANALYST));
        assertThat(analystPage.select("#edit-edition, #new-country")).isEmpty();
    }

    @Test
    void theSecretariatRecordsAnEditionAndItsCountriesAudited() throws Exception {
        Document form = page(get("/global-report/editions/new").with(SECRETARIAT));
        assertThat(form.select("#edition-form input[name=year]")).hasSize(1);
        MvcResult created = mvc.perform(post("/global-report/editions").with(SECRETARIAT).with(csrf())
                .param("year", "٢٠١٢").param("editionNumber", "1").param("publishedYear", "2012").param("publishedMonth", "12")
                .param("dataFromYear", "2007").param("dataToYear", "2010").param("countriesCovered", "132")
                .param("legislationYear", "2012").param("legislationMonth", "8")
                .param("convictionsFromYear", "2007").param("convictionsToYear", "2010").param("source", "test source")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long id = edition(2012);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/global-report/editions/" + id);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'GlobalReportEdition'"
                + " and entity_id = ? and operation = 'CREATE' and username = 'secretariat'", Integer.class, id)).isEqualTo(1);

        for (String[] row : new String[][] {{"FRA", "FULL", "TEN_OR_MORE"}, {"TUN", "PARTIAL", "UNDER_10"}, {"PER", "NONE", ""}}) {
            assertThat(mvc.perform(post("/global-report/editions/" + id + "/countries").with(SECRETARIAT).with(csrf())
                    .param("iso3", row[0]).param("status", row[1]).param("band", row[2])).andReturn().getResponse().getStatus())
                    .isEqualTo(302);
        }
        Document detail = page(get("/global-report/editions/" + id));
        assertThat(text(detail, "#status-FULL .percent")).isEqualTo("٣٣ في المائة");
        assertThat(text(detail, "#band-UNKNOWN .count")).isEqualTo("١");
        assertThat(detail.select("#demo-notice")).isEmpty();
        assertThat(text(detail, "#sentence")).contains("لعام ٢٠١٢").contains("٣٣ في المائة في آب/أغسطس ٢٠١٢");

        long peru = jdbc.queryForObject("select c.id from global_report_country c join participant p on p.id = c.participant_id"
                + " where c.edition_id = ? and p.iso3 = 'PER'", Long.class, id);
        assertThat(mvc.perform(post("/global-report/countries/" + peru).with(SECRETARIAT).with(csrf())
                .param("status", "FULL").param("band", "NONE").param("version", "0")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select after_state from audit_entry where entity_type = 'GlobalReportCountry'"
                + " and entity_id = ? and operation = 'UPDATE'", String.class, peru)).contains("criminalization=FULL");
        assertThat(jdbc.queryForObject("select before_state from audit_entry where entity_type = 'GlobalReportCountry'"
                + " and entity_id = ? and operation = 'UPDATE'", String.class, peru)).contains("criminalization=NONE");

        // a second save of the old version is a conflict, shown with the row as it is now
        MvcResult stale = mvc.perform(post("/global-report/countries/" + peru).with(SECRETARIAT).with(csrf())
                .param("status", "PARTIAL").param("band", "").param("version", "0")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        Document conflict = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(text(conflict, "#conflict pre")).contains("criminalization=FULL");
        assertThat(jdbc.queryForObject("select criminalization from global_report_country where id = ?", String.class, peru))
                .isEqualTo("FULL");

        // the same country twice is refused next to the field
        MvcResult twice = mvc.perform(post("/global-report/editions/" + id + "/countries").with(SECRETARIAT).with(csrf())
                .param("iso3", "FRA").param("status", "FULL")).andReturn();
        assertThat(twice.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(Jsoup.parse(twice.getResponse().getContentAsString(StandardCharsets.UTF_8)), "#country-form .invalid-feedback"))
                .contains("مسجل من قبل في طبعة عام ٢٠١٢");
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from global_report_edition", Integer.class);
        MvcResult result = mvc.perform(post("/global-report/editions").with(SECRETARIAT).with(csrf())
                .param("year", "abc").param("dataFromYear", "2012").param("dataToYear", "2010").param("source", "")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("input[name=year]").val()).isEqualTo("abc");
        assertThat(form.select("input[name=year].is-invalid")).hasSize(1);
        assertThat(text(form, "#form-errors")).contains("في الاستمارة أخطاء");

        MvcResult order = mvc.perform(post("/global-report/editions").with(SECRETARIAT).with(csrf()).param("lang", "en")
                .param("year", "2013").param("dataFromYear", "2012").param("dataToYear", "2010").param("source", "s")).andReturn();
        Document orderForm = Jsoup.parse(order.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(orderForm.select("input[name=dataToYear].is-invalid")).hasSize(1);
        assertThat(orderForm.text()).contains("The data period ends before it starts.");

        MvcResult duplicate = mvc.perform(post("/global-report/editions").with(SECRETARIAT).with(csrf())
                .param("year", "2014").param("source", "s")).andReturn();
        assertThat(Jsoup.parse(duplicate.getResponse().getContentAsString(StandardCharsets.UTF_8)).text())
                .contains("طبعة عام ٢٠١٤ مسجلة من قبل");

        MvcResult range = mvc.perform(post("/global-report/editions").with(SECRETARIAT).with(csrf())
                .param("year", "1990").param("source", "s").param("countriesCovered", "100000")).andReturn();
        assertThat(Jsoup.parse(range.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("input[name=year].is-invalid"))
                .hasSize(1);

        MvcResult month = mvc.perform(post("/global-report/editions").with(SECRETARIAT).with(csrf())
                .param("year", "2013").param("legislationYear", "2013").param("source", "s")).andReturn();
        assertThat(Jsoup.parse(month.getResponse().getContentAsString(StandardCharsets.UTF_8)).text())
                .contains("اذكر سنة مراجعة التشريعات وشهرها معاً");
        assertThat(jdbc.queryForObject("select count(*) from global_report_edition", Integer.class)).isEqualTo(before);
    }

    @Test
    void aStaleEditionEditIsAConflict() throws Exception {
        long id = edition(2018);
        long version = jdbc.queryForObject("select version from global_report_edition where id = ?", Long.class, id);
        Document form = page(get("/global-report/editions/" + id + "/edit").with(SECRETARIAT));
        assertThat(form.select("input[name=year]").val()).isEqualTo("2018");
        assertThat(mvc.perform(post("/global-report/editions/" + id).with(SECRETARIAT).with(csrf()).param("year", "2018")
                .param("publishedYear", "2018").param("source", "corrected source").param("version", Long.toString(version)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        MvcResult stale = mvc.perform(post("/global-report/editions/" + id).with(SECRETARIAT).with(csrf()).param("year", "2018")
                .param("source", "older entry").param("version", Long.toString(version))).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("input[name=source]").val()).isEqualTo("older entry");
        assertThat(text(page, "#conflict pre")).contains("corrected source");
        assertThat(jdbc.queryForObject("select source from global_report_edition where id = ?", String.class, id))
                .isEqualTo("corrected source");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'GlobalReportEdition'"
                + " and entity_id = ? and operation = 'UPDATE'", Integer.class, id)).isEqualTo(1);
    }

    /** Arabic-Indic digits of a whole number, as the pages print counts. */
    static final class UnArabicDigits {
        static String of(long n) {
            return org.tiptracker.arabic.UnArabic.arabicIndic().integer(n);
        }
    }
}
