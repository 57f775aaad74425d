package org.tiptracker.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.web.RenderedSections;

/**
 * Signed-in users get /status with its table rendered once per data version, question, language
 * and role difference: the same HTML as rendering it afresh, never another language's or another
 * question's, never stale after a change, and the secretariat's own link only for the secretariat.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatusSectionCacheIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final String PAGE = "/status?asOf=2016-05-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    RenderedSections sections;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyCache() {
        sections.clear();
    }

    private String page(String url, RequestPostProcessor who, Cookie... cookies) throws Exception {
        var request = get(url).with(who);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        // The kept section is written into the layout rendered for this request, whole and once.
        assertThat(response.getContentLength()).isEqualTo(body.length);
        String html = new String(body, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("tracker:section").endsWith("</html>\n");
        assertThat(html.indexOf("<table")).isGreaterThan(html.indexOf("<header")).isEqualTo(html.lastIndexOf("<table"));
        return html;
    }

    private static String table(String page) {
        return page.substring(page.indexOf("<table"), page.indexOf("</table>"));
    }

    @Test
    void theTableIsRenderedOnceAndServedAlikeToEveryoneWhoAsksTheSame() throws Exception {
        String first = page(PAGE, ANALYST);
        assertThat(sections.size()).isEqualTo(1);
        String again = page(PAGE, user("focal.peru").roles("FOCAL_POINT"));
        assertThat(sections.size()).isEqualTo(1);
        assertThat(table(again)).isEqualTo(table(first)).contains("data-iso3=\"PER\"");
        assertThat(first).contains("١٨٦").doesNotContain("href=\"/actions/new\"");

        String secretariat = page(PAGE, SECRETARIAT);
        assertThat(secretariat).contains("href=\"/actions/new\"");
        assertThat(table(secretariat)).isEqualTo(table(first));
        assertThat(sections.size()).isEqualTo(2);
    }

    @Test
    void questionsAndLanguagesAreKeptApart() throws Exception {
        String arabic = page(PAGE, ANALYST);
        String english = page(PAGE, ANALYST, new Cookie(PublicPageCache.LANGUAGE_COOKIE, "en"));
        String filtered = page(PAGE + "&region=Africa&treaty=TIP&state=party", ANALYST);
        assertThat(sections.size()).isEqualTo(3);
        assertThat(english).contains("lang=\"en\"").contains("Peru").doesNotContain("بيرو");
        assertThat(arabic).contains("بيرو");
        assertThat(filtered).doesNotContain("data-iso3=\"PER\"").contains("data-iso3=\"NGA\"");
        assertThat(filtered).contains("value=\"Africa\" selected");
        // the same answer when rendered afresh
        sections.clear();
        assertThat(table(page(PAGE + "&region=Africa&treaty=TIP&state=party", ANALYST))).isEqualTo(table(filtered));
    }

    @Test
    void aRecordedActionIsVisibleToEverySignedInUserOnTheNextRequest() throws Exception {
        String iso3 = jdbc.queryForObject("select p.iso3 from participant p where p.kind = 'STATE' and exists "
                + "(select 1 from treaty_action a where a.participant_id = p.id and a.treaty_code = 'UNTOC' "
                + "and a.kind = 'SIGNATURE') and not exists (select 1 from treaty_action a where a.participant_id = p.id "
                + "and a.treaty_code = 'FIREARMS') order by p.iso3 desc limit 1", String.class);
        String row = "data-iso3=\"" + iso3 + "\"";
        assertThat(rowOf(page(PAGE, ANALYST), row)).doesNotContain("١٢ كانون الأول/ديسمبر ٢٠٠٢");

        mvc.perform(post("/actions").param("iso3", iso3).param("treaty", "FIREARMS").param("kind", "SIGNATURE")
                        .param("date", "2002-12-12").param("reason", "اختبار ذاكرة الأقسام")
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        try {
            assertThat(rowOf(page(PAGE, ANALYST), row)).contains("١٢ كانون الأول/ديسمبر ٢٠٠٢");
            assertThat(rowOf(page(PAGE, SECRETARIAT), row)).contains("١٢ كانون الأول/ديسمبر ٢٠٠٢");
        } finally {
            var action = jdbc.queryForMap("select a.id, a.version from treaty_action a join participant p "
                    + "on p.id = a.participant_id where p.iso3 = ? and a.treaty_code = 'FIREARMS'", iso3);
            mvc.perform(post("/actions/" + action.get("id") + "/delete").param("version", action.get("version").toString())
                            .param("reason", "تنظيف الاختبار").with(SECRETARIAT).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(rowOf(page(PAGE, ANALYST), row)).doesNotContain("١٢ كانون الأول/ديسمبر ٢٠٠٢");
    }

    private static String rowOf(String page, String rowMarker) {
        int start = page.indexOf(rowMarker);
        assertThat(start).as("row %s", rowMarker).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
