package org.tiptracker.workinggroup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.persistence.MeetingCommand;
import org.tiptracker.workinggroup.persistence.RecommendationCommand;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;

/**
 * The Working Group pages on the reference data of seed 002 (and the demonstration data): the
 * meetings list, a meeting printed as the seed prints it, the browser's filters and its
 * forgiving Arabic search, the exports, who may change what (with audit and conflicts), and the
 * measures citing a recommendation as each reader may see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkingGroupPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final Actor SECRETARIAT_ACTOR = new Actor("secretariat", "SECRETARIAT", null);

    /** Seed 002 para. 16, its lead-in and its first sub-paragraph, as printed. */
    static final String PARA_16_LEAD_IN =
            "واعتمد الفريق العامل في اجتماعه الخامس، في عام ٢٠١٣، التوصيات التالية المتعلقة بمنع الجريمة:";
    static final String PARA_16_A = "(أ) ينبغي للدول الأطراف أن تبحث في الأسباب الجذرية للاتجار بالأشخاص وأن تعالجها"
            + " باتخاذ التدابير المناسبة، من قبيل الحد من انعدام تكافؤ الفرص، وإيلاء اهتمام خاص للأشخاص المعرضين لخطر"
            + " الاتجار بهم، وبخاصة النساء والأطفال، وإتاحة مزيد من فرص العمل والتدريب العملي؛";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingGroupService service;

    @Autowired
    CycleService cycles;

    @Autowired
    MeasureReportService reports;

    Document page(String url, RequestPostProcessor who) throws Exception {
        String html = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    long meetingId(int number) {
        return jdbc.queryForObject("select id from wg_meeting where number = ?", Long.class, number);
    }

    long recommendationId(int meeting, int position) {
        return jdbc.queryForObject("select r.id from wg_recommendation r join wg_meeting m on m.id = r.meeting_id"
                + " where m.number = ? and r.position = ?", Long.class, meeting, position);
    }

    /** A meeting of its own for the tests that change things (the reference rows stay as loaded). */
    synchronized long testMeeting() {
        List<Long> ids = jdbc.queryForList("select id from wg_meeting where number = 29", Long.class);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return service.createMeeting(SECRETARIAT_ACTOR, new MeetingCommand(29, 2040, null, null, null, null, null,
                null, null, null, "test", List.of())).id();
    }

    WorkingGroupViews.Recommendation testRecommendation(String text) {
        long meeting = testMeeting();
        int next = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from wg_recommendation where meeting_id = ?",
                Integer.class, meeting);
        return service.createRecommendation(SECRETARIAT_ACTOR, new RecommendationCommand(meeting, null, next,
                Addressee.STATES, "OTHER", text, null, null));
    }

    @Test
    void theMeetingsAreListedNewestFirstWithTheirCounts() throws Exception {
        Document page = page("/working-group", anonymous());
        List<Element> rows = page.select("tr.meeting-row");
        List<Long> expectedOrder = jdbc.queryForList("select id from wg_meeting order by number desc", Long.class);
        assertThat(rows).extracting(r -> Long.valueOf(r.attr("data-id"))).containsExactlyElementsOf(expectedOrder);
        Element ninth = page.selectFirst("tr.meeting-row[data-id=" + meetingId(9) + "]");
        assertThat(ninth.text()).contains("الاجتماع التاسع (٢٠١٩)").contains("٩-١١ أيلول/سبتمبر ٢٠١٩").contains("فيينا");
        assertThat(ninth.selectFirst(".questions-count").text()).isEqualTo("١٦");
        Element fifth = page.selectFirst("tr.meeting-row[data-id=" + meetingId(5) + "]");
        assertThat(fifth.selectFirst(".recommendations-count").text()).isEqualTo("٨");
        assertThat(page("/working-group?lang=en", anonymous()).selectFirst("tr.meeting-row[data-id=" + meetingId(8) + "]")
                .text()).contains("Eighth meeting (2018)");
    }

    @Test
    void aMeetingPrintsItsRecommendationsAsSeed002Does() throws Exception {
        Document page = page("/working-group/meetings/" + meetingId(5), anonymous());
        assertThat(page.selectFirst(".printed .lead-in").text()).isEqualTo(PARA_16_LEAD_IN);
        assertThat(page.select(".printed .item")).hasSize(8);
        assertThat(page.select(".printed .item").get(0).text()).isEqualTo(PARA_16_A);
        assertThat(page.select(".printed .item").get(7).text()).startsWith("(ح) ").endsWith("عن توليد الطلب.");
        assertThat(page.getElementById("edit-meeting")).isNull();

        Document ninth = page("/working-group/meetings/" + meetingId(9), anonymous());
        assertThat(ninth.select("#questions .question")).hasSize(16);
        assertThat(ninth.select("#questions .question").get(1).text())
                .isEqualTo("(ب) ما هي العوامل التي تزيد من تعرض أي شخص أو مجتمع لخطر الاتجار بالأشخاص في أي سياق محدد؟");
    }

    @Test
    void theBrowserFiltersByMeetingThemeAndAddressee() throws Exception {
        Document byMeeting = page("/working-group/recommendations?meeting=" + meetingId(6), anonymous());
        assertThat(byMeeting.select("tr.recommendation-row")).hasSize(6);

        long recruitment = jdbc.queryForObject("select count(*) from wg_recommendation where theme_code = 'RECRUITMENT'",
                Long.class);
        assertThat(recruitment).isGreaterThanOrEqualTo(2);
        assertThat(page("/working-group/recommendations?theme=RECRUITMENT", anonymous()).select("tr.recommendation-row"))
                .hasSize((int) recruitment);

        long toStates = jdbc.queryForObject("select count(*) from wg_recommendation r join wg_meeting m on m.id = r.meeting_id"
                + " where r.addressee = 'STATES' and m.number in (6, 8)", Long.class);
        assertThat(toStates).isEqualTo(9);
        Document both = page("/working-group/recommendations?addressee=STATES_PARTIES&meeting=" + meetingId(5), anonymous());
        assertThat(both.select("tr.recommendation-row")).hasSize(8);
        assertThat(both.getElementById("result-count").text()).contains("٨");

        // An unknown filter value is ignored, not an error.
        assertThat(page("/working-group/recommendations?meeting=abc&theme=NOPE", anonymous()).select("tr.recommendation-row"))
                .hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    void theSearchForgivesArabicSpellingVariants() throws Exception {
        // Without hamza, with ه for ة: "إجراء تقييمات ذاتية" of the eighth meeting's (أ).
        String query = "اجراء تقييمات ذاتيه";
        List<Long> matching = jdbc.query("select id, text_ar from wg_recommendation order by id",
                (rs, i) -> ArabicSearch.matches(rs.getString("text_ar"), query) ? rs.getLong("id") : null)
                .stream().filter(java.util.Objects::nonNull).toList();
        assertThat(matching).containsExactly(recommendationId(8, 1));
        Document page = page("/working-group/recommendations?q=" + query, anonymous());
        assertThat(page.select("tr.recommendation-row")).extracting(r -> Long.valueOf(r.attr("data-id")))
                .containsExactlyElementsOf(matching);

        // "رسوم التوظيف" written without the article: the 2013 (هـ) and the 2015 recommendations on recruitment fees.
        Document fees = page("/working-group/recommendations?q=رسوم توظيف", anonymous());
        assertThat(fees.select("tr.recommendation-row")).extracting(r -> Long.valueOf(r.attr("data-id")))
                .contains(recommendationId(5, 5));
    }

    @Test
    void theExportsHoldTheFilteredRecommendations() throws Exception {
        byte[] csv = mvc.perform(get("/working-group/recommendations/export.csv?meeting=" + meetingId(8)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("النظر في دور التكنولوجيا الحديثة والبيانات");
        assertThat(text.lines().count()).isEqualTo(4);
        byte[] xlsx = mvc.perform(get("/working-group/recommendations/export.xlsx?theme=TECHNOLOGY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).startsWith("النظر في دور التكنولوجيا");
            // The year and the id are numbers; the header row is frozen and filtered.
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isBetween(2009.0, 2030.0);
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H2");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(5)).isEqualTo(80 * 256);
        }
    }

    @Test
    void anAnalystMayNotChangeARecommendationAndTheSecretariatsChangeIsAudited() throws Exception {
        WorkingGroupViews.Recommendation r = testRecommendation("نص تجريبي " + UUID.randomUUID());
        String url = "/working-group/recommendations/" + r.id();
        mvc.perform(get(url + "/edit").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(post(url).with(ANALYST).with(csrf()).param("meetingId", Long.toString(testMeeting()))
                .param("position", Integer.toString(r.position())).param("addressee", "STATES")
                .param("themeCode", "OTHER").param("textAr", "تغيير من محلل").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(service.recommendation(r.id()).textAr()).isEqualTo(r.textAr());

        Document form = page(url + "/edit", SECRETARIAT);
        assertThat(form.getElementById("textAr").text()).isEqualTo(r.textAr());
        String changed = "ينبغي للدول أن تعزز التعاون " + UUID.randomUUID();
        mvc.perform(post(url).with(SECRETARIAT).with(csrf()).param("meetingId", Long.toString(testMeeting()))
                .param("position", Integer.toString(r.position())).param("addressee", "STATES")
                .param("themeCode", "COOPERATION").param("textAr", changed).param("version", Long.toString(r.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(service.recommendation(r.id()).textAr()).isEqualTo(changed);
        assertThat(service.recommendation(r.id()).themeCode()).isEqualTo("COOPERATION");
        Map<String, Object> audit = jdbc.queryForMap("select username, operation, before_state, after_state from audit_entry"
                + " where entity_type = 'WgRecommendation' and entity_id = ? order by id desc limit 1", r.id());
        assertThat(audit.get("username")).isEqualTo("secretariat");
        assertThat(audit.get("operation")).isEqualTo("UPDATE");
        assertThat((String) audit.get("before_state")).contains(r.textAr());
        assertThat((String) audit.get("after_state")).contains(changed);
    }

    @Test
    void aStaleEditIsAConflictAndOverwritesNothing() throws Exception {
        WorkingGroupViews.Recommendation r = testRecommendation("نص أول " + UUID.randomUUID());
        String url = "/working-group/recommendations/" + r.id();
        String first = "نص ثان " + UUID.randomUUID();
        mvc.perform(post(url).with(SECRETARIAT).with(csrf()).param("meetingId", Long.toString(testMeeting()))
                .param("position", Integer.toString(r.position())).param("addressee", "STATES")
                .param("themeCode", "OTHER").param("textAr", first).param("version", Long.toString(r.version())))
                .andExpect(status().is3xxRedirection());
        String late = "نص متأخر " + UUID.randomUUID();
        String html = mvc.perform(post(url).with(SECRETARIAT).with(csrf()).param("meetingId", Long.toString(testMeeting()))
                .param("position", Integer.toString(r.position())).param("addressee", "STATES")
                .param("themeCode", "OTHER").param("textAr", late).param("version", Long.toString(r.version())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("conflict").text()).contains(first);
        assertThat(page.getElementById("textAr").text()).isEqualTo(late);
        assertThat(page.getElementById("form-errors").text()).contains("عدَّل مستخدم آخر هذه التوصية");
        assertThat(service.recommendation(r.id()).textAr()).isEqualTo(first);
    }

    @Test
    void badInputIsShownNextToTheFieldInArabicAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from wg_meeting", Long.class);
        String html = mvc.perform(post("/working-group/meetings").with(SECRETARIAT).with(csrf())
                .param("number", "٢٨").param("year", "2031").param("startDate", "2031-05-10").param("endDate", "2031-05-08")
                .param("venueAr", "فيينا").param("questions", "(أ) سؤال أول؟\nسؤال ثان؟"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#endDate ~ .invalid-feedback").text()).isEqualTo("اليوم الأخير يسبق اليوم الأول.");
        assertThat(page.getElementById("venueAr").val()).isEqualTo("فيينا");
        assertThat(jdbc.queryForObject("select count(*) from wg_meeting", Long.class)).isEqualTo(before);

        String taken = mvc.perform(post("/working-group/meetings").with(SECRETARIAT).with(csrf())
                .param("number", "5").param("year", "2013"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(taken).select("#number ~ .invalid-feedback").text()).isEqualTo("الاجتماع ٥ مسجَّل من قبل.");
    }

    @Test
    void aMeasureCitingARecommendationIsListedForTheSecretariatAndOnlyCountedForAnonymousVisitors() throws Exception {
        long recommendation = recommendationId(6, 1);
        long peru = jdbc.queryForObject("select id from participant where iso3 = 'PER'", Long.class);
        long cycle = cycles.create("secretariat", new CycleCommand("دورة اختبار " + UUID.randomUUID(), "Test cycle",
                "CU 2019/1", "A/RES/72/195", LocalDate.of(2017, 1, 1), LocalDate.of(2019, 6, 30),
                LocalDate.of(2019, 7, 31), CycleStatus.OPEN, Set.of("PER"))).id();
        ReportSnapshot report = reports.open(SECRETARIAT_ACTOR, cycle, peru);
        String title = "تنظيم وكالات التوظيف " + UUID.randomUUID();
        reports.saveDraft(SECRETARIAT_ACTOR, report.id(), report.version(), List.of(new Measure(MeasureHeading.PREVENTION,
                "LABOUR_MIGRATION", title, "وصف", LocalDate.of(2018, 1, 1), null, Set.of(), Set.of(), Figures.NONE,
                null, null, recommendation)));

        Document secretariat = page("/working-group/recommendations/" + recommendation, SECRETARIAT);
        assertThat(secretariat.select("#citations-table tr.citation-row")).extracting(Element::text)
                .anySatisfy(text -> assertThat(text).contains(title).contains("بيرو"));
        assertThat(secretariat.selectFirst("#citations-table a[href=/reports/" + report.id() + "]")).isNotNull();

        // A focal point sees its own state's citing measures only.
        assertThat(page("/working-group/recommendations/" + recommendation, user("focal.peru").roles("FOCAL_POINT"))
                .select("#citations-table tr.citation-row")).extracting(r -> r.attr("data-iso3")).contains("PER")
                .containsOnly("PER");
        assertThat(page("/working-group/recommendations/" + recommendation, user("focal.argentina").roles("FOCAL_POINT"))
                .text()).doesNotContain(title);

        // The draft is not shown to analysts (only submitted or accepted reports), nor counted for anonymous visitors.
        assertThat(page("/working-group/recommendations/" + recommendation, ANALYST).text()).doesNotContain(title);
        Document anonymousPage = page("/working-group/recommendations/" + recommendation, anonymous());
        assertThat(anonymousPage.getElementById("citations-table")).isNull();
        assertThat(anonymousPage.text()).doesNotContain(title);
        long published = jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " where m.recommendation_id = ? and r.status in ('SUBMITTED', 'ACCEPTED')", Long.class, recommendation);
        assertThat(anonymousPage.getElementById("citation-count").text())
                .isEqualTo("عدد التدابير المستندة إليها: " + org.tiptracker.arabic.UnArabic.arabicIndic().integer(published));

        // The report's form offers the recommendations grouped by meeting, the cited one chosen.
        Document form = page("/reports/" + report.id() + "/edit", SECRETARIAT);
        Element select = form.getElementById("m0-recommendationId");
        assertThat(select.select("optgroup")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(select.selectFirst("option[selected]").val()).isEqualTo(Long.toString(recommendation));
        assertThat(select.selectFirst("option[selected]").text()).startsWith("٢٠١٥ (أ) ينبغي للدول أن تشجّع");
    }

    @Test
    void theReportFormSavesTheChosenRecommendationAndRefusesAnUnknownOne() throws Exception {
        long chile = jdbc.queryForObject("select id from participant where iso3 = 'CHL'", Long.class);
        long cycle = cycles.create("secretariat", new CycleCommand("دورة اختبار " + UUID.randomUUID(), "Test cycle",
                "CU 2019/2", "A/RES/72/195", LocalDate.of(2017, 1, 1), LocalDate.of(2019, 6, 30),
                LocalDate.of(2019, 7, 31), CycleStatus.OPEN, Set.of("CHL"))).id();
        ReportSnapshot report = reports.open(SECRETARIAT_ACTOR, cycle, chile);
        long recommendation = recommendationId(8, 2);
        String title = "منصة رقمية للإبلاغ " + UUID.randomUUID();
        mvc.perform(post("/reports/" + report.id()).with(SECRETARIAT).with(csrf()).param("version", Long.toString(report.version()))
                .param("measures[0].heading", "PREVENTION").param("measures[0].typeCode", "OTHER")
                .param("measures[0].title", title).param("measures[0].description", "وصف")
                .param("measures[0].recommendationId", Long.toString(recommendation)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select recommendation_id from measure where title = ?", Long.class, title))
                .isEqualTo(recommendation);
        assertThat(page("/reports/" + report.id(), SECRETARIAT).selectFirst("a.cited-recommendation").attr("href"))
                .isEqualTo("/working-group/recommendations/" + recommendation);

        long version = jdbc.queryForObject("select version from measure_report where id = ?", Long.class, report.id());
        String html = mvc.perform(post("/reports/" + report.id()).with(SECRETARIAT).with(csrf())
                .param("version", Long.toString(version)).param("measures[0].heading", "PREVENTION")
                .param("measures[0].typeCode", "OTHER").param("measures[0].title", title)
                .param("measures[0].description", "وصف").param("measures[0].recommendationId", "987654321"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#m0-recommendationId ~ .invalid-feedback").text())
                .isEqualTo("هذه التوصية لم تعد موجودة؛ يرجى اختيار توصية أخرى.");
        assertThat(jdbc.queryForObject("select recommendation_id from measure where title = ?", Long.class, title))
                .isEqualTo(recommendation);
    }

    @Test
    void theDemonstrationMeasuresCiteRecommendations() throws Exception {
        long recommendation = recommendationId(1, 2);
        long cited = jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " join reporting_cycle c on c.id = r.cycle_id where c.demo and m.recommendation_id = ?"
                + " and r.status in ('SUBMITTED', 'ACCEPTED')", Long.class, recommendation);
        assertThat(cited).isPositive();
        Document analyst = page("/working-group/recommendations/" + recommendation, ANALYST);
        assertThat(analyst.select("#citations-table tr.citation-row")).hasSize((int) cited);
    }
}
