package org.tiptracker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** CSV with a byte order mark, XLSX right to left, and no formula ever written out. */
@SpringBootTest
@AutoConfigureMockMvc
class StatusExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void csvIsUtf8WithByteOrderMark() throws Exception {
        byte[] body = mvc.perform(get("/status/export.csv?asOf=2016-05-30&region=Africa"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("status-2016-05-30.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body[0] & 0xff).isEqualTo(0xEF);
        assertThat(body[1] & 0xff).isEqualTo(0xBB);
        assertThat(body[2] & 0xff).isEqualTo(0xBF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1 + 54);
        assertThat(text.lines().findFirst().orElseThrow()).contains("المشارك");
        assertThat(text).contains("SLE,سيراليون,أفريقيا,");
    }

    @Test
    void csvHeadingsSayWhereTheRecordsAreNotKnownToBeComplete() throws Exception {
        // on 30 May 2016 SOM and Firearms are recorded completely only to 10 July 2014; UNTOC and TIP to that day
        String late = new String(mvc.perform(get("/status/export.csv?asOf=2016-05-30&lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String heading = late.lines().findFirst().orElseThrow();
        assertThat(heading).contains("Smuggling of Migrants Protocol: instrument deposited (recorded completely only up to 10 July 2014")
                .contains("Firearms Protocol: instrument deposited (recorded completely only up to 10 July 2014")
                .contains("Trafficking in Persons Protocol: instrument deposited,");
        String arabic = new String(mvc.perform(get("/status/export.csv?asOf=2016-05-30")).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(arabic.lines().findFirst().orElseThrow()).contains("مسجَّل كاملاً حتى");
        String complete = new String(mvc.perform(get("/status/export.csv?asOf=2014-07-10&lang=en")).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(complete.lines().findFirst().orElseThrow()).doesNotContain("recorded completely");
    }

    @Test
    void xlsxRunsRightToLeftInArabicAndLeftToRightInEnglish() throws Exception {
        byte[] body = mvc.perform(get("/status/export.xlsx?asOf=2016-05-30")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(198);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("المشارك");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).as("the names' column is wider than the codes'")
                    .isGreaterThan(sheet.getColumnWidth(0));
        }
        byte[] english = mvc.perform(get("/status/export.xlsx?asOf=2016-05-30&lang=en")).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
            // on 30 May 2016 SOM and Firearms are recorded completely only to 10 July 2014: a sheet says so
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet notes = workbook.getSheet("Records incomplete");
            assertThat(notes.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Smuggling of Migrants Protocol: complete up to 10 July 2014; later actions are recorded as notifications arrive.");
            assertThat(notes.getLastRowNum()).isEqualTo(2);
        }
        byte[] complete = mvc.perform(get("/status/export.xlsx?asOf=2014-07-10&lang=en")).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(complete))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
    }

    @Test
    void datesAreExcelDatesAndKindsAreNamedInTheWorkbooksLanguage() throws Exception {
        byte[] body = mvc.perform(get("/status/export.xlsx?asOf=2016-05-30")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.util.Set<String> arabicKinds = kinds(body);
        assertThat(arabicKinds).contains("تصديق", "انضمام (a)").allMatch(k -> !k.matches(".*[a-z]{3,}.*"));
        byte[] english = mvc.perform(get("/status/export.xlsx?asOf=2016-05-30&lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(kinds(english)).contains("Ratification", "Accession (a)").doesNotContain("ratification", "accession");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            assertThat(columns).isEqualTo(3 + 4 * 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1) + "199");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            int dates = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                for (int c = 3; c < columns; c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    if (cell == null || (c - 3) % 3 == 2) {
                        continue;
                    }
                    assertThat(cell.getCellType()).as("row %d column %d", r, c).isEqualTo(CellType.NUMERIC);
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)).isTrue();
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isBeforeOrEqualTo(java.time.LocalDate.of(2016, 5, 30));
                    dates++;
                }
            }
            assertThat(dates).isGreaterThan(500);
            // Every column's width is set by the export (a <col> with a custom width), the names' wider than the codes'.
            var cols = sheet.getCTWorksheet().getColsArray(0).getColArray();
            assertThat(cols).isNotEmpty().allMatch(col -> col.getCustomWidth());
            assertThat(cols[cols.length - 1].getMax()).isEqualTo(columns);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            for (int c = 0; c < columns; c++) {
                assertThat(sheet.getColumnWidth(c)).as("column %d", c).isBetween(8 * 256, 60 * 256);
            }
        }
    }

    /** The instrument kinds a status workbook names (every third column after the participant's three). */
    private static java.util.Set<String> kinds(byte[] xlsx) throws Exception {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                for (int c = 5; c < sheet.getRow(0).getLastCellNum(); c += 3) {
                    var cell = sheet.getRow(r).getCell(c);
                    if (cell != null) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        kinds.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return kinds;
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        String formula = "=cmd|' /C calc'!A0";
        jdbc.update("update participant set name_ar = ? where iso3 = 'NIU'", formula);
        try {
            String csv = mvc.perform(get("/status/export.csv?q=NIU")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv).contains("'=cmd|").doesNotContain(",=cmd");
            byte[] xlsx = mvc.perform(get("/status/export.xlsx?q=NIU")).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                var cell = workbook.getSheetAt(0).getRow(1).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                // As in every export: the apostrophe keeps it text and shows where a formula was refused.
                assertThat(cell.getStringCellValue()).isEqualTo("'" + formula);
            }
        } finally {
            jdbc.update("update participant set name_ar = 'نيوي' where iso3 = 'NIU'");
        }
    }
}
