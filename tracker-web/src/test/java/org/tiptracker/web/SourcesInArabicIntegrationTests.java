package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sources of the records ("المصدر") on Arabic pages: in UN Arabic where their form is known,
 * with the document symbols isolated in Latin digits; otherwise the English as recorded, marked
 * {@code lang="en" dir="ltr"}. English pages keep the English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourcesInArabicIntegrationTests {

    private static final String LRI = "\u2066";
    private static final String PDI = "\u2069";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The text of the page's sources that are not marked as English. */
    private static String unmarkedSources(Document page) {
        return page.select(".source-text:not([lang])").eachText().toString();
    }

    @Test
    void sourcesReadInUnArabicOnArabicPages() throws Exception {
        long edition = jdbc.queryForObject("select id from global_report_edition where year = 2014", Long.class);
        Document report = page("/global-report/editions/" + edition + "?lang=ar");
        assertThat(report.select("#edition-source").text())
                .isEqualTo("تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرتان ٤ و٧٢-٧٤");

        long meeting = jdbc.queryForObject("select id from wg_meeting where number = 1", Long.class);
        Document wg = page("/working-group/meetings/" + meeting + "?lang=ar");
        assertThat(wg.select("#meeting-source").text()).startsWith("ورقة المعلومات الأساسية التي أعدتها الأمانة للاجتماع التاسع")
                .contains("٢٩ تموز/يوليه ٢٠١٩").contains("الفقرة ١٥");

        Document awareness = page("/awareness?lang=ar");
        assertThat(awareness.select(".source-text").eachText()).isNotEmpty();
        Element symbol = awareness.select(".source-text").stream().filter(e -> e.text().contains("CTOC/COP/WG.4/2019/1"))
                .findFirst().orElseThrow();
        assertThat(symbol.hasAttr("lang")).isFalse();
        assertThat(symbol.wholeText()).contains(LRI + "CTOC/COP/WG.4/2019/1" + PDI).contains("الفقرة ٣٧");
        for (Document page : new Document[] {report, wg, awareness}) {
            assertThat(unmarkedSources(page)).doesNotContain("para.", "report of", "Background", "seed ");
            page.select(".source-text[lang=en]").forEach(e -> assertThat(e.attr("dir")).isEqualTo("ltr"));
        }
    }

    @Test
    void englishPagesKeepTheEnglishAndMarkAnArabicSource() throws Exception {
        Document awareness = page("/awareness?lang=en");
        assertThat(awareness.select(".source-text").eachText()).anyMatch(t -> t.equals("CTOC/COP/WG.4/2019/1, para. 37"));
        long activity = jdbc.queryForObject("select min(id) from agency_activity where source_paragraph like 'تقرير الأمين العام%'", Long.class);
        Document detail = page("/activities/" + activity + "?lang=en");
        Element source = detail.selectFirst("#source-paragraph .source-text [lang=ar]");
        assertThat(source).isNotNull();
        assertThat(source.attr("lang")).isEqualTo("ar");
        assertThat(source.attr("dir")).isEqualTo("rtl");
        assertThat(source.text()).startsWith("تقرير الأمين العام المؤرخ");
    }
}
