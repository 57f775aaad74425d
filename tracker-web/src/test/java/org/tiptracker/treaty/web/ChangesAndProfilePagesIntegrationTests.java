package org.tiptracker.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The changes page reproduces seed 001 para. 3; the profile and the chart show the real data. */
@SpringBootTest
@AutoConfigureMockMvc
class ChangesAndProfilePagesIntegrationTests {

    /** Seed 001 para. 3 (A/71/..., 2016), first sentence pair; the seed misspells Tonga as تونغنا. */
    static final String SEED_CONVENTION = "وخلال الفترة المشمولة بالتقرير، أصبحت سبع دول أطرافاً في اتفاقية الجريمة المنظمة، وهي: "
            + "سيراليون (١٢ آب/أغسطس ٢٠١٤)، إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤)، تونغا (٣ تشرين الأول/أكتوبر ٢٠١٤)، بربادوس "
            + "(١١ تشرين الثاني/نوفمبر ٢٠١٤)، ساموا (١٧ كانون الأول/ديسمبر ٢٠١٤)، دولة فلسطين (٢ كانون الثاني/يناير ٢٠١٥)، "
            + "جمهورية كوريا (٥ تشرين الثاني/نوفمبر ٢٠١٥). وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٨٦ دولة طرفاً في الاتفاقية.";

    @Autowired
    MockMvc mvc;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void changesInTheReportingPeriodReadAsTheReport() throws Exception {
        Document page = page("/status/changes?from=2013-12-18&to=2016-05-30");
        assertThat(page.select("#paragraph-ar-UNTOC").text()).isEqualTo(SEED_CONVENTION);
        String protocol = page.select("#paragraph-ar-TIP").text();
        assertThat(protocol).contains("أصبحت ١٠ دول أطرافاً في بروتوكول الاتجار بالأشخاص")
                .contains("الجمهورية التشيكية (١٧ كانون الأول/ديسمبر ٢٠١٤)، سري لانكا (١٥ حزيران/يونيه ٢٠١٥)")
                .endsWith("كانت هناك ١٦٩ دولة طرفاً في البروتوكول.");
        assertThat(page.select("#changes-UNTOC tbody tr")).hasSize(7);
        assertThat(page.select("#changes-TIP tbody tr td:nth-child(2)").eachText())
                .containsExactly("سيراليون", "أفغانستان", "أنغولا", "إريتريا", "بربادوس", "السودان",
                        "الجمهورية التشيكية", "سري لانكا", "سنغافورة", "جمهورية كوريا");
        assertThat(page.select("#paragraph-en-UNTOC").text()).contains("seven States became parties")
                .contains("186 States parties");
    }

    @Test
    void theEuropeanUnionIsNamedApartFromTheStatesInBothLanguages() throws Exception {
        Document page = page("/status/changes?from=2013-12-18&to=2016-05-30");
        assertThat(page.select("#paragraph-ar-FIREARMS").text())
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبحت دولة واحدة والاتحاد الأوروبي طرفين في بروتوكول الأسلحة"
                        + " النارية، وهما: غانا (١٤ كانون الثاني/يناير ٢٠١٤)، الاتحاد الأوروبي (٢١ آذار/مارس ٢٠١٤).")
                .doesNotContain("دولتان");
        assertThat(page.select("#paragraph-en-FIREARMS").text())
                .startsWith("During the reporting period, one State and the European Union became parties to the Firearms"
                        + " Protocol: Ghana (14 January 2014) and the European Union (21 March 2014).");
        Document march2014 = page("/status/changes?from=2014-03-01&to=2014-03-31");
        assertThat(march2014.select("#paragraph-ar-FIREARMS").text())
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبح الاتحاد الأوروبي طرفاً في بروتوكول الأسلحة النارية"
                        + " (٢١ آذار/مارس ٢٠١٤).")
                .doesNotContain("دولة واحدة");
        assertThat(march2014.select("#paragraph-en-FIREARMS").text())
                .startsWith("During the reporting period, the European Union became a party to the Firearms Protocol")
                .doesNotContain("one State");
        Document september2006 = page("/status/changes?from=2006-09-01&to=2006-09-30");
        assertThat(september2006.select("#paragraph-ar-TIP").text())
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبحت ثلاث دول والاتحاد الأوروبي أطرافاً في");
        assertThat(september2006.select("#paragraph-en-TIP").text())
                .contains("three States and the European Union became parties");
    }

    @Test
    void aPeriodThatRunsBackwardsIsRefused() throws Exception {
        String body = mvc.perform(get("/status/changes?from=2016-05-30&to=2013-12-18")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("تسبق بدايتها");
    }

    @Test
    void profileShowsNamesOverTimeActionsAndEntryIntoForce() throws Exception {
        Document page = page("/participants/CZE");
        assertThat(page.select("#participant-name").text()).isEqualTo("تشيكيا");
        assertThat(page.select("#names").text()).contains("الجمهورية التشيكية").contains("Czech Republic");
        // TIP instrument deposited 17 Dec 2014: in force for the Czech Republic on the 30th day, 16 Jan 2015.
        assertThat(page.select("#actions tbody tr").text()).contains("١٧ كانون الأول/ديسمبر ٢٠١٤")
                .contains("١٦ كانون الثاني/يناير ٢٠١٥");
        // An early ratification enters into force with the Convention itself (29 Sep 2003).
        assertThat(page("/participants/ALB").select("#actions").text()).contains("٢٩ أيلول/سبتمبر ٢٠٠٣");
    }

    @Test
    void chartCarriesTheCumulativeCounts() throws Exception {
        Document page = page("/status/chart");
        String json = page.select("#chart-data").html();
        assertThat(json).contains("\"code\":\"TIP\"").contains("\"labels\":[");
        assertThat(page.select("#chart-table tbody tr").size()).isGreaterThan(20);
        assertThat(page.select("script[src*=chart.umd]")).hasSize(1);
    }
}
