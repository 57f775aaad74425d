package org.tiptracker.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Upload, preview and apply through the web layer, with the security rules. Actions are added
 * only for the Smuggling of Migrants Protocol and removed again after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActionImportControllerIntegrationTests {

    static final String HEADER = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final String reason = "web import test " + UUID.randomUUID();

    @AfterEach
    void removeImportedActions() {
        for (Long id : jdbc.queryForList("select entity_id from audit_entry where operation = 'IMPORT' and reason = ?",
                Long.class, reason)) {
            jdbc.update("delete from treaty_action where id = ?", id);
        }
        jdbc.update("delete from audit_entry where operation = 'IMPORT' and reason = ?", reason);
    }

    @Test
    void theFormOffersTheFourTreaties() throws Exception {
        String html = mvc.perform(get("/actions/import").param("lang", "en").with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#import-form select[name=treaty] option[value]")).extracting(e -> e.attr("value"))
                .containsExactly("", "UNTOC", "TIP", "SOM", "FIREARMS");
        assertThat(page.select("#import-form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("#import-form").attr("enctype")).isEqualTo("multipart/form-data");
    }

    @Test
    void uploadShowsEveryRowThenApplyRecordsTheActions() throws Exception {
        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        MvcResult upload = mvc.perform(upload(csv("""
                        Yemen,15 Dec 2000,2011-01-10
                        Nepal 4,,12 Feb 2012 a
                        China,12 Dec 2000,
                        """), "SOM", reason).with(session).param("lang", "en")).andDo(session)
                .andExpect(status().isOk())
                .andReturn();
        Document preview = Jsoup.parse(upload.getResponse().getContentAsString(StandardCharsets.UTF_8));

        List<Element> rows = preview.select("#import-rows tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).select("[data-outcome]")).extracting(e -> e.attr("data-outcome")).containsExactly("new", "new");
        assertThat(rows.get(0).text()).contains("Yemen", "Signature: 15 December 2000", "Ratification: 10 January 2011");
        assertThat(rows.get(1).text()).contains("Nepal", "Accession (a): 12 February 2012");
        assertThat(rows.get(2).select("[data-outcome]")).extracting(e -> e.attr("data-outcome")).containsExactly("new");
        assertThat(preview.select("#import-summary").text()).contains("New signatures: 2", "New instruments: 2");
        String token = preview.select("#import-apply input[name=token]").attr("value");
        assertThat(token).isNotBlank();
        assertThat(preview.select("#import-apply input[name=_csrf]")).hasSize(1);
        assertThat(somActions("YEM") + somActions("NPL") + somActions("CHN")).as("nothing recorded yet").isZero();

        mvc.perform(post("/actions/import/apply").param("token", token).param("lang", "en").with(session)
                        .with(user("secretariat").roles("SECRETARIAT")).with(csrf())).andDo(session)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/status"))
                .andExpect(flash().attribute("saved", "Actions recorded by the import: 4."));

        assertThat(somActions("YEM")).isEqualTo(2);
        assertThat(somActions("NPL")).isEqualTo(1);
        assertThat(somActions("CHN")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where operation = 'IMPORT' and reason = ? "
                + "and username = 'secretariat' and before_state is null", Integer.class, reason)).isEqualTo(4);

        // The token works once.
        String again = mvc.perform(post("/actions/import/apply").param("token", token).param("lang", "en").with(session)
                        .with(user("secretariat").roles("SECRETARIAT")).with(csrf())).andDo(session)
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(again).select("#import-error").text()).contains("already been applied");
        assertThat(somActions("YEM")).isEqualTo(2);
    }

    @Test
    void aFileWithErrorsShowsThemInArabicEscapedAndOffersNoApply() throws Exception {
        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        String html = mvc.perform(upload(csv("""
                        Yemen,15 Dec 2000,2011-01-10
                        <script>alert(1)</script>,,1 Jan 2012 a
                        Nepal,,31 Feb 2012 a
                        "=HYPERLINK(""http://example.org"")",,
                        Afghanistan,14 Dec 2000,24 Sep 2003 x
                        """), "SOM", reason).with(session).param("lang", "ar")).andDo(session)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document preview = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(preview.select("#import-apply")).isEmpty();
        assertThat(preview.select("#import-invalid")).hasSize(1);
        List<Element> rows = preview.select("#import-rows tbody tr");
        assertThat(rows).extracting(e -> e.attr("data-status")).containsExactly("ok", "error", "error", "error", "error");
        assertThat(rows.get(1).text()).contains("لا يوجد مشارك باسم");
        assertThat(rows.get(2).text()).contains("ليس تاريخاً موجوداً");
        assertThat(rows.get(3).text()).contains("صيغة", "=HYPERLINK");
        assertThat(rows.get(4).text()).contains("ليس رمزاً");
        assertThat(somActions("YEM")).isZero();
    }

    @Test
    void aRuleViolationIsShownInTheUsersLanguage() throws Exception {
        String html = mvc.perform(upload(csv("Somalia,,1 Jan 2010 a\n"), "SOM", reason).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element row = Jsoup.parse(html).selectFirst("#import-rows tbody tr");
        assertThat(row.attr("data-status")).isEqualTo("error");
        assertThat(row.select("[data-outcome=error]").text())
                .doesNotContain("treaty.rule")
                .contains("Smuggling of Migrants Protocol", "1 January 2010");
    }

    @Test
    void aRefusedFileShowsTheFormWithTheReason() throws Exception {
        byte[] latin1 = (HEADER + "Côte d'Ivoire,15 Dec 2000,25 Oct 2012\n").getBytes(StandardCharsets.ISO_8859_1);
        String html = mvc.perform(upload(latin1, "UNTOC", reason).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#import-error").text()).contains("not UTF-8");

        html = mvc.perform(upload(csv("Yemen,15 Dec 2000,\n"), "SOM", "").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#import-error").text()).contains("Say why");

        html = mvc.perform(upload("Name,Date\nYemen,2000-12-15\n".getBytes(StandardCharsets.UTF_8), "SOM", reason)
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#import-error").text()).contains("not the header");
    }

    @Test
    void anUnknownTokenIsRefusedClearly() throws Exception {
        String html = mvc.perform(post("/actions/import/apply").param("token", "no-such-token").param("lang", "en")
                        .with(user("secretariat").roles("SECRETARIAT")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#import-error").text()).contains("no longer available");
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(multipart("/actions/import").file(file(csv("Yemen,15 Dec 2000,\n")))
                        .param("treaty", "SOM").param("reason", reason).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(get("/actions/import"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        assertThat(somActions("YEM")).isZero();
    }

    @Test
    void analystsMayNotImport() throws Exception {
        mvc.perform(multipart("/actions/import").file(file(csv("Yemen,15 Dec 2000,\n")))
                        .param("treaty", "SOM").param("reason", reason)
                        .with(user("analyst").roles("ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actions/import").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/actions/import/apply").param("token", "x").with(user("analyst").roles("ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/actions/import").file(file(csv("Yemen,15 Dec 2000,\n")))
                        .param("treaty", "SOM").param("reason", reason)
                        .with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/actions/import/apply").param("token", "x").with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isForbidden());
        assertThat(somActions("YEM")).isZero();
    }

    private static MockMultipartHttpServletRequestBuilder upload(byte[] content, String treaty, String reason) {
        MockMultipartHttpServletRequestBuilder request = multipart("/actions/import").file(file(content));
        request.param("treaty", treaty).param("reason", reason)
                .with(user("secretariat").roles("SECRETARIAT")).with(csrf());
        return request;
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "untc.csv", "text/csv", content);
    }

    private int somActions(String iso3) {
        return jdbc.queryForObject("select count(*) from treaty_action a join participant p on p.id = a.participant_id "
                + "where p.iso3 = ? and a.treaty_code = 'SOM'", Integer.class, iso3);
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }
}
