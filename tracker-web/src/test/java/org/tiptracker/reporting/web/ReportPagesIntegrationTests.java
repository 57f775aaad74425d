package org.tiptracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.account.AppUserRepository;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * The measure-report pages through HTTP on the real database: the workflow from draft to
 * acceptance, who may do what, conflicts between two editors, the history, escaping and CSRF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesIntegrationTests {

    static final RequestPostProcessor FOCAL = user("focal.argentina").roles("FOCAL_POINT");
    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CycleService cycles;

    @Autowired
    AppUserRepository users;

    @Autowired
    ParticipantRepository participants;

    RequestPostProcessor other;
    long cycleId;

    @BeforeEach
    void setUp() {
        cycleId = ReportTestSupport.openCycle(cycles, "CHL");
        other = user(ReportTestSupport.focalPoint(users, participants, "CHL")).roles("FOCAL_POINT");
    }

    // ------------------------------------------------------------------ helpers

    private long openReport(RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(post("/reports/open").param("cycleId", Long.toString(cycleId)).with(who).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).matches("/reports/\\d+/edit");
        return Long.parseLong(url.replaceAll("\\D", ""));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from measure_report where id = ?", Long.class, id);
    }

    private String reportStatus(long id) {
        return jdbc.queryForObject("select status from measure_report where id = ?", String.class, id);
    }

    private List<String> titles(long id) {
        return jdbc.queryForList("select title from measure where report_id = ? order by position", String.class, id);
    }

    private static MockHttpServletRequestBuilder form(String url, List<String> fields) {
        MockHttpServletRequestBuilder request = post(url);
        for (int i = 0; i < fields.size(); i += 2) {
            request.param(fields.get(i), fields.get(i + 1));
        }
        return request;
    }

    private static List<String> fields(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(o -> out.add(String.valueOf(o)));
            } else {
                out.add(String.valueOf(part));
            }
        }
        return out;
    }

    private MvcResult save(long id, long version, String action, RequestPostProcessor who, List<String> measures)
            throws Exception {
        return mvc.perform(form("/reports/" + id, fields("version", version, "action", action, measures)).with(who).with(csrf()))
                .andReturn();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return body(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn());
    }

    private static List<String> complete(int i, String title) {
        return ReportTestSupport.measure(i, "PREVENTION", "AWARENESS_CAMPAIGN", title,
                "حملة وطنية للتوعية بمخاطر الاتجار بالأشخاص في المدارس والجامعات.", "2024-03-01");
    }

    // ------------------------------------------------------------------ the workflow

    @Test
    void draftSubmitWithProblemsFixReturnResubmitAccept() throws Exception {
        // The focal point sees the open cycle on /my and starts the report.
        Document my = Jsoup.parse(page("/my", FOCAL));
        assertThat(my.select("#open-cycles tr[data-cycle-id=" + cycleId + "]")).hasSize(1);
        long id = openReport(FOCAL);
        assertThat(reportStatus(id)).isEqualTo("DRAFT");
        Document edit = Jsoup.parse(page("/reports/" + id + "/edit", FOCAL));
        assertThat(edit.select("#report-form input[name=version]").val()).isEqualTo(Long.toString(version(id)));

        // A draft may be incomplete: heading and title only.
        MvcResult saved = save(id, version(id), "save", FOCAL,
                fields("measures[0].heading", "PREVENTION", "measures[0].title", "حملة توعية"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id + "/edit");
        assertThat(titles(id)).containsExactly("حملة توعية");

        // A figure that is not a number: nothing saved, the message is next to the field, the text is kept.
        long before = version(id);
        MvcResult bad = save(id, before, "save", FOCAL, fields(complete(0, "حملة توعية معدلة"),
                "measures[0].investigations", "كثير"));
        Document badPage = Jsoup.parse(body(bad));
        assertThat(badPage.select("#m0-investigations.is-invalid")).hasSize(1);
        assertThat(badPage.select("#m0-investigations + .invalid-feedback").text()).isEqualTo("أدخل عدداً صحيحاً (أرقاماً فقط).");
        assertThat(badPage.select("#m0-title").val()).isEqualTo("حملة توعية معدلة");
        assertThat(badPage.select("#m0-investigations").val()).isEqualTo("كثير");
        assertThat(version(id)).isEqualTo(before);
        assertThat(titles(id)).containsExactly("حملة توعية");

        // Submit with problems: every problem at once, in Arabic, next to its field; the text is saved as a draft.
        MvcResult problems = save(id, version(id), "submit", FOCAL, fields(
                ReportTestSupport.measure(0, "PREVENTION", "", "حملة توعية", "", "2024-03-01"),
                ReportTestSupport.measure(1, "", "TRAINING", "تدريب القضاة", "دورات تدريبية للقضاة", "")));
        assertThat(problems.getResponse().getStatus()).isEqualTo(200);
        Document problemPage = Jsoup.parse(body(problems));
        assertThat(problemPage.select("#problem-summary li")).hasSize(4);
        assertThat(problemPage.select("#m0-typeCode + .invalid-feedback").text()).isEqualTo("اختر نوع التدبير.");
        assertThat(problemPage.select("#m0-description + .invalid-feedback").text()).isEqualTo("صِف التدبير.");
        assertThat(problemPage.select("#m1-heading + .invalid-feedback").text()).isEqualTo("اختر العنوان.");
        assertThat(problemPage.select("#m1-startDate + .invalid-feedback").text()).isEqualTo("أدخل تاريخ البدء.");
        assertThat(problemPage.select("#m1-title").val()).isEqualTo("تدريب القضاة");
        assertThat(problemPage.select("#m1-heading option[selected]").val()).isEmpty();
        assertThat(reportStatus(id)).isEqualTo("DRAFT");
        assertThat(titles(id)).containsExactly("حملة توعية", "تدريب القضاة");
        // The form goes on from the version just saved.
        assertThat(problemPage.select("input[name=version]").val()).isEqualTo(Long.toString(version(id)));

        // Fixed and submitted (figures in Arabic-Indic digits are read).
        MvcResult submitted = save(id, version(id), "submit", FOCAL, fields(complete(0, "حملة توعية"),
                ReportTestSupport.measure(1, "PROSECUTION", "TRAINING", "تدريب القضاة", "دورات تدريبية للقضاة", "2024-05-01"),
                "measures[1].peopleTrained", "١٢٠", "measures[1].targetGroups", "CRIMINAL_JUSTICE_OFFICIALS"));
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id);
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select people_trained from measure where report_id = ? and position = 1",
                Integer.class, id)).isEqualTo(120);

        // Read-only to the focal point now.
        mvc.perform(get("/reports/" + id + "/edit").with(FOCAL)).andExpect(redirectedUrl("/reports/" + id));
        long submittedVersion = version(id);
        Document refused = Jsoup.parse(body(save(id, submittedVersion, "save", FOCAL, complete(0, "تغيير بعد التقديم"))));
        assertThat(refused.select("#error-text").text()).contains("لم يعد من الممكن تعديل هذا التقرير");
        assertThat(refused.select("#m0-title").val()).isEqualTo("تغيير بعد التقديم");
        assertThat(version(id)).isEqualTo(submittedVersion);
        Document view = Jsoup.parse(page("/reports/" + id, FOCAL));
        assertThat(view.select("#edit-link, #decision")).isEmpty();
        // It says why (submitted, on which date, by whom, awaiting review) and who can return it.
        String submittedOn = org.tiptracker.arabic.UnArabic.arabicIndic()
                .date(jdbc.queryForObject("select submitted_at from measure_report where id = ?",
                        java.sql.Timestamp.class, id).toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        assertThat(view.select("#awaiting-review").text())
                .contains("قُدِّم هذا التقرير في " + submittedOn).contains("focal.argentina")
                .contains("ينتظر استعراض الأمانة").contains("إلا الأمانة");
        // Its focal point reads its history.
        assertThat(view.select("#history-link").attr("href")).isEqualTo("/reports/" + id + "/history");
        Document own = Jsoup.parse(page("/reports/" + id + "/history", FOCAL));
        assertThat(own.select(".history-operation").eachText()).contains("التقديم", "بدء التقرير");
        String english = page("/reports/" + id + "?lang=en", FOCAL);
        assertThat(Jsoup.parse(english).select("#awaiting-review").text())
                .contains("submitted on").contains("awaits the secretariat's review")
                .contains("Only the secretariat can return it");
        // The secretariat is not told so: it decides.
        assertThat(Jsoup.parse(page("/reports/" + id, SECRETARIAT)).select("#awaiting-review")).isEmpty();
        // Measures under their headings, in order; figures and dates UN Arabic style.
        assertThat(view.select(".heading-group").eachAttr("data-heading"))
                .containsExactly("LEGISLATION", "PREVENTION", "PROSECUTION", "PROTECTION", "PARTNERSHIPS");
        assertThat(view.select(".heading-group[data-heading=PROSECUTION] .measure").text())
                .contains("تدريب القضاة").contains("١٢٠").contains("١ أيار/مايو ٢٠٢٤").contains("موظفو العدالة الجنائية");

        // The secretariat must give a reason to return it.
        mvc.perform(post("/reports/" + id + "/return").param("version", Long.toString(submittedVersion)).param("comment", "  ")
                        .with(SECRETARIAT).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("returnError", "اذكر سبب إعادة التقرير."));
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        Document decision = Jsoup.parse(page("/reports/" + id, SECRETARIAT));
        assertThat(decision.select("#accept-form, #return-form, #history-link")).hasSize(3);
        mvc.perform(post("/reports/" + id + "/return").param("version", Long.toString(submittedVersion))
                        .param("comment", "يرجى ذكر عدد المستفيدين من الحملة.").with(SECRETARIAT).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(reportStatus(id)).isEqualTo("RETURNED");

        // The focal point sees the comment prominently, revises and resubmits.
        Document returned = Jsoup.parse(page("/reports/" + id, FOCAL));
        assertThat(returned.select("#return-comment").text()).contains("يرجى ذكر عدد المستفيدين من الحملة.");
        assertThat(returned.select("#edit-link")).hasSize(1);
        Document revise = Jsoup.parse(page("/reports/" + id + "/edit", FOCAL));
        assertThat(revise.select("#return-comment").text()).contains("يرجى ذكر عدد المستفيدين");
        assertThat(revise.select("#m1-peopleTrained").val()).isEqualTo("120");
        MvcResult resubmitted = save(id, version(id), "submit", FOCAL, fields(complete(0, "حملة توعية"),
                "measures[0].victimsAssisted", "35"));
        assertThat(resubmitted.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id);
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        assertThat(titles(id)).containsExactly("حملة توعية");

        mvc.perform(post("/reports/" + id + "/accept").param("version", Long.toString(version(id))).with(SECRETARIAT).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(reportStatus(id)).isEqualTo("ACCEPTED");

        // The history, newest first, with the steps and the text before and after.
        Document history = Jsoup.parse(page("/reports/" + id + "/history", SECRETARIAT));
        assertThat(history.select(".history-operation").eachText()).startsWith("القبول", "التقديم", "الإعادة للتنقيح");
        assertThat(history.select(".history-operation").eachText()).contains("بدء التقرير", "حفظ المسودة");
        assertThat(history.select(".history-reason").text()).contains("يرجى ذكر عدد المستفيدين من الحملة.");
        assertThat(history.select(".history-user").eachText()).contains("secretariat", "focal.argentina");
        // The resubmission removed the training measure: it is in "before", not in "after", and marked removed.
        var resubmission = history.select(".history-entry").get(1);
        assertThat(resubmission.select(".history-before").text()).contains("تدريب القضاة");
        assertThat(resubmission.select(".history-after").text()).doesNotContain("تدريب القضاة");
        assertThat(resubmission.select(".diff-removed").text()).contains("تدريب القضاة");
    }

    // ------------------------------------------------------------------ who may do what

    @Test
    void accessMatrix() throws Exception {
        long id = openReport(FOCAL);
        save(id, version(id), "save", FOCAL, complete(0, "تدبير أرجنتيني"));
        String base = "/reports/" + id;

        // Reading the report.
        for (RequestPostProcessor who : List.of(ADMIN, SECRETARIAT, ANALYST, FOCAL)) {
            mvc.perform(get(base).with(who)).andExpect(status().isOk());
        }
        String notFound = body(mvc.perform(get(base).with(other)).andExpect(status().isNotFound()).andReturn());
        assertThat(notFound).doesNotContain("تدبير أرجنتيني");
        // The per-participant view.
        for (RequestPostProcessor who : List.of(ADMIN, SECRETARIAT, ANALYST, FOCAL)) {
            mvc.perform(get("/participants/ARG/reports").with(who)).andExpect(status().isOk());
        }
        mvc.perform(get("/participants/ARG/reports").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/participants/ARG/reports")).andExpect(redirectedUrl("/login"));
        // History: the secretariat and the report's own focal point; another State's is not told it exists.
        mvc.perform(get(base + "/history").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get(base + "/history").with(SECRETARIAT)).andExpect(status().isOk());
        mvc.perform(get(base + "/history").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/history").with(FOCAL)).andExpect(status().isOk());
        String otherHistory = body(mvc.perform(get(base + "/history").with(other)).andExpect(status().isNotFound()).andReturn());
        assertThat(otherHistory).doesNotContain("تدبير أرجنتيني").doesNotContain("focal.argentina");
        assertThat(Jsoup.parse(page(base, ANALYST)).select("#history-link")).isEmpty();
        // The edit page.
        for (RequestPostProcessor who : List.of(ADMIN, SECRETARIAT, FOCAL)) {
            mvc.perform(get(base + "/edit").with(who)).andExpect(status().isOk());
        }
        mvc.perform(get(base + "/edit").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/edit").with(other)).andExpect(status().isNotFound());

        // Refused changes leave the report as it was.
        long version = version(id);
        Map<RequestPostProcessor, Integer> refusedEdit = Map.of(ANALYST, 403, other, 404);
        for (var entry : refusedEdit.entrySet()) {
            for (String action : List.of("save", "submit")) {
                assertThat(save(id, version, action, entry.getKey(), complete(0, "تغيير مرفوض")).getResponse().getStatus())
                        .isEqualTo(entry.getValue());
            }
        }
        // An analyst "opening" the report only reads it; nothing is created or changed.
        mvc.perform(post("/reports/open").param("cycleId", Long.toString(cycleId)).param("participantId",
                participantId("ARG").toString()).with(ANALYST).with(csrf())).andExpect(redirectedUrl(base));
        Map<RequestPostProcessor, Integer> refusedDecision = Map.of(ANALYST, 403, FOCAL, 403, other, 404);
        for (var entry : refusedDecision.entrySet()) {
            mvc.perform(post(base + "/accept").param("version", Long.toString(version)).with(entry.getKey()).with(csrf()))
                    .andExpect(status().is(entry.getValue()));
            mvc.perform(post(base + "/return").param("version", Long.toString(version)).param("comment", "سبب")
                    .with(entry.getKey()).with(csrf())).andExpect(status().is(entry.getValue()));
        }
        assertThat(version(id)).isEqualTo(version);
        assertThat(titles(id)).containsExactly("تدبير أرجنتيني");
        assertThat(reportStatus(id)).isEqualTo("DRAFT");
        // The other State's focal point was refused and the refusal was logged (not shown): still "not found".

        // Allowed: the secretariat (and an administrator) may save and submit on the State's behalf, then decide.
        assertThat(save(id, version(id), "save", SECRETARIAT, complete(0, "تعديل الأمانة")).getResponse().getStatus()).isEqualTo(302);
        assertThat(save(id, version(id), "save", ADMIN, complete(0, "تعديل المدير")).getResponse().getStatus()).isEqualTo(302);
        assertThat(save(id, version(id), "submit", FOCAL, complete(0, "تدبير أرجنتيني")).getResponse().getStatus()).isEqualTo(302);
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        mvc.perform(post(base + "/return").param("version", Long.toString(version(id))).param("comment", "سبب")
                .with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(reportStatus(id)).isEqualTo("RETURNED");
        assertThat(save(id, version(id), "submit", SECRETARIAT, complete(0, "تدبير أرجنتيني")).getResponse().getStatus()).isEqualTo(302);
        mvc.perform(post(base + "/accept").param("version", Long.toString(version(id))).with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reportStatus(id)).isEqualTo("ACCEPTED");

        // /my: the focal point's page; the secretariat is pointed to the cycles.
        mvc.perform(get("/my").with(FOCAL)).andExpect(status().isOk());
        Document secretariatMy = Jsoup.parse(page("/my", SECRETARIAT));
        assertThat(secretariatMy.select("#my-other a[href=/cycles]")).hasSize(1);
        mvc.perform(get("/my")).andExpect(status().is3xxRedirection());
    }

    private Long participantId(String iso3) {
        return participants.findByIso3(iso3).orElseThrow().getId();
    }

    @Test
    void theOtherStatesFocalPointOpensOnlyItsOwnReport() throws Exception {
        long own = openReport(other);
        long argentina = openReport(FOCAL);
        assertThat(own).isNotEqualTo(argentina);
        assertThat(jdbc.queryForObject("select p.iso3 from measure_report r join participant p on p.id = r.participant_id "
                + "where r.id = ?", String.class, own)).isEqualTo("CHL");
        Document mine = Jsoup.parse(page("/my", other));
        assertThat(mine.select("#open-cycles tr[data-cycle-id=" + cycleId + "]")).hasSize(1);
        mvc.perform(get("/participants/CHL/reports").with(FOCAL)).andExpect(status().isNotFound());
        mvc.perform(get("/participants/CHL/reports").with(other)).andExpect(status().isOk());
    }

    // ------------------------------------------------------------------ two editors

    @Test
    void theSecondSaveWithTheSameVersionGetsTheConflictPageWithBothTexts() throws Exception {
        long id = openReport(FOCAL);
        save(id, version(id), "save", FOCAL, complete(0, "العنوان الأصلي"));
        long loaded = version(id);

        MvcResult first = save(id, loaded, "save", SECRETARIAT, fields(complete(0, "نص الأمانة المعدل"),
                complete(1, "تدبير أضافته الأمانة")));
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        long afterFirst = version(id);

        MvcResult second = save(id, loaded, "save", FOCAL, complete(0, "نص جهة الاتصال"));
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        Document conflict = Jsoup.parse(body(second));
        assertThat(conflict.select("#conflict").text()).contains("حفظ شخص آخر هذا التقرير").contains("secretariat");
        // Both texts: the user's in the form, the stored one next to it.
        assertThat(conflict.select("#m0-title").val()).isEqualTo("نص جهة الاتصال");
        assertThat(conflict.select("#conflict-current .measure-title").text()).contains("نص الأمانة المعدل")
                .contains("تدبير أضافته الأمانة");
        assertThat(conflict.select("#conflict-differences li").eachText()).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("تغيَّر").contains("العنوان"))
                .anySatisfy(t -> assertThat(t).contains("أضيف").contains("تدبير أضافته الأمانة"));
        // Nothing was overwritten; the form now carries the stored version, so saving again is deliberate.
        assertThat(titles(id)).containsExactly("نص الأمانة المعدل", "تدبير أضافته الأمانة");
        assertThat(version(id)).isEqualTo(afterFirst);
        assertThat(conflict.select("input[name=version]").val()).isEqualTo(Long.toString(afterFirst));
        assertThat(conflict.select("#report-form").attr("data-autosave")).isEqualTo("false");

        MvcResult deliberate = save(id, afterFirst, "save", FOCAL, complete(0, "نص جهة الاتصال"));
        assertThat(deliberate.getResponse().getStatus()).isEqualTo(302);
        assertThat(titles(id)).containsExactly("نص جهة الاتصال");
        // And the history keeps the secretariat's text that was replaced.
        Document history = Jsoup.parse(page("/reports/" + id + "/history", SECRETARIAT));
        assertThat(history.select(".history-entry").first().select(".history-before").text()).contains("نص الأمانة المعدل");
        assertThat(history.select(".history-entry").first().select(".history-after").text()).contains("نص جهة الاتصال");
    }

    @Test
    void autosaveAnswersInJsonAndRefusesAStaleVersion() throws Exception {
        long id = openReport(FOCAL);
        long v = version(id);
        MvcResult ok = mvc.perform(form("/reports/" + id, fields("version", v, "action", "save", complete(0, "حفظ تلقائي")))
                .header("X-Report-Autosave", "1").with(FOCAL).with(csrf())).andExpect(status().isOk()).andReturn();
        assertThat(body(ok)).contains("\"version\":" + version(id));
        assertThat(titles(id)).containsExactly("حفظ تلقائي");
        mvc.perform(form("/reports/" + id, fields("version", v, "action", "save", complete(0, "قديم")))
                .header("X-Report-Autosave", "1").with(FOCAL).with(csrf())).andExpect(status().isConflict());
        assertThat(titles(id)).containsExactly("حفظ تلقائي");
        // A fresh token for the script once the user is signed in; a redirect to the login page otherwise.
        assertThat(page("/reports/session", FOCAL)).contains("\"token\"");
        mvc.perform(get("/reports/session")).andExpect(status().is3xxRedirection());
    }

    @Test
    void autosaveAnswersJsonWhenRefused() throws Exception {
        long id = openReport(FOCAL);
        long v = version(id);
        // Another State's focal point, an unknown report, a stale CSRF token, nobody signed in: JSON every time.
        MvcResult other = mvc.perform(form("/reports/" + id, fields("version", v, "action", "save", complete(0, "x")))
                .header("X-Report-Autosave", "1").with(this.other).with(csrf())).andReturn();
        assertThat(other.getResponse().getStatus()).isIn(403, 404);
        assertThat(other.getResponse().getContentType()).startsWith("application/json");
        MvcResult missing = mvc.perform(form("/reports/999999999", fields("version", v, "action", "save", complete(0, "x")))
                .header("X-Report-Autosave", "1").with(FOCAL).with(csrf())).andExpect(status().isNotFound()).andReturn();
        assertThat(missing.getResponse().getContentType()).startsWith("application/json");
        MvcResult noToken = mvc.perform(form("/reports/" + id, fields("version", v, "action", "save", complete(0, "x")))
                .header("X-Report-Autosave", "1").with(FOCAL)).andExpect(status().isForbidden()).andReturn();
        assertThat(noToken.getResponse().getContentType()).startsWith("application/json");
        MvcResult anonymous = mvc.perform(form("/reports/" + id, fields("version", v, "action", "save", complete(0, "x")))
                .header("X-Report-Autosave", "1").with(csrf())).andExpect(status().isUnauthorized()).andReturn();
        assertThat(anonymous.getResponse().getContentType()).startsWith("application/json");
        assertThat(titles(id)).isEmpty();
    }

    // ------------------------------------------------------------------ escaping and CSRF

    @Test
    void markupInATitleIsStoredAsTextAndShownEscaped() throws Exception {
        long id = openReport(FOCAL);
        String title = "<script>alert('x')</script><b>حملة</b>";
        save(id, version(id), "save", FOCAL, complete(0, title));
        assertThat(titles(id)).containsExactly(title);
        for (String url : List.of("/reports/" + id, "/reports/" + id + "/edit", "/participants/ARG/reports",
                "/reports/" + id + "/history")) {
            String html = page(url, SECRETARIAT);
            assertThat(html).as(url).doesNotContain("<script>alert").doesNotContain("<b>حملة");
        }
        assertThat(page("/reports/" + id, FOCAL)).contains("&lt;script&gt;alert(");
        assertThat(Jsoup.parse(page("/reports/" + id + "/edit", FOCAL)).select("#m0-title").val()).isEqualTo(title);
    }

    @Test
    void withoutTheCsrfTokenNothingChanges() throws Exception {
        long id = openReport(FOCAL);
        save(id, version(id), "save", FOCAL, complete(0, "قبل"));
        long v = version(id);
        mvc.perform(form("/reports/" + id, fields("version", v, "action", "save", complete(0, "بعد"))).with(FOCAL))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/accept").param("version", Long.toString(v)).with(SECRETARIAT))
                .andExpect(status().isForbidden());
        assertThat(titles(id)).containsExactly("قبل");
        assertThat(version(id)).isEqualTo(v);
    }

    @Test
    void addingAndRemovingMeasuresKeepsWhatWasTypedWithoutSaving() throws Exception {
        long id = openReport(FOCAL);
        long v = version(id);
        Document added = Jsoup.parse(body(save(id, v, "addMeasure", FOCAL, complete(0, "الأول"))));
        assertThat(added.select("fieldset.measure-form")).hasSize(2);
        assertThat(added.select("#m0-title").val()).isEqualTo("الأول");
        assertThat(added.select("#notice").text()).contains("لم تُحفظ التغييرات بعد");
        Document removed = Jsoup.parse(body(save(id, v, "removeMeasure-0", FOCAL,
                fields(complete(0, "الأول"), complete(1, "الثاني")))));
        assertThat(removed.select("fieldset.measure-form")).hasSize(1);
        assertThat(removed.select("#m0-title").val()).isEqualTo("الثاني");
        assertThat(titles(id)).isEmpty();
        assertThat(version(id)).isEqualTo(v);
        // An absurd index is refused with a message, not an error.
        MvcResult absurd = save(id, v, "save", FOCAL, List.of("measures[5000].title", "x"));
        assertThat(absurd.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(absurd)).contains("تدبير");
        assertThat(version(id)).isEqualTo(v);
    }
}
