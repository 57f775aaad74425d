package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A NUL byte or another control character in a search box or a form field is dropped, not a server error. */
@SpringBootTest
@AutoConfigureMockMvc
class BadCharactersIntegrationTests {

    static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/status", "/documents", "/activities", "/working-group/recommendations", "/search",
            "/api/search", "/measures", "/status/changes", "/trust-fund/contributions"})
    void aNulInASearchIsDropped(String path) throws Exception {
        mvc.perform(get(path).param("q", "الاتجار" + NUL + "\u0007").with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isOk());
    }

    @Test
    void aBadDateIsNamedInTheReadersLanguageNotByItsParameter() throws Exception {
        String arabic = mvc.perform(get("/status").param("asOf", "2016-02-30")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(arabic).contains("تاريخ الحالة").doesNotContain("(asOf)");
        String english = mvc.perform(get("/status").param("asOf", "2016-02-30").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(english).contains("as-of date").doesNotContain("(asOf)");
        String api = mvc.perform(get("/api/treaties/TIP/changes").param("from", "x")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(api).contains("بداية الفترة").doesNotContain("(from)");
    }

    @Test
    void unknownFilterValuesAreReportedNotSilentlyDropped() throws Exception {
        String documents = mvc.perform(get("/documents").param("organ", "NO_SUCH_ORGAN").param("year", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(org.jsoup.Jsoup.parse(documents).select("#ignored-filters p").eachText())
                .hasSize(2).anyMatch(t -> t.contains("NO_SUCH_ORGAN")).allMatch(t -> t.contains("لم تُطبَّق"));
        String recommendations = mvc.perform(get("/working-group/recommendations").param("meeting", "999")
                        .param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(org.jsoup.Jsoup.parse(recommendations).select("#ignored-filters").text())
                .contains("999").contains("was not applied");
        String fine = mvc.perform(get("/documents").param("organ", "GENERAL_ASSEMBLY")).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(org.jsoup.Jsoup.parse(fine).select("#ignored-filters")).isEmpty();
    }

    @Test
    void aNulInAFormFieldIsDroppedAndTheRecordSaved() throws Exception {
        String title = "عنوان" + NUL + " تجريبي\u0001 " + System.nanoTime();
        mvc.perform(post("/documents").with(user("secretariat").roles("SECRETARIAT")).with(csrf())
                        .param("organ", "GENERAL_ASSEMBLY").param("kind", "REPORT").param("year", "2015")
                        .param("titleAr", title))
                .andExpect(status().is3xxRedirection());
        String saved = jdbc.queryForObject("select title_ar from un_document where title_ar like 'عنوان تجريبي %'"
                + " order by id desc limit 1", String.class);
        assertThat(saved).doesNotContain(NUL).doesNotContain("\u0001").startsWith("عنوان تجريبي ");
    }
}
