package org.tiptracker.reporting.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.reporting.persistence.MeasureSearchService;
import org.tiptracker.reporting.persistence.SyntheticMeasures;

/** The generator writes exactly N measures, replaces its earlier run, and the browser pages through them. */
@SpringBootTest
@AutoConfigureMockMvc
class SyntheticMeasuresIntegrationTests {

    @Autowired
    SyntheticMeasures synthetic;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeSyntheticData() {
        synthetic.remove();
    }

    private long syntheticMeasures() {
        return jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " join reporting_cycle c on c.id = r.cycle_id where c.note_reference like 'SYNTHETIC/%'", Long.class);
    }

    @Test
    void insertsNMeasuresAndReplacesAnEarlierRun() {
        var result = synthetic.generate(1234, 7);
        assertThat(result.measures()).isEqualTo(1234);
        assertThat(syntheticMeasures()).isEqualTo(1234);
        // the trigram index, rebuilt after a large run, is there again
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'ix_measure_search_ascii'",
                Long.class)).isEqualTo(1);
        synthetic.generate(300, 8);
        assertThat(syntheticMeasures()).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from reporting_cycle where note_reference like 'SYNTHETIC/%'"
                + " and title_ar like '%(بيانات اصطناعية)%'", Long.class)).isEqualTo(result.cycles() > 0 ? 1 : 0);
        // positions run from 0 in every report; the stored search text is the normalized title and description
        assertThat(jdbc.queryForObject("select count(*) from (select report_id from measure m join measure_report r on"
                + " r.id = m.report_id join reporting_cycle c on c.id = r.cycle_id where c.note_reference like 'SYNTHETIC/%'"
                + " group by report_id having min(position) <> 0 or max(position) <> count(*) - 1) x", Long.class)).isZero();
        var sample = jdbc.queryForMap("select m.title, m.description, m.search_text from measure m join measure_report r"
                + " on r.id = m.report_id join reporting_cycle c on c.id = r.cycle_id where c.note_reference like 'SYNTHETIC/%'"
                + " limit 1");
        assertThat(sample.get("search_text"))
                .isEqualTo(ArabicSearch.normalize(sample.get("title") + " " + sample.get("description")));
        synthetic.remove();
        assertThat(syntheticMeasures()).isZero();
    }

    @Test
    void theBrowserPagesThroughManyMeasures() throws Exception {
        synthetic.generate(180, 3);
        Long cycle = jdbc.queryForObject("select id from reporting_cycle where note_reference like 'SYNTHETIC/%'", Long.class);
        String html = mvc.perform(get("/measures?cycle=" + cycle).with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document first = Jsoup.parse(html);
        assertThat(first.select(".measure-row")).hasSize(50);
        assertThat(first.select("#result-count").text()).contains("١٨٠");
        assertThat(first.select("#page-current").text()).contains("١").contains("٤");
        String next = first.select("#page-next").attr("href");
        assertThat(next).contains("page=2");
        Document last = Jsoup.parse(mvc.perform(get("/measures?cycle=" + cycle + "&page=4")
                        .with(user("secretariat").roles("SECRETARIAT"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(last.select(".measure-row")).hasSize(30);
        assertThat(last.select("#page-next").attr("href")).isEqualTo("#");
    }

    @Test
    void moreMatchesThanTheCountCapAreShownAsMoreThanAndStillPaged() throws Exception {
        synthetic.generate(MeasureSearchService.COUNT_CAP + 500, 5);
        Long cycle = jdbc.queryForObject("select id from reporting_cycle where note_reference like 'SYNTHETIC/%'", Long.class);
        long measures = syntheticMeasures();
        assertThat(measures).isEqualTo(MeasureSearchService.COUNT_CAP + 500);
        Document first = Jsoup.parse(mvc.perform(get("/measures?cycle=" + cycle).with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(first.select(".measure-row")).hasSize(50);
        assertThat(first.select("#result-count").text()).isEqualTo("عدد التدابير المطابقة: أكثر من ٢٠٠٠");
        assertThat(first.select("#page-current").text()).isEqualTo("الصفحة ١");
        assertThat(first.select("#page-next").attr("href")).contains("page=2");
        assertThat(first.select("#export-limit").text()).contains("١٠٠.٠٠٠");
        // a page beyond the end: the last one, counted exactly
        Document last = Jsoup.parse(mvc.perform(get("/measures?cycle=" + cycle + "&page=999")
                        .with(user("secretariat").roles("SECRETARIAT"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(last.select(".measure-row")).hasSize(50);
        assertThat(last.select("#page-current").text()).isEqualTo("الصفحة ٥٠");
        assertThat(last.select("#page-next").attr("href")).isEqualTo("#");
        Document english = Jsoup.parse(mvc.perform(get("/measures?lang=en&cycle=" + cycle + "&page=2")
                        .with(user("secretariat").roles("SECRETARIAT"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select("#result-count").text()).isEqualTo("Measures found: more than 2,000");
        assertThat(english.select("#page-current").text()).isEqualTo("Page 2");
        assertThat(english.select("#result-range").text()).contains("51").contains("100");
    }
}
