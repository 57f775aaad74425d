package org.tiptracker.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /status} on the real reference data, in Arabic and English. */
@SpringBootTest
@AutoConfigureMockMvc
class StatusPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void aDateAfterTheRecordsAreCompleteIsSaidPlainlyOnEveryPageThatCounts() throws Exception {
        Document status = page("/status?asOf=2020-10-15&lang=en");
        assertThat(status.select("#records-notice li").eachAttr("data-treaty")).containsExactly("UNTOC", "TIP", "SOM", "FIREARMS");
        assertThat(status.select("#records-notice li[data-treaty=TIP]").text())
                .isEqualTo("Trafficking in Persons Protocol: complete up to 30 May 2016; later actions are recorded as notifications arrive.");
        Document arabic = page("/status?asOf=2020-10-15&lang=ar");
        assertThat(arabic.select("#records-notice li[data-treaty=TIP]").text()).contains("٣٠ أيار/مايو ٢٠١٦");
        // on the day of the 2016 report the Convention and TIP are complete; SOM and Firearms only to July 2014
        assertThat(page("/status?asOf=2016-05-30&lang=en").select("#records-notice li").eachAttr("data-treaty"))
                .containsExactly("SOM", "FIREARMS");
        assertThat(page("/status?asOf=2014-07-10&lang=en").select("#records-notice")).isEmpty();
        assertThat(page("/status/changes?from=2019-01-01&to=2020-10-15&lang=en").select("#records-notice li")).hasSize(4);
        assertThat(page("/map?treaty=TIP&asOf=2020-10-15&lang=en").select("#records-notice li").eachAttr("data-treaty"))
                .containsExactly("TIP");
        assertThat(page("/map?treaty=TIP&asOf=2016-05-30&lang=en").select("#records-notice")).isEmpty();
        assertThat(page("/?asOf=2020-10-15&lang=en").select("#records-notice li")).hasSize(4);
        assertThat(page("/status/chart?lang=en").select("#records-notice li")).hasSize(4);
        String api = mvc.perform(get("/api/treaties/TIP/status?asOf=2020-10-15")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"records\":{\"complete\":false,\"completeTo\":\"2016-05-30\"");
        String complete = mvc.perform(get("/api/treaties/TIP/changes?from=2015-01-01&to=2016-05-30")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(complete).contains("\"records\":{\"complete\":true,\"completeTo\":\"2016-05-30\",\"note\":null}");
    }

    @Test
    void arabicRightToLeftWithTheCountsOfTheReport() throws Exception {
        Document page = page("/status?asOf=2016-05-30");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("link[href*=bootstrap.rtl.min]")).hasSize(1);
        assertThat(page.select("#count-UNTOC .parties").text()).isEqualTo("١٨٦");
        assertThat(page.select("#count-TIP .parties").text()).isEqualTo("١٦٩");
        assertThat(page.select("#status-table tbody tr")).hasSize(198);
    }

    @Test
    void namesAreInUnArabicOrderAndAsTheyWereOnTheDate() throws Exception {
        Document page = page("/status?asOf=2016-05-30");
        var names = page.select("#status-table tbody td.name").eachText();
        // Seed 001 para. 5: the article is ignored, the alif forms are one letter.
        assertThat(names.indexOf("الاتحاد الروسي")).isLessThan(names.indexOf("الأرجنتين"));
        assertThat(names.indexOf("الأرجنتين")).isLessThan(names.indexOf("أرمينيا"));
        assertThat(names.indexOf("إسبانيا")).isLessThan(names.indexOf("أستراليا"));
        assertThat(names.indexOf("المملكة العربية السعودية")).isLessThan(names.indexOf("موريشيوس"));
        assertThat(names).contains("الجمهورية التشيكية", "سوازيلند").doesNotContain("تشيكيا", "إسواتيني");
        assertThat(page("/status?asOf=2020-01-01").select("#status-table tbody td.name").eachText())
                .contains("تشيكيا", "إسواتيني");
    }

    @Test
    void aPartyRowShowsDatesAndMarker() throws Exception {
        Document page = page("/status?asOf=2016-05-30&q=KOR");
        var row = page.select("#status-table tbody tr[data-iso3=KOR]");
        assertThat(row).hasSize(1);
        assertThat(row.text()).contains("٥ تشرين الثاني/نوفمبر ٢٠١٥").contains("١٣ كانون الأول/ديسمبر ٢٠٠٠");
        Document afghanistan = page("/status?asOf=2016-05-30&q=AFG");
        assertThat(afghanistan.select("tr[data-iso3=AFG] .marker").eachText()).contains("a");
    }

    @Test
    void searchForgivesArabicSpellingVariants() throws Exception {
        assertThat(page("/status?q=المانيا").select("#status-table tbody tr").eachAttr("data-iso3")).containsExactly("DEU");
        assertThat(page("/status?q=الجمهوريه التشيكيه&asOf=2016-05-30").select("#status-table tbody tr").eachAttr("data-iso3"))
                .containsExactly("CZE");
        assertThat(page("/status?q=اسرائيل").select("#status-table tbody tr").eachAttr("data-iso3")).containsExactly("ISR");
        assertThat(page("/status?q=Swaziland").select("#status-table tbody tr").eachAttr("data-iso3")).containsExactly("SWZ");
    }

    @Test
    void filtersByRegionAndTreatyStatus() throws Exception {
        assertThat(page("/status?region=Africa").select("#status-table tbody tr")).hasSize(54);
        Document parties = page("/status?asOf=2016-05-30&treaty=TIP&state=party");
        assertThat(parties.select("#status-table tbody tr")).hasSize(169);
        Document signatories = page("/status?asOf=2016-05-30&treaty=TIP&state=signatory");
        Document neither = page("/status?asOf=2016-05-30&treaty=TIP&state=none");
        assertThat(signatories.select("#status-table tbody tr").size() + neither.select("#status-table tbody tr").size())
                .isEqualTo(198 - 169);
        assertThat(signatories.select("#status-table tbody tr")).isNotEmpty();
    }

    @Test
    void englishIsLeftToRightWithEnglishNames() throws Exception {
        Document page = page("/status?asOf=2016-05-30&lang=en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("#count-TIP .parties").text()).isEqualTo("169");
        assertThat(page.select("#status-table tbody td.name").eachText()).contains("Czech Republic", "Germany");
        assertThat(page.select("#lang-switch").attr("href")).contains("lang=ar").contains("asOf=2016-05-30");
    }

    @Test
    void badInputGetsAClearMessageNotAStackTrace() throws Exception {
        String body = mvc.perform(get("/status?asOf=2016-02-30")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(body).select("main .alert").text()).contains("التاريخ \"2016-02-30\"").contains("سنة-شهر-يوم");
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
        mvc.perform(get("/status?treaty=XYZ")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UNTOC")));
        String region = mvc.perform(get("/status?region=Atlantis")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(region).select("main .alert").text()).contains("لا توجد منطقة \"Atlantis\"").contains("Oceania");
        assertThat(page("/status?region=europe").select("#status-table tbody tr")).isNotEmpty();
        mvc.perform(get("/status?asOf=not-a-date&lang=en")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is not a valid date")));
        String script = mvc.perform(get("/status?q=<script>alert(1)</script>")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(script).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void unknownPagesAreNotFound() throws Exception {
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(get("/participants/ZZZ")).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ZZZ")));
    }
}
