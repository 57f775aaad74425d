package org.tiptracker.search.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tiptracker.dashboard.KeyFigures;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.persistence.ReportFactsService;
import org.tiptracker.treaty.TreatyCode;

/** The search page and API, the dashboard and the map, through the whole application on the reference data. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchDashboardMapIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportFactsService facts;

    @Autowired
    org.tiptracker.reporting.persistence.CycleService cycles;

    @Test
    void signedInReadersSeeWhatConcernsThemFirst() throws Exception {
        String title = "Dashboard test cycle " + System.nanoTime();
        cycles.create("secretariat", new org.tiptracker.reporting.persistence.CycleCommand("دورة لوحة المؤشرات " + title,
                title, "NV/" + title, "A/RES/79/1", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2099, 12, 30), org.tiptracker.reporting.CycleStatus.OPEN, java.util.Set.of("ARG", "CHL")));
        Document focal = Jsoup.parse(mvc.perform(get("/").param("lang", "en").with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.user("focal.argentina").roles("FOCAL_POINT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(focal.select("#my-reports li").eachText()).anyMatch(t -> t.contains(title) && t.contains("not started")
                && t.contains("30 December 2099"));
        assertThat(focal.select("#awaiting-review, #non-responders")).isEmpty();
        Document staff = Jsoup.parse(mvc.perform(get("/").param("lang", "en").with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(staff.select("#non-responders").text()).contains(title).contains("Argentina").contains("Chile");
        assertThat(staff.select("#awaiting-review")).hasSize(1);
        assertThat(staff.select("#figure-cycle .cycle-asked").text()).isEqualTo("2");
        assertThat(staff.select("#figure-cycle .cycle-answered").text()).isEqualTo("0");
        // the figures add up, and the card says what counts as an answer
        assertThat(staff.select("#figure-cycle .cycle-not-answered").text()).isEqualTo("2");
        assertThat(staff.select("#figure-cycle .cycle-counted").text()).contains("accepted");
    }

    @Test
    void searchPageFindsAResolutionByItsArabicCitationWithAHighlightedPassage() throws Exception {
        String html = mvc.perform(get("/search").param("q", "قرارها ١٧٩/٧٠"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#search-document .search-hit a").first().attr("href")).startsWith("/documents/");
        assertThat(page.select("#search-document .search-hit").first().text()).contains("A/RES/70/179");
        assertThat(page.select("#search-document .badge.text-bg-info").first().text()).isEqualTo("مطابقة تامة");
        Document words = Jsoup.parse(mvc.perform(get("/search").param("q", "رسوم التوظيف"))
                .andReturn().getResponse().getContentAsString());
        assertThat(words.select("#search-recommendation .search-snippet mark").eachText()).contains("رسوم", "توظيف");
        assertThat(words.select("#site-search")).hasSize(1);
    }

    @Test
    void unknownKindAndYearAreReportedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/search").param("q", "اتجار").param("kind", "bogus").param("year", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لا يوجد نوع باسم &quot;bogus&quot;")))
                .andExpect(content().string(containsString("ليست سنة")));
        mvc.perform(get("/search").param("q", "trafficking").param("kind", "bogus").param("lang", "en"))
                .andExpect(content().string(containsString("There is no kind &quot;bogus&quot;")));
    }

    @Test
    void searchApiGivesTheSameHitsAsJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "١٧٩/٧٠"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("١٧٩/٧٠"))
                .andExpect(jsonPath("$.hits[0].kind").value("document"))
                .andExpect(jsonPath("$.hits[0].url", startsWith("/documents/")))
                .andExpect(jsonPath("$.hits[0].title").exists())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/search").param("q", "Argentina").param("kind", "participant"))
                .andExpect(jsonPath("$.hits[0].url").value("/participants/ARG"))
                .andExpect(jsonPath("$.kind").value("participant"));
        mvc.perform(get("/api/search").param("q", "x").param("kind", "bogus")).andExpect(status().isBadRequest());
        // Anonymous callers never get measures or drafts.
        mvc.perform(get("/api/search").param("q", "اتجار").param("kind", "measure")).andExpect(jsonPath("$.hits", hasSize(0)));
        mvc.perform(get("/api/search").param("q", "اتجار").param("kind", "report")).andExpect(jsonPath("$.hits", hasSize(0)));
    }

    @Test
    void theDashboardStatesTheReportsFiguresForTheDate() throws Exception {
        LocalDate asOf = LocalDate.of(2016, 5, 30);
        ReportFacts read = facts.gather(KeyFigures.mandateFor(asOf, null), List.of(TreatyCode.values()));
        KeyFigures expected = KeyFigures.of(read, asOf);
        Document page = Jsoup.parse(mvc.perform(get("/").param("asOf", "٢٠١٦-٠٥-٣٠").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#dashboard-as-of").text()).isEqualTo("As of 30 May 2016");
        assertThat(page.select("[data-treaty=TIP] .figure-value").text())
                .isEqualTo(Long.toString(expected.treaty("TIP").parties())).isEqualTo("169");
        assertThat(page.select("[data-treaty=UNTOC] .figure-value").text()).isEqualTo("186");
        assertThat(page.select("#table-parties tbody tr")).hasSizeGreaterThan(10);
        assertThat(page.select("#dashboard-parties").attr("aria-label")).contains("Trafficking in Persons Protocol 169");
        assertThat(page.select("#dashboard-parties-data").html()).contains("\"code\":\"TIP\"");
        // Anonymous readers get no task lists.
        assertThat(page.select("#awaiting-review, #my-reports")).isEmpty();
        // The date field's own form reads the same day; a day the calendar lacks is refused.
        Document typed = Jsoup.parse(mvc.perform(get("/").param("asOf", "30/05/2016").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(typed.select("#dashboard-as-of").text()).isEqualTo("As of 30 May 2016");
        assertThat(typed.select("[data-treaty=TIP] .figure-value").text()).isEqualTo("169");
        mvc.perform(get("/").param("asOf", "31/02/2016")).andExpect(status().isBadRequest());
    }

    @Test
    void theMapsLegendCountsAreTheStatusPagesAndSmallStatesAreListed() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/map").param("treaty", "TIP").param("asOf", "2016-05-30").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#map-legend [data-status=party] .map-count").text()).isEqualTo("169");
        assertThat(page.select("#map-table tbody tr")).hasSize(198);
        assertThat(page.select("#map-table tbody tr[data-status=party]")).hasSize(169);
        assertThat(page.select("#map-small [data-iso3]").eachAttr("data-iso3")).contains("MLT", "EUU", "NRU")
                .doesNotContain("FRA", "BRA");
        assertThat(page.select("#map-disclaimer").text()).contains("do not imply official endorsement");
        assertThat(page.select("#world-map").attr("data-atlas")).isEqualTo("/vendor/world-atlas/package/countries-110m.json");
        mvc.perform(get("/vendor/world-atlas/package/countries-110m.json")).andExpect(status().isOk());
        mvc.perform(get("/vendor/d3-geo/package/dist/d3-geo.min.js")).andExpect(status().isOk());
        mvc.perform(get("/map").param("treaty", "NOPE")).andExpect(status().isBadRequest());
    }

    @Test
    void theMapApiNamesParticipantsAsTheyWereOnTheDate() throws Exception {
        mvc.perform(get("/api/map/TIP").param("asOf", "2016-05-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.treaty").value("TIP"))
                .andExpect(jsonPath("$.asOf").value("2016-05-30"))
                .andExpect(jsonPath("$.participants", hasSize(198)))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'SWZ')].nameEn").value("Swaziland"))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'EUU')].m49").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'AFG')].status").value("party"))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'AFG')].date").value("2014-08-15"));
        mvc.perform(get("/api/map/TIP").param("asOf", "2020-01-01"))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'SWZ')].nameEn").value(not(org.hamcrest.Matchers.contains("Swaziland"))));
    }
}
