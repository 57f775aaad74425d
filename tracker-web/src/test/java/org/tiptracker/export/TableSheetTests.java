package org.tiptracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one set-up of every exported sheet, read back as a spreadsheet reads it. */
class TableSheetTests {

    static final List<String> HEADER = List.of("الاسم", "التاريخ", "العدد", "المبلغ");

    /** A streamed workbook of the given rows, written and read back. */
    private static XSSFWorkbook written(boolean rightToLeft, List<List<?>> rows) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(2);
        try (workbook; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            TableSheet sheet = TableSheet.create(workbook, "data", rightToLeft, HEADER);
            rows.forEach(sheet::row);
            sheet.finish();
            workbook.write(bytes);
            return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
        } finally {
            workbook.dispose();
        }
    }

    @Test
    void datesAreDateCellsShownDayMonthYearAndFiguresAreNumbers() throws Exception {
        try (XSSFWorkbook workbook = written(true, List.of(
                List.of("بيرو", LocalDate.of(2002, 1, 23), 1200, new BigDecimal("250000.50")),
                List.of("تونس", LocalDate.of(2003, 7, 14), 7L, new BigDecimal("12"))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell date = sheet.getRow(1).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2002, 1, 23));
            assertThat(new DataFormatter().formatCellValue(date)).isEqualTo("23/01/2002");

            XSSFCell count = sheet.getRow(1).getCell(2);
            assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(count)).isFalse();
            assertThat(count.getNumericCellValue()).isEqualTo(1200);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(7);

            XSSFCell amount = sheet.getRow(1).getCell(3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(250000.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo(TableSheet.AMOUNT_FORMAT);

            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.isRightToLeft()).isTrue();
        }
    }

    @Test
    void theHeaderRowIsFrozenBoldAndCarriesTheAutofilterOverEveryRow() throws Exception {
        try (XSSFWorkbook workbook = written(false, List.of(
                List.of("a", LocalDate.of(2020, 1, 1), 1, BigDecimal.ONE),
                List.of("b", LocalDate.of(2020, 1, 2), 2, BigDecimal.TEN),
                List.of("c", LocalDate.of(2020, 1, 3), 3, BigDecimal.ONE)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isFalse();
            var pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D4");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
        try (XSSFWorkbook empty = written(false, List.of())) {
            assertThat(empty.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D1");
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestValueWithinBoundsUnlessSetByTheExport() throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(2);
        try (workbook; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            TableSheet sheet = TableSheet.create(workbook, "data", false, List.of("a", "b", "c", "d"));
            sheet.width(3, 45);
            sheet.row(List.of("x".repeat(30), "y".repeat(500), LocalDate.of(2020, 1, 1), "z"));
            sheet.finish();
            workbook.write(bytes);
            try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                XSSFSheet s = read.getSheetAt(0);
                assertThat(s.getColumnWidth(0)).isEqualTo(32 * 256);
                assertThat(s.getColumnWidth(1)).isEqualTo(TableSheet.MAX_CHARACTERS * 256);
                assertThat(s.getColumnWidth(2)).as("a date's column fits dd/mm/yyyy").isBetween(10 * 256, 20 * 256);
                assertThat(s.getColumnWidth(3)).isEqualTo(45 * 256);
            }
        } finally {
            workbook.dispose();
        }
    }

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaIsWrittenAsTextAndEmptyValuesLeaveNoCell() throws Exception {
        try (XSSFWorkbook workbook = written(false, List.of(Arrays.asList("=HYPERLINK(\"http://x\")", null, "", "@SUM(A1)")))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(1)).isNull();
            assertThat(row.getCell(2)).isNull();
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'@SUM(A1)");
        }
    }

    @Test
    void valuesThatComeAsTextAreTypedWhenTheyAreDatesOrPlainNumbers() {
        assertThat(TableSheet.typed("2016-05-30")).isEqualTo(LocalDate.of(2016, 5, 30));
        assertThat(TableSheet.typed("170")).isEqualTo(170L);
        assertThat(TableSheet.typed("2.5")).isEqualTo(new BigDecimal("2.5"));
        assertThat(TableSheet.typed("004")).as("a code keeps its zeros").isEqualTo("004");
        assertThat(TableSheet.typed("2016-02-30")).isEqualTo("2016-02-30");
        assertThat(TableSheet.typed("١٧٠")).isEqualTo("١٧٠");
        assertThat(TableSheet.typed("A/RES/70/179")).isEqualTo("A/RES/70/179");
        assertThat(TableSheet.typed("")).isEqualTo("");
        assertThat(CsvFile.texts(Arrays.asList(LocalDate.of(2016, 5, 30), 3, new BigDecimal("1E+3"), null, "x")))
                .containsExactly("2016-05-30", "3", "1000", "", "x");
    }
}
