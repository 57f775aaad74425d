package org.tiptracker.reporting.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
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
import org.springframework.test.web.servlet.MockMvc;
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
 * The measures browser on a small data set of its own (one cycle, four States, five measures in
 * reports that are accepted, submitted, returned and still drafts): filters, forgiving Arabic
 * search, who sees what, exports, and refused input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeasureBrowserIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final RequestPostProcessor FOCAL_POINT = user("focal.argentina").roles("FOCAL_POINT");
    static final Actor ACTOR = new Actor("secretariat", "SECRETARIAT", null);

    static final String CAMPAIGN = "حملة توعية لمكافحة الاتجار بالأطفال";
    static final String LAW = "<script>alert('x')</script> قانون مكافحة الاتجار بالأشخاص";
    static final String SHELTER = "دار إيواء للنساء الناجيات";
    static final String TRAINING = "تدريب القضاة وأعضاء النيابة";
    static final String AGREEMENT = "اتفاق ثنائي مع البلدان المجاورة";
    static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"x\") وصف القانون";

    static Long cycleId;

    @Autowired
    MockMvc mvc;

    @Autowired
    CycleService cycles;

    @Autowired
    MeasureReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void dataSet() {
        if (cycleId != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        cycleId = cycles.create("secretariat", new CycleCommand("دورة اختبار المتصفح " + tag, "Browser test cycle " + tag,
                "NV/" + tag, "A/RES/79/1", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 3, 31), CycleStatus.OPEN, Set.of("EGY", "KEN", "ARG", "FRA"))).id();
        LocalDate start = LocalDate.of(2024, 6, 1);
        ReportSnapshot egypt = submit("EGY", List.of(
                new Measure(MeasureHeading.PREVENTION, "AWARENESS_CAMPAIGN", CAMPAIGN,
                        "حملة وطنية في المدارس والجامعات بالتعاون مع اليونيسف.", start, LocalDate.of(2024, 12, 31),
                        Set.of(TargetGroup.CHILDREN), Set.of(ExploitationForm.SEXUAL),
                        new Figures(null, null, null, null, null, 1200), null, null, cited()),
                new Measure(MeasureHeading.LEGISLATION, "LAW_ADOPTED", LAW, FORMULA, start, null,
                        Set.of(TargetGroup.GENERAL_PUBLIC), Set.of(ExploitationForm.OTHER), Figures.NONE, null, null)));
        reports.accept(ACTOR, egypt.id(), egypt.version());
        submit("KEN", List.of(new Measure(MeasureHeading.PROTECTION, "SHELTER_SERVICES", SHELTER,
                "مكافحه الاستغلال في العمل المنزلي وتقديم المساعدة", start, null, Set.of(TargetGroup.WOMEN),
                Set.of(ExploitationForm.DOMESTIC_SERVITUDE), Figures.NONE, null, null)));
        ReportSnapshot argentina = reports.open(ACTOR, cycleId, participant("ARG"));
        reports.saveDraft(ACTOR, argentina.id(), argentina.version(), List.of(new Measure(MeasureHeading.PROSECUTION,
                "TRAINING", TRAINING, "تدريب على حماية الاطفال الضحايا", start, null,
                Set.of(TargetGroup.CRIMINAL_JUSTICE_OFFICIALS), Set.of(ExploitationForm.SEXUAL), Figures.NONE, null, null)));
        ReportSnapshot france = submit("FRA", List.of(new Measure(MeasureHeading.PARTNERSHIPS, "BILATERAL_AGREEMENT",
                AGREEMENT, "مُكافَحَةُ الاتِّجَارِ بالعمال المهاجرين", start, null, Set.of(TargetGroup.MIGRANT_WORKERS),
                Set.of(ExploitationForm.FORCED_LABOUR), Figures.NONE, null, null)));
        reports.returnForRevision(ACTOR, france.id(), france.version(), "يرجى إضافة الأرقام");
    }

    /** The Working Group recommendation the awareness campaign cites (one with an English text, if any has). */
    private Long cited() {
        return jdbc.queryForObject("select id from wg_recommendation order by text_en is null, id limit 1", Long.class);
    }

    private long participant(String iso3) {
        return jdbc.queryForObject("select id from participant where iso3 = ?", Long.class, iso3);
    }

    private ReportSnapshot submit(String iso3, List<Measure> measures) {
        ReportSnapshot report = reports.open(ACTOR, cycleId, participant(iso3));
        var result = reports.submit(ACTOR, report.id(), report.version(), measures);
        assertThat(result.problems()).as(iso3).isEmpty();
        return result.report();
    }

    private Document page(RequestPostProcessor who, String query) throws Exception {
        String html = mvc.perform(get("/measures?cycle=" + cycleId + query).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private Set<String> titles(RequestPostProcessor who, String query) throws Exception {
        return new TreeSet<>(page(who, query).select("#measures-table .measure-title").eachText());
    }

    private static Set<String> set(String... titles) {
        return new TreeSet<>(List.of(titles));
    }

    @Test
    void theSecretariatSeesEveryReportOfTheCycle() throws Exception {
        assertThat(titles(SECRETARIAT, "")).isEqualTo(set(CAMPAIGN, LAW, SHELTER, TRAINING, AGREEMENT));
        Document page = page(SECRETARIAT, "");
        assertThat(page.select("#result-count").text()).contains("٥");
        assertThat(page.select(".measure-title").first().attr("href")).startsWith("/reports/");
    }

    @Test
    void eachFilterNarrowsTheResults() throws Exception {
        assertThat(titles(SECRETARIAT, "&heading=PREVENTION")).isEqualTo(set(CAMPAIGN));
        assertThat(titles(SECRETARIAT, "&type=SHELTER_SERVICES")).isEqualTo(set(SHELTER));
        assertThat(titles(SECRETARIAT, "&region=Africa")).isEqualTo(set(CAMPAIGN, LAW, SHELTER));
        assertThat(titles(SECRETARIAT, "&participant=FRA")).isEqualTo(set(AGREEMENT));
        assertThat(titles(SECRETARIAT, "&group=CHILDREN")).isEqualTo(set(CAMPAIGN));
        assertThat(titles(SECRETARIAT, "&form=SEXUAL")).isEqualTo(set(CAMPAIGN, TRAINING));
        assertThat(titles(SECRETARIAT, "&status=DRAFT")).isEqualTo(set(TRAINING));
        assertThat(titles(SECRETARIAT, "&status=RETURNED&region=Europe")).isEqualTo(set(AGREEMENT));
        assertThat(titles(SECRETARIAT, "&heading=PREVENTION&region=Europe")).isEmpty();
        assertThat(page(SECRETARIAT, "&heading=PREVENTION&region=Europe").select("#no-results")).hasSize(1);
    }

    @Test
    void textSearchForgivesSpellingVariants() throws Exception {
        // hamza: الاطفال finds الأطفال, and الأطفال finds الاطفال
        assertThat(titles(SECRETARIAT, "&q=الاطفال")).isEqualTo(set(CAMPAIGN, TRAINING));
        assertThat(titles(SECRETARIAT, "&q=الأطفال")).isEqualTo(set(CAMPAIGN, TRAINING));
        // ة/ه, and words written with diacritics
        assertThat(titles(SECRETARIAT, "&q=مكافحه")).isEqualTo(set(CAMPAIGN, LAW, SHELTER, AGREEMENT));
        assertThat(titles(SECRETARIAT, "&q=مكافحة")).isEqualTo(set(CAMPAIGN, LAW, SHELTER, AGREEMENT));
        assertThat(titles(SECRETARIAT, "&q=الاتجار")).isEqualTo(set(CAMPAIGN, LAW, AGREEMENT));
        // every word must occur; a query with diacritics finds the text without
        assertThat(titles(SECRETARIAT, "&q=الاتجار بالأطفال")).isEqualTo(set(CAMPAIGN));
        assertThat(titles(SECRETARIAT, "&q=مُكافَحَة العمال")).isEqualTo(set(AGREEMENT));
        // Latin letters never stand in for Arabic ones (the index's mapped text is one to one)
        assertThat(titles(SECRETARIAT, "&q=ATJAR")).isEmpty();
        // LIKE wildcards are searched as text
        assertThat(titles(SECRETARIAT, "&q=%25")).isEmpty();
        assertThat(titles(SECRETARIAT, "&q=_")).isEmpty();
        // the snippet marks the matching word
        assertThat(page(SECRETARIAT, "&q=الاستغلال").select(".snippet mark").eachText()).contains("الاستغلال");
    }

    @Test
    void analystsSeeOnlySubmittedAndAcceptedReports() throws Exception {
        assertThat(titles(ANALYST, "")).isEqualTo(set(CAMPAIGN, LAW, SHELTER));
        assertThat(titles(ANALYST, "&q=الاطفال")).isEqualTo(set(CAMPAIGN));
        Document draft = page(ANALYST, "&status=DRAFT");
        assertThat(draft.select("#ignored").text()).contains("DRAFT");
        assertThat(draft.select(".measure-title").eachText()).hasSize(3);
        assertThat(draft.select("#status option").eachAttr("value")).containsExactly("", "SUBMITTED", "ACCEPTED");
    }

    @Test
    void focalPointsAreRefused() throws Exception {
        mvc.perform(get("/measures").with(FOCAL_POINT)).andExpect(status().isForbidden());
        mvc.perform(get("/measures/export.csv").with(FOCAL_POINT)).andExpect(status().isForbidden());
        mvc.perform(get("/measures/export.xlsx").with(FOCAL_POINT)).andExpect(status().isForbidden());
    }

    @Test
    void badFilterValuesAreIgnoredWithAMessage() throws Exception {
        String html = mvc.perform(get("/measures").param("cycle", String.valueOf(cycleId)).param("heading", "NOPE")
                        .param("type", "<b>bold</b>").param("page", "x").param("region", "Atlantis")
                        .param("group", "'; drop table measure; --").param("participant", "ZZZ").with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#ignored p")).hasSize(6);
        assertThat(page.select("#ignored").text()).contains("NOPE", "<b>bold</b>", "Atlantis", "ZZZ");
        assertThat(html).doesNotContain("<b>bold</b>");
        assertThat(page.select(".measure-title")).hasSize(5);
        Document unknownCycle = Jsoup.parse(mvc.perform(get("/measures?cycle=abc&page=999999999999").with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(unknownCycle.select("#ignored p")).hasSize(2);
        mvc.perform(get("/measures?cycle=-1&page=-5&q=" + "ا".repeat(500)).with(SECRETARIAT)).andExpect(status().isOk());
        mvc.perform(get("/measures/export.csv?heading=NOPE").with(SECRETARIAT)).andExpect(status().isBadRequest());
        mvc.perform(get("/measures/export.xlsx?cycle=abc").with(SECRETARIAT)).andExpect(status().isBadRequest());
    }

    @Test
    void htmlInATitleIsShownAsText() throws Exception {
        String html = mvc.perform(get("/measures?cycle=" + cycleId + "&heading=LEGISLATION").with(SECRETARIAT))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(Jsoup.parse(html).select(".measure-title").text()).isEqualTo(LAW);
    }

    @Test
    void csvHasAByteOrderMarkTheFilteredRowsAndNoFormula() throws Exception {
        byte[] body = mvc.perform(get("/measures/export.csv?cycle=" + cycleId).with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(body[0] & 0xff).isEqualTo(0xEF);
        assertThat(body[1] & 0xff).isEqualTo(0xBB);
        assertThat(body[2] & 0xff).isEqualTo(0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVParser.parse(text, CSVFormat.RFC4180).getRecords();
        assertThat(records).hasSize(1 + 5);
        assertThat(records.get(0).get(0)).isEqualTo("الدولة أو المشارك");
        assertThat(records.stream().map(r -> r.get(7)).toList()).contains(CAMPAIGN, LAW, TRAINING);
        CSVRecord law = records.stream().filter(r -> r.get(7).equals(LAW)).findFirst().orElseThrow();
        assertThat(law.get(8)).isEqualTo("'" + FORMULA);
        assertThat(law.get(0)).isEqualTo("مصر");
        assertThat(text).doesNotContain(",=HYPERLINK");

        String analyst = mvc.perform(get("/measures/export.csv?cycle=" + cycleId + "&q=الاطفال").with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> analystRecords = CSVParser.parse(analyst.substring(1), CSVFormat.RFC4180).getRecords();
        assertThat(analystRecords).hasSize(2);
        assertThat(analystRecords.get(1).get(7)).isEqualTo(CAMPAIGN);
    }

    @Test
    void xlsxRunsRightToLeftWithTheFilteredRows() throws Exception {
        byte[] body = mvc.perform(get("/measures/export.xlsx?cycle=" + cycleId).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Set<String> titles = new TreeSet<>();
            for (int i = 1; i <= 3; i++) {
                titles.add(sheet.getRow(i).getCell(7).getStringCellValue());
            }
            assertThat(titles).isEqualTo(set(CAMPAIGN, LAW, SHELTER));
            for (int i = 1; i <= 3; i++) {
                var description = sheet.getRow(i).getCell(8);
                assertThat(description.getCellType()).isEqualTo(CellType.STRING);
                assertThat(description.getStringCellValue()).doesNotStartWith("=");
            }
        }
        byte[] english = mvc.perform(get("/measures/export.xlsx?lang=en&cycle=" + cycleId).with(ANALYST))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("State or participant");
        }
    }

    /** The column of a workbook's header row that holds this text. */
    private static int column(XSSFSheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static org.apache.poi.ss.usermodel.Row rowOf(XSSFSheet sheet, String title) {
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            if (sheet.getRow(i).getCell(7).getStringCellValue().equals(title)) {
                return sheet.getRow(i);
            }
        }
        throw new AssertionError("no row " + title);
    }

    @Test
    void xlsxTypesDatesAndFiguresCitesTheRecommendationAndSetsUpItsSheet() throws Exception {
        Long recommendation = cited();
        String textAr = jdbc.queryForObject("select text_ar from wg_recommendation where id = ?", String.class, recommendation);
        String textEn = jdbc.queryForObject("select coalesce(text_en, text_ar) from wg_recommendation where id = ?",
                String.class, recommendation);
        int year = jdbc.queryForObject("select m.year from wg_recommendation r join wg_meeting m on m.id = r.meeting_id"
                + " where r.id = ?", Integer.class, recommendation);
        String letter = org.tiptracker.arabic.Abjad.item(jdbc.queryForObject(
                "select position from wg_recommendation where id = ?", Integer.class, recommendation));
        byte[] body = mvc.perform(get("/measures/export.xlsx?cycle=" + cycleId).with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1) + "6");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(8)).isEqualTo(60 * 256);
            assertThat(sheet.getColumnWidth(0)).isBetween(8 * 256, 60 * 256);

            var campaign = rowOf(sheet, CAMPAIGN);
            var start = campaign.getCell(column(sheet, "تاريخ البدء"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 1));
            var trained = campaign.getCell(column(sheet, "الأشخاص الذين تلقوا التدريب"));
            assertThat(trained.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(trained.getNumericCellValue()).isEqualTo(1200);
            assertThat(campaign.getCell(column(sheet, "رقم التقرير")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(campaign.getCell(column(sheet, "الضحايا الذين تلقوا المساعدة"))).as("no figure, no cell").isNull();
            String code = campaign.getCell(column(sheet, "توصية الفريق العامل المستشهد بها")).getStringCellValue();
            assertThat(code).contains(org.tiptracker.arabic.UnArabic.arabicIndic().year(year)).endsWith(letter);
            assertThat(campaign.getCell(column(sheet, "نص التوصية المستشهد بها")).getStringCellValue())
                    .isEqualTo(org.tiptracker.common.SpreadsheetText.neutralize(textAr));
            assertThat(rowOf(sheet, SHELTER).getCell(column(sheet, "نص التوصية المستشهد بها"))).isNull();
        }
        byte[] english = mvc.perform(get("/measures/export.xlsx?lang=en&cycle=" + cycleId).with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var campaign = rowOf(sheet, CAMPAIGN);
            assertThat(campaign.getCell(column(sheet, "Working Group recommendation cited")).getStringCellValue())
                    .contains(Integer.toString(year)).endsWith(letter);
            assertThat(campaign.getCell(column(sheet, "Text of the recommendation cited")).getStringCellValue())
                    .isEqualTo(org.tiptracker.common.SpreadsheetText.neutralize(textEn));
            assertThat(isDate(campaign.getCell(column(sheet, "Start date")))).isTrue();
        }
        // The CSV carries the same columns, dates ISO.
        String csv = mvc.perform(get("/measures/export.csv?cycle=" + cycleId).with(SECRETARIAT))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        CSVRecord campaignLine = CSVParser.parse(csv.substring(1), CSVFormat.RFC4180).getRecords().stream()
                .filter(r -> r.get(7).equals(CAMPAIGN)).findFirst().orElseThrow();
        assertThat(campaignLine.get(9)).isEqualTo("2024-06-01");
        assertThat(campaignLine.toList()).contains(org.tiptracker.common.SpreadsheetText.neutralize(textAr), "1200");
    }

    private static boolean isDate(org.apache.poi.ss.usermodel.Cell cell) {
        return cell.getCellType() == CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell);
    }

    @Test
    void theExportLinksCarryTheFilters() throws Exception {
        Document page = page(SECRETARIAT, "&heading=PREVENTION&q=الاطفال");
        String csv = page.select("#export-csv").attr("href");
        assertThat(csv).startsWith("/measures/export.csv?").contains("heading=PREVENTION").contains("cycle=" + cycleId);
        String body = mvc.perform(get(java.net.URI.create(csv)).with(SECRETARIAT)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(CSVParser.parse(body.substring(1), CSVFormat.RFC4180).getRecords()).hasSize(2);
    }
}
