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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Anonymous visitors get the status pages from the rendered-page cache; the cache never serves a
 * page after the data changed, never mixes languages, and never serves signed-in users.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPageCacheIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final String PAGE = "/status?asOf=2016-05-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageCache cache;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyCache() {
        cache.clear();
    }

    private String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondAnonymousRequestIsServedFromTheCacheWithTheSameContent() throws Exception {
        MvcResult first = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn();
        assertThat(cache.size()).isEqualTo(1);
        MvcResult second = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn();
        assertThat(cache.size()).isEqualTo(1);
        assertThat(body(second)).isEqualTo(body(first)).contains("dir=\"rtl\"").contains("١٨٦");
        assertThat(second.getResponse().getContentType()).startsWith("text/html").contains("UTF-8");
        assertThat(second.getResponse().getHeader("Content-Language")).isEqualTo("ar");
    }

    @Test
    void languagesAreCachedApart() throws Exception {
        String arabic = body(mvc.perform(get(PAGE)).andReturn());
        String english = body(mvc.perform(get(PAGE).cookie(new Cookie(PublicPageCache.LANGUAGE_COOKIE, "en")))
                .andExpect(status().isOk()).andReturn());
        assertThat(arabic).contains("lang=\"ar\"");
        assertThat(english).contains("lang=\"en\"").contains("186");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(body(mvc.perform(get(PAGE)).andReturn())).isEqualTo(arabic);
    }

    @Test
    void signedInUsersAreNeverServedFromTheCache() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isOk());
        String signedIn = body(mvc.perform(get(PAGE).with(SECRETARIAT)).andExpect(status().isOk()).andReturn());
        assertThat(signedIn).contains("href=\"/actions/new\"");
        assertThat(body(mvc.perform(get(PAGE)).andReturn())).doesNotContain("href=\"/actions/new\"");
    }

    @Test
    void errorsAreNotCached() throws Exception {
        mvc.perform(get("/status?asOf=2016-02-30")).andExpect(status().isBadRequest());
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRecordedChangeIsVisibleAtOnce() throws Exception {
        String iso3 = jdbc.queryForObject("select p.iso3 from participant p where p.kind = 'STATE' and exists "
                + "(select 1 from treaty_action a where a.participant_id = p.id and a.treaty_code = 'UNTOC' "
                + "and a.kind = 'SIGNATURE') and not exists (select 1 from treaty_action a where a.participant_id = p.id "
                + "and a.treaty_code = 'FIREARMS') order by p.iso3 limit 1", String.class);
        String before = body(mvc.perform(get(PAGE)).andReturn());
        String row = "data-iso3=\"" + iso3 + "\"";
        assertThat(rowOf(before, row)).doesNotContain("١١ كانون الأول/ديسمبر ٢٠٠٢");

        mvc.perform(post("/actions").param("iso3", iso3).param("treaty", "FIREARMS").param("kind", "SIGNATURE")
                        .param("date", "2002-12-11").param("reason", "اختبار ذاكرة الصفحات")
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        try {
            String after = body(mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn());
            assertThat(rowOf(after, row)).contains("١١ كانون الأول/ديسمبر ٢٠٠٢");
        } finally {
            var action = jdbc.queryForMap("select a.id, a.version from treaty_action a join participant p "
                    + "on p.id = a.participant_id where p.iso3 = ? and a.treaty_code = 'FIREARMS'", iso3);
            mvc.perform(post("/actions/" + action.get("id") + "/delete").param("version", action.get("version").toString())
                            .param("reason", "تنظيف الاختبار").with(SECRETARIAT).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
    }

    private static String rowOf(String page, String rowMarker) {
        int start = page.indexOf(rowMarker);
        assertThat(start).as("row %s", rowMarker).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
