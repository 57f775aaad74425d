package org.tiptracker.awareness.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.tiptracker.awareness.persistence.AwarenessService;

/**
 * The awareness page: the World Day themes exactly as seed 002 words them; the Blue Heart count
 * as of a date from the reference and demonstration rows (12 by 2016, 18 by 2019) next to the
 * counts the seeds report; the secretariat's forms, audited, with their errors and conflicts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AwarenessPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AwarenessService service;

    /** The three themes of seed 002, para. 37, read from the seed. */
    static Map<Integer, String> seedThemes() throws IOException {
        String seed = new ClassPathResource("seeds/002_892ac0f7bf0d81b6.txt").getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("وفي عام ٢٠١٧، ركّز موضوع اليوم العالمي على (.+?)؛ وركز في عام ٢٠١٨، على (.+?)؛"
                + " وركز في عام ٢٠١٩، على (.+?)\\.").matcher(seed);
        assertThat(m.find()).isTrue();
        return Map.of(2017, m.group(1), 2018, m.group(2), 2019, m.group(3));
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
    void theThemesAreThoseOfSeed002WordForWord() throws Exception {
        Map<Integer, String> themes = seedThemes();
        Document page = page(get("/awareness"));
        for (var theme : themes.entrySet()) {
            assertThat(jdbc.queryForObject("select theme_ar from world_day_theme where year = ?", String.class, theme.getKey()))
                    .isEqualTo(theme.getValue());
            assertThat(text(page, "#theme-" + theme.getKey() + " .theme-ar")).isEqualTo(theme.getValue());
        }
        assertThat(themes.get(2018)).isEqualTo("الاتجار بالأطفال والشباب");
        // the sentence composed from the rows is the seed's own (while only the seed's years are recorded)
        String seed = new ClassPathResource("seeds/002_892ac0f7bf0d81b6.txt").getContentAsString(StandardCharsets.UTF_8);
        String sentence = text(page, "#themes-sentence");
        if (jdbc.queryForObject("select count(*) from world_day_theme", Integer.class) == 3) {
            assertThat(seed).contains(sentence);
            assertThat(sentence).startsWith("وفي عام ٢٠١٧، ركّز موضوع اليوم العالمي على التعرّض لخطر الاتجار؛");
        } else {
            assertThat(sentence).contains("وركز في عام ٢٠١٨، على الاتجار بالأطفال والشباب؛ وركز في عام ٢٠١٩، على ضرورة تعزيز الإجراءات الوطنية");
        }
        assertThat(page.select("#new-theme, #new-adoption")).isEmpty();
    }

    @Test
    void theBlueHeartCountAsOfADateMeetsTheSeeds() throws Exception {
        assertThat(service.countAsOf(LocalDate.of(2016, 12, 31))).isEqualTo(12);
        assertThat(service.countAsOf(LocalDate.of(2019, 12, 31))).isEqualTo(18);
        assertThat(service.countAsOf(LocalDate.of(2016, 7, 1))).isEqualTo(12);
        assertThat(service.countAsOf(LocalDate.of(2019, 7, 29))).isEqualTo(18);
        assertThat(service.countAsOf(LocalDate.of(2013, 12, 31))).isEqualTo(10);
        assertThat(service.countAsOf(LocalDate.of(2009, 12, 31))).isZero();

        Document y2016 = page(get("/awareness").param("asOf", "2016-12-31"));
        assertThat(text(y2016, "#blue-heart-count")).isEqualTo("عدد البلدان التي اعتمدت الحملة حتى ٣١ كانون الأول/ديسمبر ٢٠١٦: ١٢");
        assertThat(text(y2016, "#latest-reported")).contains("١٢ حتى ١ تموز/يوليه ٢٠١٦").contains("متطابق");
        Document y2019 = page(get("/awareness").param("asOf", "2019-12-31"));
        assertThat(text(y2019, "#blue-heart-count")).endsWith(": ١٨");
        assertThat(text(y2019, "#reported-2016-07-01 .computed")).isEqualTo("١٢");
        assertThat(text(y2019, "#reported-2019-07-29 .computed")).isEqualTo("١٨");
        assertThat(text(y2019, "#reported-2019-07-29 .agreement")).isEqualTo("متطابق");
        assertThat(text(y2019, "#adoption-ECU .counted")).isEqualTo("نعم");
        assertThat(text(y2016, "#adoption-ECU .counted")).isEqualTo("ليس بعد");
        // the rows the seeds name are reference data; the others are demonstration rows, marked
        assertThat(jdbc.queryForList("select p.iso3 from blue_heart_adoption a join participant p on p.id = a.participant_id"
                + " where not a.demo order by p.iso3", String.class)).contains("COL", "ECU", "PER");
        assertThat(y2019.select("#adoption-PER .badge")).isEmpty();
        assertThat(y2019.select("#adoptions tbody tr .badge").size())
                .isEqualTo(jdbc.queryForObject("select count(*) from blue_heart_adoption where demo", Integer.class));
        assertThat(y2019.select("#demo-notice")).hasSize(1);

        Document english = page(get("/awareness").param("asOf", "2016-12-31").param("lang", "en"));
        assertThat(text(english, "#blue-heart-count")).isEqualTo("Countries that had adopted the campaign as of 31 December 2016: 12");

        MvcResult bad = mvc.perform(get("/awareness").param("asOf", "2016-02-30")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anAnalystChangesNothing() throws Exception {
        Integer themes = jdbc.queryForObject("select count(*) from world_day_theme", Integer.class);
        assertThat(mvc.perform(post("/awareness/themes").with(ANALYST).with(csrf()).param("year", "2024").param("themeAr", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/awareness/blue-heart").with(ANALYST).with(csrf()).param("iso3", "FRA").param("year", "2024"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/awareness/themes/new").with(ANALYST)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from world_day_theme", Integer.class)).isEqualTo(themes);
        assertThat(jdbc.queryForObject("select count(*) from blue_heart_adoption a join participant p on p.id = a.participant_id"
                + " where p.iso3 = 'FRA'", Integer.class)).isZero();
    }

    @Test
    void theSecretariatRecordsThemesAndAdoptionsAudited() throws Exception {
        assertThat(mvc.perform(post("/awareness/themes").with(SECRETARIAT).with(csrf()).param("year", "2021")
                .param("themeAr", "موضوع تجريبي <b>").param("themeEn", "A test theme").param("source", "test"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        long theme = jdbc.queryForObject("select id from world_day_theme where year = 2021", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'WorldDayTheme' and entity_id = ?"
                + " and operation = 'CREATE' and username = 'secretariat'", Integer.class, theme)).isEqualTo(1);
        Document page = page(get("/awareness"));
        assertThat(text(page, "#theme-2021 .theme-ar")).isEqualTo("موضوع تجريبي <b>");
        assertThat(page.select("#theme-2021 b")).isEmpty();
        assertThat(text(page(get("/awareness").param("lang", "en")), "#theme-2021 .theme-en")).isEqualTo("A test theme");

        assertThat(mvc.perform(post("/awareness/themes/" + theme).with(SECRETARIAT).with(csrf()).param("year", "2021")
                .param("themeAr", "موضوع مصحح").param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select before_state from audit_entry where entity_type = 'WorldDayTheme' and entity_id = ?"
                + " and operation = 'UPDATE'", String.class, theme)).contains("موضوع تجريبي");
        MvcResult stale = mvc.perform(post("/awareness/themes/" + theme).with(SECRETARIAT).with(csrf()).param("year", "2021")
                .param("themeAr", "إدخال قديم").param("version", "0")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        Document conflict = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(conflict.select("input[name=themeAr]").val()).isEqualTo("إدخال قديم");
        assertThat(text(conflict, "#conflict pre")).contains("موضوع مصحح");

        long before = service.countAsOf(LocalDate.of(2022, 12, 31));
        assertThat(mvc.perform(post("/awareness/blue-heart").with(SECRETARIAT).with(csrf()).param("iso3", "FRA")
                .param("year", "٢٠٢٢").param("source", "test")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(service.countAsOf(LocalDate.of(2022, 12, 31))).isEqualTo(before + 1);
        assertThat(service.countAsOf(LocalDate.of(2019, 12, 31))).isEqualTo(18);
        long france = jdbc.queryForObject("select a.id from blue_heart_adoption a join participant p on p.id = a.participant_id"
                + " where p.iso3 = 'FRA'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'BlueHeartAdoption' and entity_id = ?",
                Integer.class, france)).isEqualTo(1);
        assertThat(mvc.perform(post("/awareness/blue-heart/" + france).with(SECRETARIAT).with(csrf()).param("iso3", "FRA")
                .param("year", "2023").param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/awareness/blue-heart/" + france).with(SECRETARIAT).with(csrf()).param("iso3", "FRA")
                .param("year", "2021").param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select adopted_year from blue_heart_adoption where id = ?", Integer.class, france))
                .isEqualTo(2023);
    }

    @Test
    void badInputIsRefusedNextToTheField() throws Exception {
        Integer themes = jdbc.queryForObject("select count(*) from world_day_theme", Integer.class);
        Integer adoptions = jdbc.queryForObject("select count(*) from blue_heart_adoption", Integer.class);

        Document duplicateYear = submit(post("/awareness/themes").param("year", "2017").param("themeAr", "x"));
        assertThat(duplicateYear.select("input[name=year].is-invalid")).hasSize(1);
        assertThat(duplicateYear.text()).contains("موضوع عام ٢٠١٧ مسجل من قبل");
        Document early = submit(post("/awareness/themes").param("year", "2013").param("themeAr", "x"));
        assertThat(early.text()).contains("يجب أن تكون السنة بين ٢٠١٤ و");
        Document noText = submit(post("/awareness/themes").param("year", "2030x").param("themeAr", " "));
        assertThat(noText.select("input[name=year]").val()).isEqualTo("2030x");
        assertThat(noText.select("input[name=year].is-invalid")).hasSize(1);

        Document peruTwice = submit(post("/awareness/blue-heart").param("iso3", "PER").param("year", "2015"));
        assertThat(peruTwice.text()).contains("البلد PER مسجل من قبل");
        Document noWhen = submit(post("/awareness/blue-heart").param("iso3", "DEU"));
        assertThat(noWhen.text()).contains("اذكر سنة الاعتماد أو تاريخاً");
        Document tooEarly = submit(post("/awareness/blue-heart").param("iso3", "DEU").param("year", "2009"));
        assertThat(tooEarly.select("input[name=year].is-invalid")).hasSize(1);
        Document badDate = submit(post("/awareness/blue-heart").param("iso3", "DEU").param("knownBy", "2016-13-01"));
        assertThat(badDate.select("input[name=knownBy]").val()).isEqualTo("2016-13-01");
        assertThat(badDate.select("input[name=knownBy].is-invalid")).hasSize(1);
        Document unknown = submit(post("/awareness/blue-heart").param("iso3", "XXX").param("year", "2015").param("lang", "en"));
        assertThat(unknown.text()).contains("There is no participant with the code XXX.");

        assertThat(jdbc.queryForObject("select count(*) from world_day_theme", Integer.class)).isEqualTo(themes);
        assertThat(jdbc.queryForObject("select count(*) from blue_heart_adoption", Integer.class)).isEqualTo(adoptions);
    }

    Document submit(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(SECRETARIAT).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
