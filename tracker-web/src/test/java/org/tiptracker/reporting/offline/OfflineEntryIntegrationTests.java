package org.tiptracker.reporting.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportSnapshot;

/**
 * Offline entry end to end: the workbook is downloaded, filled in with Apache POI as a focal point
 * would in a spreadsheet, uploaded, previewed and applied; files with errors, formulas, other
 * files and other states' focal points are refused, and nothing is half-saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfflineEntryIntegrationTests {

    static final RequestPostProcessor FOCAL = user("focal.argentina").roles("FOCAL_POINT");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CycleService cycles;

    @Autowired
    MeasureReportService reports;

    Actor focal;
    ReportSnapshot report;

    @BeforeEach
    void openReport() {
        long arg = jdbc.queryForObject("select id from participant where iso3 = 'ARG'", Long.class);
        focal = new Actor("focal.argentina", "FOCAL_POINT", arg);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long cycle = cycles.create("secretariat", new CycleCommand("دورة اختبار " + unique, "Test cycle " + unique,
                "NV/" + unique, "78/185", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30),
                CycleStatus.OPEN, Set.of("ARG"))).id();
        report = reports.open(focal, cycle, arg);
        // One measure already entered online; its title starts like a formula.
        report = reports.saveDraft(focal, report.id(), report.version(), List.of(new Measure(MeasureHeading.LEGISLATION,
                "LAW_ADOPTED", "-تعديل قانون العقوبات", "عُدِّل القانون رقم 26.364.", LocalDate.of(2024, 4, 1), null,
                Set.of(TargetGroup.VICTIMS), Set.of(ExploitationForm.SEXUAL), new Figures(3, null, null, null, null, null),
                "R-1", null)));
    }

    @Test
    void theWorkbookRoundTripsThroughThePreview() throws Exception {
        XSSFWorkbook workbook = download(FOCAL);
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getSheetName()).isEqualTo("التدابير");
        assertThat(sheet.isRightToLeft()).isTrue();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("العنوان");
        assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("التحقيقات");
        // The measure already entered, pre-filled as text (the formula-like title marked as quoted text).
        Row existing = sheet.getRow(1);
        assertThat(existing.getCell(0).getStringCellValue()).isEqualTo("التشريعات وخطط العمل الوطنية");
        assertThat(existing.getCell(1).getStringCellValue()).isEqualTo("اعتماد قانون أو تعديله");
        assertThat(existing.getCell(2).getStringCellValue()).isEqualTo("-تعديل قانون العقوبات");
        assertThat(existing.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(existing.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(existing.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(existing.getCell(8).getNumericCellValue()).isEqualTo(3);
        assertThat(sheet.getLastRowNum()).isEqualTo(1 + 100);
        assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sheet.getDataValidations().stream().map(v -> v.getValidationConstraint().getFormula1()))
                .contains("lists!$A$1:$A$5");
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("lists"))).isEqualTo(SheetVisibility.HIDDEN);
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("meta"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(workbook.getSheet("lists").getRow(1).getCell(0).getStringCellValue()).isEqualTo("المنع");
        assertThat(workbook.getSheet("meta").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(report.id());
        assertThat(workbook.getSheetAt(1).isRightToLeft()).isTrue();

        // Filled in offline: drop-down names, a date cell, a text date with Arabic-Indic digits, codes.
        CellStyle dateStyle = sheet.getRow(2).getCell(4).getCellStyle();
        Row first = sheet.getRow(2);
        first.getCell(0).setCellValue("المنع");
        first.getCell(1).setCellValue("حملة توعية");
        first.getCell(2).setCellValue("حملة \"القلب الأزرق\" <b>الوطنية</b>");
        first.getCell(3).setCellValue("حملة توعية في المدارس والمطارات.");
        first.getCell(4).setCellValue(LocalDate.of(2024, 7, 30));
        first.getCell(4).setCellStyle(dateStyle);
        first.getCell(5).setCellValue("2025-06-30");
        first.getCell(6).setCellValue("النساء، الأطفال");
        first.getCell(7).setCellValue("العمل القسري, الاستغلال الجنسي");
        first.getCell(13).setCellValue(1200);
        first.getCell(15).setCellValue("78/185");
        Row second = sheet.getRow(3);
        second.getCell(0).setCellValue("PROTECTION");
        second.getCell(1).setCellValue("SHELTER_SERVICES");
        second.getCell(2).setCellValue("مأوى للضحايا");
        second.getCell(3).setCellValue("افتتاح مأوى في بوينس آيرس.");
        second.getCell(4).setCellValue("٢٠٢٤-٠٣-٠١");
        second.getCell(12).setCellValue("٤٥");

        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        Document preview = upload(bytes(workbook), "تقرير.xlsx", session, 200);
        assertThat(preview.select("#offline-rows tbody tr")).hasSize(3);
        assertThat(preview.select("#offline-rows tbody tr[data-status=error]")).isEmpty();
        assertThat(preview.select(".row-error")).isEmpty();
        assertThat(preview.select("#offline-rows").text()).contains("حملة \"القلب الأزرق\" <b>الوطنية</b>");
        assertThat(preview.select("#offline-rows b")).isEmpty();
        String token = preview.select("#offline-apply input[name=token]").attr("value");
        assertThat(token).isNotBlank();
        assertThat(reports.get(focal, report.id()).measures()).hasSize(1);

        mvc.perform(post("/reports/" + report.id() + "/upload/apply").with(FOCAL).with(csrf()).with(session)
                        .param("token", token)).andDo(session)
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reports/" + report.id() + "/offline"));

        List<Measure> saved = reports.get(focal, report.id()).measures();
        assertThat(saved).hasSize(3);
        assertThat(saved.get(0).title()).isEqualTo("-تعديل قانون العقوبات");
        assertThat(saved.get(0).targetGroups()).containsExactly(TargetGroup.VICTIMS);
        Measure campaign = saved.get(1);
        assertThat(campaign.heading()).isEqualTo(MeasureHeading.PREVENTION);
        assertThat(campaign.typeCode()).isEqualTo("AWARENESS_CAMPAIGN");
        assertThat(campaign.startDate()).isEqualTo(LocalDate.of(2024, 7, 30));
        assertThat(campaign.endDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(campaign.targetGroups()).containsExactlyInAnyOrder(TargetGroup.WOMEN, TargetGroup.CHILDREN);
        assertThat(campaign.forms()).containsExactlyInAnyOrder(ExploitationForm.FORCED_LABOUR, ExploitationForm.SEXUAL);
        assertThat(campaign.figures().peopleTrained()).isEqualTo(1200);
        assertThat(campaign.resolutionRef()).isEqualTo("78/185");
        Measure shelter = saved.get(2);
        assertThat(shelter.heading()).isEqualTo(MeasureHeading.PROTECTION);
        assertThat(shelter.startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(shelter.figures().victimsAssisted()).isEqualTo(45);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'MeasureReport' "
                + "and entity_id = ? and operation = 'UPLOAD'", Integer.class, report.id())).isEqualTo(1);

        // The token works once.
        mvc.perform(post("/reports/" + report.id() + "/upload/apply").with(FOCAL).with(csrf()).with(session)
                .param("token", token)).andDo(session).andExpect(status().isBadRequest());
        // The same workbook again is now stale: the report changed since it was downloaded.
        Document stale = upload(bytes(workbook), "again.xlsx", new org.tiptracker.web.TestSession(), 200);
        assertThat(stale.select("#offline-stale")).hasSize(1);
        assertThat(stale.select("#offline-apply")).isEmpty();
        assertThat(reports.get(focal, report.id()).measures()).hasSize(3);
    }

    @Test
    void citedRecommendationsRoundTripAsCodes() throws Exception {
        long b2013 = recommendation(5, 2);
        long c2009 = recommendation(1, 3);
        long a2015 = recommendation(6, 1);
        long d2013 = recommendation(5, 4);
        Measure online = reports.get(focal, report.id()).measures().get(0);
        report = reports.saveDraft(focal, report.id(), report.version(), List.of(online, new Measure(MeasureHeading.PREVENTION,
                "AWARENESS_CAMPAIGN", "حملة توعية", "حملة في المدارس.", LocalDate.of(2024, 5, 1), null, Set.of(), Set.of(),
                null, "توصية الفريق العامل بشأن الحملات", null, b2013), new Measure(MeasureHeading.PREVENTION, "TRAINING",
                "تدريب", null, null, null, Set.of(), Set.of(), null, null, null, c2009)));

        XSSFWorkbook workbook = download(FOCAL);
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(16).getStringCellValue()).isEqualTo("التوصية المستشهد بها (الرمز)");
        assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("التوصية");
        assertThat(sheet.getRow(1).getCell(16).getStringCellValue()).isEmpty();
        assertThat(sheet.getRow(2).getCell(16).getStringCellValue()).isEqualTo("٢٠١٣ (ب)");
        assertThat(sheet.getRow(2).getCell(14).getStringCellValue()).isEqualTo("توصية الفريق العامل بشأن الحملات");
        assertThat(sheet.getRow(3).getCell(16).getStringCellValue()).isEqualTo("٢٠٠٩ (ج)");
        // Every recommendation is in the hidden list sheet, offered as the column's drop-down.
        int count = jdbc.queryForObject("select count(*) from wg_recommendation", Integer.class);
        XSSFSheet lists = workbook.getSheet("lists");
        List<String> codes = new java.util.ArrayList<>();
        for (int r = 0; r < count; r++) {
            codes.add(lists.getRow(r).getCell(4).getStringCellValue());
        }
        assertThat(codes).contains("٢٠١٣ (ب)", "٢٠٠٩ (ج)", "٢٠١٥ (أ)", "٢٠١٨ (ج)").doesNotHaveDuplicates();
        assertThat(lists.getRow(count) == null || lists.getRow(count).getCell(4) == null).isTrue();
        assertThat(sheet.getDataValidations().stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 16)
                .map(v -> v.getValidationConstraint().getFormula1())).containsExactly("lists!$E$1:$E$" + count);
        StringBuilder instructions = new StringBuilder();
        workbook.getSheetAt(1).forEach(row -> instructions.append(row.getCell(0).getStringCellValue()).append('\n'));
        assertThat(instructions.toString()).contains("٢٠١٥ (أ) " + jdbc.queryForObject(
                "select text_ar from wg_recommendation where id = ?", String.class, a2015).substring(0, 20));

        // Offline: one citation changed (typed with Western digits, no space), one new measure citing another.
        sheet.getRow(3).getCell(16).setCellValue("2013(د)");
        Row added = sheet.getRow(4);
        added.getCell(0).setCellValue("المنع");
        added.getCell(1).setCellValue("تدريب");
        added.getCell(2).setCellValue("تدريب مفتشي العمل");
        added.getCell(16).setCellValue("٢٠١٥ (أ)");

        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        Document preview = upload(bytes(workbook), "citations.xlsx", session, 200);
        assertThat(preview.select(".row-error")).isEmpty();
        String token = preview.select("#offline-apply input[name=token]").attr("value");
        assertThat(token).isNotBlank();
        mvc.perform(post("/reports/" + report.id() + "/upload/apply").with(FOCAL).with(csrf()).with(session)
                .param("token", token)).andDo(session).andExpect(status().isFound());

        List<Measure> saved = reports.get(focal, report.id()).measures();
        assertThat(saved).extracting(Measure::recommendationId).containsExactly(null, b2013, d2013, a2015);
        assertThat(saved.get(1).recommendationRef()).isEqualTo("توصية الفريق العامل بشأن الحملات");
        assertThat(saved.get(0).recommendationRef()).isEqualTo("R-1");
        assertThat(jdbc.queryForList("select recommendation_id from measure where report_id = ? order by position",
                Long.class, report.id())).containsExactly(null, b2013, d2013, a2015);

        // Downloaded again, the codes are those just applied.
        XSSFSheet again = download(FOCAL).getSheetAt(0);
        assertThat(again.getRow(3).getCell(16).getStringCellValue()).isEqualTo("٢٠١٣ (د)");
        assertThat(again.getRow(4).getCell(16).getStringCellValue()).isEqualTo("٢٠١٥ (أ)");
    }

    @Test
    void anUnknownRecommendationCodeIsARowErrorAndNothingIsApplied() throws Exception {
        long b2013 = recommendation(5, 2);
        Measure online = reports.get(focal, report.id()).measures().get(0);
        report = reports.saveDraft(focal, report.id(), report.version(), List.of(new Measure(online.heading(),
                online.typeCode(), online.title(), online.description(), online.startDate(), online.endDate(),
                online.targetGroups(), online.forms(), online.figures(), online.recommendationRef(), null, b2013)));

        XSSFWorkbook workbook = download(FOCAL);
        XSSFSheet sheet = workbook.getSheetAt(0);
        sheet.getRow(1).getCell(16).setCellValue("٢٠١٤ (ب)");
        Row free = sheet.getRow(2);
        free.getCell(0).setCellValue("المنع");
        free.getCell(1).setCellValue("تدريب");
        free.getCell(16).setCellValue("توصية الاجتماع الخامس");

        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        Document preview = upload(bytes(workbook), "unknown.xlsx", session, 200);
        var rows = preview.select("#offline-rows tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select(".row-error").text()).contains("التوصية المستشهد بها (الرمز)")
                .contains("توصية غير معروفة").contains("٢٠١٤ (ب)");
        assertThat(rows.get(1).select(".row-error").text()).contains("توصية غير معروفة").contains("توصية الاجتماع الخامس");
        assertThat(preview.select("#offline-invalid")).hasSize(1);
        assertThat(preview.select("#offline-apply")).isEmpty();
        mvc.perform(post("/reports/" + report.id() + "/upload/apply").with(FOCAL).with(csrf()).with(session)
                .param("token", UUID.randomUUID().toString())).andDo(session).andExpect(status().isBadRequest());
        assertThat(reports.get(focal, report.id()).version()).isEqualTo(report.version());
        assertThat(reports.get(focal, report.id()).measures()).extracting(Measure::recommendationId).containsExactly(b2013);
    }

    @Test
    void aWorkbookMadeBeforeTheCitationColumnCannotDropCitations() throws Exception {
        XSSFWorkbook workbook = download(FOCAL);
        removeCitationColumn(workbook);
        // Without citations in the report, such a workbook is still applied.
        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        Document preview = upload(bytes(workbook), "old.xlsx", session, 200);
        String token = preview.select("#offline-apply input[name=token]").attr("value");
        assertThat(token).isNotBlank();
        mvc.perform(post("/reports/" + report.id() + "/upload/apply").with(FOCAL).with(csrf()).with(session)
                .param("token", token)).andDo(session).andExpect(status().isFound());
        report = reports.get(focal, report.id());
        assertThat(report.measures()).hasSize(1);

        long b2013 = recommendation(5, 2);
        Measure online = report.measures().get(0);
        report = reports.saveDraft(focal, report.id(), report.version(), List.of(new Measure(online.heading(),
                online.typeCode(), online.title(), online.description(), online.startDate(), online.endDate(),
                online.targetGroups(), online.forms(), online.figures(), online.recommendationRef(), null, b2013)));
        XSSFWorkbook old = download(FOCAL);
        removeCitationColumn(old);
        Document refused = upload(bytes(old), "old.xlsx", new org.tiptracker.web.TestSession(), 200);
        assertThat(refused.select("#offline-invalid").text()).contains("التوصية المستشهد بها").contains("١");
        assertThat(refused.select("#offline-apply")).isEmpty();
        assertThat(reports.get(focal, report.id()).measures()).extracting(Measure::recommendationId).containsExactly(b2013);
    }

    /** As the workbook was before it had the column of cited recommendations. */
    private static void removeCitationColumn(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.getSheetAt(0);
        for (Row row : sheet) {
            Cell cell = row.getCell(16);
            if (cell != null) {
                row.removeCell(cell);
            }
        }
    }

    private long recommendation(int meeting, int position) {
        return jdbc.queryForObject("select r.id from wg_recommendation r join wg_meeting m on m.id = r.meeting_id "
                + "where m.number = ? and r.position = ?", Long.class, meeting, position);
    }

    @Test
    void aWorkbookWithErrorsIsShownAndNothingIsApplied() throws Exception {
        XSSFWorkbook workbook = download(FOCAL);
        XSSFSheet sheet = workbook.getSheetAt(0);
        Row unknownType = sheet.getRow(2);
        unknownType.getCell(0).setCellValue("المنع");
        unknownType.getCell(1).setCellValue("نوع غير موجود");
        unknownType.getCell(2).setCellValue("عنوان");
        Row badDate = sheet.getRow(3);
        badDate.getCell(0).setCellValue("المنع");
        badDate.getCell(1).setCellValue("تدريب");
        badDate.getCell(4).setCellValue("2024-02-30");
        Row dde = sheet.getRow(4);
        dde.getCell(0).setCellValue("المنع");
        dde.getCell(1).setCellValue("تدريب");
        ((XSSFCell) dde.getCell(2)).getCTCell().addNewF().setStringValue("cmd|' /C calc'!A0");
        Row order = sheet.getRow(5);
        order.getCell(0).setCellValue("المنع");
        order.getCell(1).setCellValue("تدريب");
        order.getCell(4).setCellValue("2025-05-01");
        order.getCell(5).setCellValue("2025-01-01");
        Row formulaText = sheet.getRow(6);
        formulaText.getCell(0).setCellValue("المنع");
        formulaText.getCell(1).setCellValue("تدريب");
        formulaText.getCell(2).setCellValue("=HYPERLINK(\"http://evil.example\")");
        formulaText.getCell(9).setCellFormula("1+1");
        Row good = sheet.getRow(7);
        good.getCell(0).setCellValue("المنع");
        good.getCell(1).setCellValue("تدريب");
        good.getCell(6).setCellValue("النساء، الفضائيون");

        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        Document preview = upload(bytes(workbook), "errors.xlsx", session, 200);
        var rows = preview.select("#offline-rows tbody tr");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).attr("data-status")).isEqualTo("ok");
        assertThat(rows.get(1).select(".row-error").text()).contains("نوع غير موجود");
        assertThat(rows.get(2).select(".row-error").text()).contains("تاريخ البدء").contains("2024-02-30");
        assertThat(rows.get(3).select(".row-error").text()).contains("لا تُقبل الصيغ");
        assertThat(rows.get(4).select(".row-error").text()).contains("تاريخ الانتهاء سابق لتاريخ البدء");
        assertThat(rows.get(5).select(".row-error")).hasSize(2);
        assertThat(rows.get(6).select(".row-error").text()).contains("الفضائيون");
        assertThat(rows.get(6).select(".row-warning").text()).contains("أدخل عنواناً");
        assertThat(preview.select("#offline-invalid")).hasSize(1);
        assertThat(preview.select("#offline-apply")).isEmpty();

        // No token was issued; a made-up one applies nothing.
        mvc.perform(post("/reports/" + report.id() + "/upload/apply").with(FOCAL).with(csrf()).with(session)
                .param("token", UUID.randomUUID().toString())).andDo(session).andExpect(status().isBadRequest());
        assertThat(reports.get(focal, report.id()).measures()).hasSize(1);
        assertThat(reports.get(focal, report.id()).version()).isEqualTo(report.version());
    }

    @Test
    void otherFilesAreRefusedWithAMessage() throws Exception {
        Document csv = upload("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "report.csv", new org.tiptracker.web.TestSession(), 400);
        assertThat(csv.select("#offline-error").text()).contains("ليس مصنف Excel");
        Document zip = upload(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "broken.xlsx", new org.tiptracker.web.TestSession(), 400);
        assertThat(zip.select("#offline-error").text()).contains("ليس مصنف Excel");
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("التدابير").createRow(0).createCell(0).setCellValue("العنوان");
            Document layout = upload(bytes(other), "mine.xlsx", new org.tiptracker.web.TestSession(), 400);
            assertThat(layout.select("#offline-error").text()).contains("لم يُنزَّل هذا المصنف");
        }
        XSSFWorkbook moved = download(FOCAL);
        moved.getSheetAt(0).getRow(0).getCell(1).setCellValue("شيء آخر");
        Document columns = upload(bytes(moved), "moved.xlsx", new org.tiptracker.web.TestSession(), 400);
        assertThat(columns.select("#offline-error").text()).contains("نوع التدبير");
        mvc.perform(multipart("/reports/" + report.id() + "/upload").with(FOCAL).with(csrf()))
                .andExpect(status().isBadRequest());
        // Without the CSRF token nothing is read.
        mvc.perform(multipart("/reports/" + report.id() + "/upload")
                        .file(new MockMultipartFile("file", "x.xlsx", XLSX, bytes(download(FOCAL)))).with(FOCAL))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherStatesFocalPointCannotDownloadOrUpload() throws Exception {
        String chile = "focal.chl." + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("insert into app_user (username, password_hash, role, participant_id) "
                + "select ?, '{unusable}x', 'FOCAL_POINT', id from participant where iso3 = 'CHL'", chile);
        RequestPostProcessor other = user(chile).roles("FOCAL_POINT");
        mvc.perform(get("/reports/" + report.id() + "/template.xlsx").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + report.id() + "/offline").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + report.id() + "/upload").with(other)).andExpect(status().isNotFound());
        mvc.perform(multipart("/reports/" + report.id() + "/upload")
                        .file(new MockMultipartFile("file", "x.xlsx", XLSX, bytes(download(FOCAL)))).with(other).with(csrf()))
                .andExpect(status().isNotFound());
        // An analyst may download but not upload; anonymous visitors are sent to the login page.
        RequestPostProcessor analyst = user("analyst").roles("ANALYST");
        mvc.perform(get("/reports/" + report.id() + "/template.xlsx").with(analyst)).andExpect(status().isOk());
        mvc.perform(get("/reports/" + report.id() + "/upload").with(analyst)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + report.id() + "/template.xlsx")).andExpect(status().isFound());
        // The secretariat may work on the state's behalf.
        Document page = Jsoup.parse(mvc.perform(get("/reports/" + report.id() + "/offline")
                .with(user("secretariat").roles("SECRETARIAT"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#offline-download").attr("href")).isEqualTo("/reports/" + report.id() + "/template.xlsx");
        assertThat(page.select("#offline-upload")).hasSize(1);
        assertThat(reports.get(focal, report.id()).measures()).hasSize(1);
    }

    private XSSFWorkbook download(RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get("/reports/" + report.id() + "/template.xlsx").with(who))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn();
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private Document upload(byte[] file, String name, org.tiptracker.web.TestSession session, int expected) throws Exception {
        MvcResult result = mvc.perform(multipart("/reports/" + report.id() + "/upload")
                        .file(new MockMultipartFile("file", name, XLSX, file)).with(FOCAL).with(csrf()).with(session)).andDo(session)
                .andExpect(status().is(expected)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

}
