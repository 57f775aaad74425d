package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The English interface shows a record's official English where it is recorded (reference data
 * with its sources: db/reference/agency_activities_en.csv, world_day_themes_en.csv), and where it is
 * not, says so in English and shows the Arabic original inside an element marked lang="ar"
 * dir="rtl" (fragments/text.html); no Arabic letter appears anywhere else on an English page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnglishTextsIntegrationTests {

    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
    static final String NOTE = "No English text recorded; the Arabic original:";
    static final String DIGEST = "Evidential Issues in Trafficking in Persons Cases: Case Digest";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Document page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(ANALYST)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The Arabic original inside {@code css}, after the English note, marked as Arabic. */
    static String arabicOriginal(Document page, String css) {
        Element container = page.selectFirst(css);
        assertThat(container).as(css).isNotNull();
        assertThat(container.select(".arabic-only-note").text()).as(css).isEqualTo(NOTE);
        Element arabic = container.selectFirst(".arabic-original");
        assertThat(arabic).as(css).isNotNull();
        assertThat(arabic.attr("lang")).isEqualTo("ar");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        return arabic.text();
    }

    long activityId(String condition) {
        return jdbc.queryForObject("select min(id) from agency_activity where " + condition, Long.class);
    }

    @Test
    void anActivityWithAnOfficialEnglishTitleAndDescriptionShowsThem() throws Exception {
        long id = activityId("title_en = '" + DIGEST.replace("'", "''") + "'");
        Document detail = page("/activities/" + id + "?lang=en");
        assertThat(detail.getElementById("activity-title").text()).isEqualTo(DIGEST);
        assertThat(detail.getElementById("activity-description").text())
                .isEqualTo("The Case Digest aims to assist criminal justice practitioners worldwide in addressing recurring"
                        + " evidential issues that are typical to trafficking in persons cases.");
        assertThat(detail.select("#activity-title .arabic-only, #activity-description .arabic-only")).isEmpty();
        assertThat(detail.title()).isEqualTo(DIGEST);
        // the Arabic interface keeps the Arabic
        Document arabic = page("/activities/" + id);
        assertThat(arabic.getElementById("activity-title").text())
                .isEqualTo(jdbc.queryForObject("select title from agency_activity where id = ?", String.class, id));
        Document list = page("/activities?agency=UNODC&lang=en");
        assertThat(list.select("a.activity-title").eachText()).contains(DIGEST,
                "Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants");
    }

    @Test
    void anActivityWithoutEnglishSaysSoAndShowsTheArabicMarked() throws Exception {
        long id = activityId("title_en is null and not demo");
        var row = jdbc.queryForMap("select title, description from agency_activity where id = ?", id);
        Document detail = page("/activities/" + id + "?lang=en");
        assertThat(arabicOriginal(detail, "#activity-title")).isEqualTo(row.get("title"));
        assertThat(arabicOriginal(detail, "#activity-description")).isEqualTo(((String) row.get("description")).strip());
    }

    @Test
    void aRecommendationWithoutEnglishSaysSoAndOneWithEnglishShowsIt() throws Exception {
        var r = jdbc.queryForMap("select id, meeting_id, text_ar from wg_recommendation where text_en is null and not demo"
                + " order by id limit 1");
        Document detail = page("/working-group/recommendations/" + r.get("id") + "?lang=en");
        assertThat(arabicOriginal(detail, "#recommendation-text")).isEqualTo(r.get("text_ar"));
        assertThat(detail.select("#recommendation-text-en")).isEmpty();
        Document meeting = page("/working-group/meetings/" + r.get("meeting_id") + "?lang=en");
        assertThat(arabicOriginal(meeting, "tr.recommendation-row[data-id=" + r.get("id") + "] .recommendation-text"))
                .isEqualTo(r.get("text_ar"));
        Document list = page("/working-group/recommendations?lang=en");
        assertThat(arabicOriginal(list, "tr.recommendation-row[data-id=" + r.get("id") + "] .recommendation-text"))
                .isEqualTo(r.get("text_ar"));

        String english = "Consider including trafficking in persons in general education curricula (test text)";
        jdbc.update("update wg_recommendation set text_en = ? where id = ?", english, r.get("id"));
        try {
            Document withEnglish = page("/working-group/recommendations/" + r.get("id") + "?lang=en");
            assertThat(withEnglish.getElementById("recommendation-text-en").text()).endsWith(english);
            assertThat(withEnglish.select(".arabic-only")).isEmpty();
            Document listed = page("/working-group/recommendations?lang=en");
            assertThat(listed.selectFirst("tr.recommendation-row[data-id=" + r.get("id") + "] .recommendation-text").text())
                    .isEqualTo(english);
        } finally {
            jdbc.update("update wg_recommendation set text_en = null where id = ?", r.get("id"));
        }
    }

    @Test
    void theWorldDayThemesShowTheOfficialEnglishAndLabelTheArabicAsTheYearsFocus() throws Exception {
        Document english = page("/awareness?lang=en");
        assertThat(english.selectFirst("#theme-2017 .theme-en").text()).isEqualTo("Act to protect and assist trafficked persons");
        assertThat(english.selectFirst("#theme-2018 .theme-en").text())
                .isEqualTo("Responding to the trafficking of children and young people");
        assertThat(english.selectFirst("#theme-2019 .theme-en").text()).isEqualTo("Human trafficking: Call your government to action");
        Element focus = english.selectFirst("#theme-2017 .theme-focus");
        assertThat(focus.selectFirst(".theme-focus-note").text()).contains("focus").contains("not the campaign's official theme");
        Element arabic = focus.selectFirst(".theme-ar");
        assertThat(arabic.attr("lang")).isEqualTo("ar");
        assertThat(arabic.text()).isEqualTo("التعرّض لخطر الاتجار");
        // the Arabic interface says what its Arabic is and gives the official theme, marked English
        Document page = page("/awareness");
        assertThat(page.selectFirst("#theme-2017 .theme-ar").text()).isEqualTo("التعرّض لخطر الاتجار");
        assertThat(page.selectFirst("#theme-2017 .theme-focus-note").text()).contains("محور السنة");
        Element official = page.selectFirst("#theme-2017 .theme-official .theme-en");
        assertThat(official.attr("lang")).isEqualTo("en");
        assertThat(official.text()).isEqualTo("Act to protect and assist trafficked persons");
        // a quote with no English: the note and the Arabic, marked
        assertThat(arabicOriginal(english, "#reported tbody tr .quote")).isNotBlank();
    }

    @Test
    void theGlobalReportQuotesHaveNoEnglishAndSaySo() throws Exception {
        long edition = jdbc.queryForObject("select e.id from global_report_edition e where exists"
                + " (select 1 from global_report_finding f where f.edition_id = e.id and f.quote_ar is not null) order by e.year limit 1",
                Long.class);
        Document page = page("/global-report/editions/" + edition + "?lang=en");
        assertThat(arabicOriginal(page, "#findings tbody tr .quote")).isNotBlank();
    }

    @Test
    void theEnglishActivitiesExportSaysWhichCellsAreArabic() throws Exception {
        String csv = mvc.perform(get("/activities/export.csv?agency=UNODC&lang=en").with(ANALYST)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("Title")).isEqualTo(DIGEST);
            assertThat(row.get("Title: language")).isEqualTo("English");
            assertThat(row.get("Description")).startsWith("The Case Digest aims");
            assertThat(row.get("Description: language")).isEqualTo("English");
        });
        for (CSVRecord row : rows) {
            for (String column : List.of("Title", "Description")) {
                boolean arabic = ARABIC.matcher(row.get(column)).find();
                assertThat(row.get(column + ": language")).as(row.get("Title"))
                        .isEqualTo(arabic ? "Arabic (no English text recorded)" : row.get(column).isEmpty() ? "" : "English");
            }
        }
    }

    /** Every text on the page outside an element marked lang="ar" (or inside one marked otherwise again). */
    static List<String> arabicOutsideMarkedElements(Document page) {
        List<String> found = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && ARABIC.matcher(text.text()).find() && !markedArabic(text)) {
                Element parent = (Element) text.parent();
                found.add(parent.cssSelector() + ": " + text.text().strip());
            }
        }, page.body());
        return found;
    }

    static boolean markedArabic(Node node) {
        for (Element e = (Element) node.parent(); e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                return e.attr("lang").startsWith("ar");
            }
        }
        return false;
    }

    @Test
    void noArabicLetterOnAnEnglishPageOutsideAnElementMarkedArabic() throws Exception {
        long recommendation = jdbc.queryForObject("select min(id) from wg_recommendation where not demo", Long.class);
        long meeting = jdbc.queryForObject("select meeting_id from wg_recommendation where id = ?", Long.class, recommendation);
        long activity = activityId("title_en is null and not demo");
        long englishActivity = activityId("title_en is not null");
        long edition = jdbc.queryForObject("select min(edition_id) from global_report_finding", Long.class);
        List<String> urls = List.of("/", "/working-group", "/working-group/recommendations",
                "/working-group/meetings/" + meeting, "/working-group/recommendations/" + recommendation,
                "/activities", "/activities/" + activity, "/activities/" + englishActivity, "/agencies", "/agencies/UNODC",
                "/global-report", "/global-report/editions/" + edition, "/awareness", "/search?q=trafficking",
                "/search?q=" + java.net.URLEncoder.encode("الاتجار", StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        for (String url : urls) {
            Document page = page(url + (url.contains("?") ? "&" : "?") + "lang=en");
            assertThat(page.selectFirst("html").attr("lang")).as(url).isEqualTo("en");
            arabicOutsideMarkedElements(page).forEach(text -> found.add(url + " " + text));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theWalkerFindsUnmarkedArabic() {
        Document page = Jsoup.parse("<html lang=\"en\"><body><p>Theme: <span lang=\"ar\">موضوع</span></p>"
                + "<p>Mixed موضوع text</p><div lang=\"ar\"><span lang=\"en\">English</span></div></body></html>");
        assertThat(arabicOutsideMarkedElements(page)).singleElement().asString().contains("Mixed موضوع text");
    }
}
