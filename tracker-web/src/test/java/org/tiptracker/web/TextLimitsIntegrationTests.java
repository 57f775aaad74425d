package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Forms at a field's limit save; one character more is refused on that field, never by the database (500). */
@SpringBootTest
@AutoConfigureMockMvc
class TextLimitsIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder document(String session, String number) {
        return post("/documents").with(SECRETARIAT).with(csrf()).param("organ", "GENERAL_ASSEMBLY").param("kind", "REPORT")
                .param("year", "2015").param("titleAr", "وثيقة اختبار الحدود " + System.nanoTime())
                .param("session", session).param("number", number);
    }

    private MockHttpServletRequestBuilder cycle(String noteReference, String resolution) {
        return post("/cycles").with(SECRETARIAT).with(csrf()).param("titleAr", "دورة اختبار الحدود " + System.nanoTime())
                .param("titleEn", "Limits test cycle").param("noteReference", noteReference).param("resolution", resolution)
                .param("periodStart", "2013-12-18").param("periodEnd", "2016-04-01").param("deadline", "2016-04-30")
                .param("status", "DRAFT").param("allMembers", "true");
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void aDocumentsSessionAtItsLimitAndOnePast() throws Exception {
        mvc.perform(document("s".repeat(40), "")).andExpect(status().is3xxRedirection());
        Document page = refused(document("s".repeat(41), ""));
        assertThat(page.select("#session.is-invalid, #session ~ .invalid-feedback, [id=session-error]").text()
                + page.select(".invalid-feedback").text()).contains("٤٠");
    }

    @Test
    void aCyclesNoteReferenceAndResolutionAtTheirLimitAndOnePast() throws Exception {
        mvc.perform(cycle("N".repeat(100), "A/RES/" + "7".repeat(94))).andExpect(status().is3xxRedirection());
        assertThat(refused(cycle("N".repeat(101), "A/RES/70/179")).select(".invalid-feedback").text()).contains("١٠٠");
        assertThat(refused(cycle("NV/1", "A".repeat(101))).select(".invalid-feedback").text()).contains("١٠٠");
    }
}
