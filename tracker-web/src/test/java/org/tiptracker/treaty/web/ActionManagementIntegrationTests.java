package org.tiptracker.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Secretariat staff record, correct and delete treaty actions through the forms: rules give
 * Arabic messages next to the form, conflicts are reported, every change is in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActionManagementIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder form(String url, String... fields) {
        MockHttpServletRequestBuilder request = post(url);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private Long actionId(String iso3, String treaty, String kind) {
        return jdbc.queryForObject("select a.id from treaty_action a join participant p on p.id = a.participant_id "
                + "where p.iso3 = ? and a.treaty_code = ? and a.kind = ?", Long.class, iso3, treaty, kind);
    }

    @Test
    void aReservationIsRecordedWithItsTextEscapedAndAudited() throws Exception {
        String text = "<script>alert('x')</script> تحفظ على المادة 15(2)";
        mvc.perform(form("/actions", "iso3", "DZA", "treaty", "TIP", "kind", "RESERVATION", "date", "2004-03-09",
                        "text", text, "reason", "تسجيل تحفظ الجزائر").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/participants/DZA"));
        Long id = actionId("DZA", "TIP", "RESERVATION");
        assertThat(jdbc.queryForObject("select text from treaty_action where id = ?", String.class, id)).isEqualTo(text);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ? and operation = 'CREATE' "
                + "and username = 'secretariat' and reason = 'تسجيل تحفظ الجزائر'", Integer.class, id)).isEqualTo(1);
        String profile = mvc.perform(get("/participants/DZA")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");

        // Delete it again, with a reason; the audit trail keeps the before state.
        long version = jdbc.queryForObject("select version from treaty_action where id = ?", Long.class, id);
        mvc.perform(form("/actions/" + id + "/delete", "version", Long.toString(version), "reason", "تجربة")
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(redirectedUrl("/participants/DZA"));
        assertThat(jdbc.queryForObject("select before_state from audit_entry where entity_id = ? and operation = 'DELETE'",
                String.class, id)).contains("kind=RESERVATION");
        assertThat(jdbc.queryForObject("select count(*) from treaty_action where id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aDateInArabicIndicDigitsIsAccepted() throws Exception {
        mvc.perform(form("/actions", "iso3", "MAR", "treaty", "TIP", "kind", "RESERVATION", "date", "٢٠١١-٠٤-٢٥",
                        "text", "تحفظ تجريبي", "reason", "تاريخ بالأرقام العربية").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long id = actionId("MAR", "TIP", "RESERVATION");
        assertThat(jdbc.queryForObject("select action_date from treaty_action where id = ?", java.time.LocalDate.class, id))
                .isEqualTo(java.time.LocalDate.of(2011, 4, 25));
        mvc.perform(get("/status").param("asOf", "٢٠١٦-٠٥-٣٠")).andExpect(status().isOk());
        mvc.perform(get("/api/treaties/TIP/status").param("asOf", "٢٠١٦-٠٥-٣٠"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.parties").value(169));
        long version = jdbc.queryForObject("select version from treaty_action where id = ?", Long.class, id);
        mvc.perform(form("/actions/" + id + "/delete", "version", Long.toString(version), "reason", "تجربة")
                .with(SECRETARIAT).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void ruleViolationsAreShownInArabicAndNothingIsSaved() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from treaty_action", Integer.class);
        // Signature after the deadline of 12 December 2002.
        String page = mvc.perform(form("/actions", "iso3", "BTN", "treaty", "SOM", "kind", "SIGNATURE", "date", "2010-01-01",
                        "reason", "اختبار").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("١٢ كانون الأول/ديسمبر ٢٠٠٢").contains("بروتوكول تهريب المهاجرين");
        // A Protocol before the Convention: Bhutan is not a party to UNTOC in 2010.
        String protocol = mvc.perform(form("/actions", "iso3", "BTN", "treaty", "SOM", "kind", "ACCESSION", "date", "2010-01-01",
                        "reason", "اختبار").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(protocol).contains("إلا من كان طرفاً في الاتفاقية");
        // A date in the future, and a missing reason (shown next to its field).
        String future = mvc.perform(form("/actions", "iso3", "BTN", "treaty", "SOM", "kind", "ACCESSION", "date", "2099-01-01",
                        "reason", "").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(future).contains("يرجى بيان سبب هذا التغيير");
        assertThat(jdbc.queryForObject("select count(*) from treaty_action", Integer.class)).isEqualTo(before);
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheUsersInput() throws Exception {
        Long id = actionId("ALB", "TIP", "SIGNATURE");
        long version = jdbc.queryForObject("select version from treaty_action where id = ?", Long.class, id);
        String date = jdbc.queryForObject("select action_date::text from treaty_action where id = ?", String.class, id);
        // Someone else corrects the source meanwhile.
        mvc.perform(form("/actions/" + id, "iso3", "ALB", "treaty", "TIP", "kind", "SIGNATURE", "date", date,
                        "source", "UNTC, corrected", "reason", "first", "version", Long.toString(version))
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(form("/actions/" + id, "iso3", "ALB", "treaty", "TIP", "kind", "SIGNATURE",
                        "date", date, "source", "my own source text", "reason", "second", "version", Long.toString(version))
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("my own source text").contains("source=UNTC, corrected").contains("عدّل شخص آخر");
        assertThat(jdbc.queryForObject("select source from treaty_action where id = ?", String.class, id))
                .isEqualTo("UNTC, corrected");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ? and operation = 'UPDATE'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void depositaryDataWithoutSignatureCanBeRecordedAndCorrectedWhenConfirmed() throws Exception {
        String refused = mvc.perform(form("/actions", "iso3", "BTN", "treaty", "FIREARMS", "kind", "RATIFICATION",
                        "date", "2024-01-10", "reason", "اختبار").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("وإلا فيُسجَّل انضمام");
        mvc.perform(form("/actions", "iso3", "BTN", "treaty", "FIREARMS", "kind", "RATIFICATION", "date", "2024-01-10",
                        "reason", "كما يسجله الوديع", "depositaryRecord", "true").with(SECRETARIAT).with(csrf()))
                .andExpect(redirectedUrl("/participants/BTN"));
        Long id = actionId("BTN", "FIREARMS", "RATIFICATION");
        long version = jdbc.queryForObject("select version from treaty_action where id = ?", Long.class, id);
        mvc.perform(form("/actions/" + id + "/delete", "version", Long.toString(version), "reason", "تجربة")
                .with(SECRETARIAT).with(csrf())).andExpect(redirectedUrl("/participants/BTN"));

        // Antigua and Barbuda's TIP ratification is listed without a signature: correcting its source still works.
        Long atg = actionId("ATG", "TIP", "RATIFICATION");
        long atgVersion = jdbc.queryForObject("select version from treaty_action where id = ?", Long.class, atg);
        mvc.perform(form("/actions/" + atg, "iso3", "ATG", "treaty", "TIP", "kind", "RATIFICATION", "date", "2010-02-17",
                        "source", "UNTC", "reason", "source checked", "version", Long.toString(atgVersion))
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(redirectedUrl("/participants/ATG"));
    }

    @Test
    void onlySecretariatAndAdminMayChangeAnything() throws Exception {
        mvc.perform(get("/actions/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(form("/actions", "iso3", "BTN", "treaty", "SOM", "kind", "ACCESSION", "date", "2024-01-01",
                "reason", "x").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actions/new").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("focal").roles("FOCAL_POINT"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        // No CSRF token: refused even for the secretariat.
        mvc.perform(form("/actions", "iso3", "BTN", "treaty", "SOM", "kind", "ACCESSION", "date", "2024-01-01",
                "reason", "x").with(SECRETARIAT)).andExpect(status().isForbidden());
        mvc.perform(form("/actions", "iso3", "BTN", "treaty", "SOM", "kind", "ACCESSION", "date", "2024-01-01",
                "reason", "x").with(SECRETARIAT).with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }
}
