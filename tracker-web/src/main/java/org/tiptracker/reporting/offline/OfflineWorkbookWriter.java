package org.tiptracker.reporting.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.persistence.ReportSnapshot;

/**
 * Writes a report as a workbook to fill in offline: a right-to-left sheet of measures (one row per
 * measure, then empty rows) whose heading and type columns offer the managed lists as drop-downs,
 * and whose last column the codes of the Working Group's recommendations (see {@link RecommendationCodes}),
 * an instructions sheet, a hidden sheet with the lists and a hidden sheet naming the report and
 * its version. Text is written as text cells, never as formulas; text that a spreadsheet would
 * take for a formula is marked as quoted text (the value itself is unchanged).
 */
record OfflineWorkbookWriter(OfflineLayout layout, MessageSource messages) {

    byte[] write(ReportSnapshot report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(text("offline.sheet.measures"));
            sheet.setRightToLeft(true);
            XSSFSheet instructions = workbook.createSheet(text("offline.sheet.instructions"));
            instructions.setRightToLeft(true);
            XSSFSheet lists = workbook.createSheet(OfflineLayout.LISTS_SHEET);
            XSSFSheet meta = workbook.createSheet(OfflineLayout.META_SHEET);

            Row header = sheet.createRow(0);
            for (int c = 0; c < OfflineLayout.FIELDS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(layout.label(c, OfflineLayout.ARABIC));
                cell.setCellStyle(styles.header);
            }
            List<Measure> measures = report.measures();
            int last = measures.size() + OfflineLayout.EMPTY_ROWS;
            for (int r = 1; r <= last; r++) {
                Row row = sheet.createRow(r);
                Measure m = r <= measures.size() ? measures.get(r - 1) : null;
                for (int c = 0; c < OfflineLayout.FIELDS.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == OfflineLayout.START || c == OfflineLayout.END) {
                        cell.setCellStyle(styles.date);
                    } else if (c >= OfflineLayout.FIRST_FIGURE && c <= OfflineLayout.LAST_FIGURE) {
                        cell.setCellStyle(styles.integer);
                    } else {
                        cell.setCellStyle(styles.text);
                    }
                    if (m != null) {
                        fill(cell, c, m, styles);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < OfflineLayout.FIELDS.size(); c++) {
                int width = c == OfflineLayout.DESCRIPTION ? 60 : c == OfflineLayout.TITLE || c == OfflineLayout.TYPE ? 40
                        : c == OfflineLayout.GROUPS || c == OfflineLayout.FORMS || c == OfflineLayout.HEADING ? 32
                        : c == OfflineLayout.CITATION ? 24 : 16;
                sheet.setColumnWidth(c, width * 256);
            }

            writeLists(lists);
            validations(sheet, last);
            writeInstructions(instructions, styles);
            writeMeta(meta, report);
            workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Cell cell, int c, Measure m, Styles styles) {
        switch (c) {
            case OfflineLayout.HEADING -> text(cell, m.heading() == null ? null : layout.headingName(m.heading()), styles);
            case OfflineLayout.TYPE -> text(cell, m.typeCode() == null || m.typeCode().isBlank() ? null : layout.typeName(m.typeCode()), styles);
            case OfflineLayout.TITLE -> text(cell, m.title(), styles);
            case OfflineLayout.DESCRIPTION -> text(cell, m.description(), styles);
            case OfflineLayout.START -> date(cell, m.startDate());
            case OfflineLayout.END -> date(cell, m.endDate());
            case OfflineLayout.GROUPS -> text(cell, m.targetGroups().stream().sorted().map(layout::groupName)
                    .collect(Collectors.joining("، ")), styles);
            case OfflineLayout.FORMS -> text(cell, m.forms().stream().sorted().map(layout::formName)
                    .collect(Collectors.joining("، ")), styles);
            case OfflineLayout.RECOMMENDATION -> text(cell, m.recommendationRef(), styles);
            case OfflineLayout.RESOLUTION -> text(cell, m.resolutionRef(), styles);
            case OfflineLayout.CITATION -> text(cell, layout.recommendations().code(m.recommendationId()).orElse(null), styles);
            default -> {
                Integer value = m.figures().byField().get(OfflineLayout.FIELDS.get(c));
                if (value != null) {
                    cell.setCellValue(value);
                }
            }
        }
    }

    /** A string cell; a value that looks like a formula keeps its text but is marked as quoted text. */
    private static void text(Cell cell, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        cell.setCellValue(value);
        if (SpreadsheetText.looksLikeFormula(value)) {
            cell.setCellStyle(styles.quoted);
        }
    }

    private static void date(Cell cell, LocalDate date) {
        if (date != null) {
            cell.setCellValue(date);
        }
    }

    private void writeLists(XSSFSheet lists) {
        List<List<String>> columns = List.of(layout.headingNames(), layout.typeNames(), layout.groupNames(), layout.formNames(),
                layout.recommendations().codes());
        for (int c = 0; c < columns.size(); c++) {
            List<String> names = columns.get(c);
            for (int r = 0; r < names.size(); r++) {
                Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                row.createCell(c).setCellValue(names.get(r));
            }
        }
    }

    private void validations(XSSFSheet sheet, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, OfflineLayout.HEADING, last, "$A$1:$A$" + layout.headingNames().size());
        list(sheet, helper, OfflineLayout.TYPE, last, "$B$1:$B$" + layout.typeNames().size());
        int codes = layout.recommendations().codes().size();
        if (codes > 0) {
            // A warning only: a code typed in another form (Western digits, no spaces) is still read.
            DataValidation citation = list(sheet, helper, OfflineLayout.CITATION, last, "$E$1:$E$" + codes);
            citation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        }
        DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "0", String.valueOf(org.tiptracker.reporting.ReportValidation.MAX_FIGURE));
        DataValidation figures = helper.createValidation(whole,
                new CellRangeAddressList(1, last, OfflineLayout.FIRST_FIGURE, OfflineLayout.LAST_FIGURE));
        figures.setShowErrorBox(true);
        figures.createErrorBox(short32(text("offline.validation.title")), text("offline.validation.figure"));
        sheet.addValidationData(figures);
    }

    private DataValidation list(XSSFSheet sheet, DataValidationHelper helper, int column, int last, String range) {
        DataValidationConstraint constraint = helper.createFormulaListConstraint(OfflineLayout.LISTS_SHEET + "!" + range);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        validation.createErrorBox(short32(text("offline.validation.title")), text("offline.validation.list"));
        sheet.addValidationData(validation);
        return validation;
    }

    private void writeInstructions(XSSFSheet sheet, Styles styles) {
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(text("offline.instructions.title"));
        title.getCell(0).setCellStyle(styles.header);
        for (int i = 1; i <= 9; i++) {
            sheet.createRow(r++).createCell(0).setCellValue(text("offline.instructions." + i));
        }
        r++;
        r = section(sheet, styles, r, "offline.column.targetGroups", layout.groupNames());
        r++;
        r = section(sheet, styles, r, "offline.column.forms", layout.formNames());
        r++;
        section(sheet, styles, r, "offline.column.recommendationId", layout.recommendations().descriptions());
        sheet.setColumnWidth(0, 120 * 256);
    }

    private int section(XSSFSheet sheet, Styles styles, int r, String key, List<String> names) {
        Row heading = sheet.createRow(r++);
        heading.createCell(0).setCellValue(text(key));
        heading.getCell(0).setCellStyle(styles.header);
        for (String name : names) {
            sheet.createRow(r++).createCell(0).setCellValue(name);
        }
        return r;
    }

    private static void writeMeta(XSSFSheet meta, ReportSnapshot report) {
        Object[][] values = {{"format", OfflineLayout.FORMAT}, {"report", report.id()}, {"version", report.version()},
                {"participant", report.iso3()}, {"cycle", report.cycleId()}};
        for (int r = 0; r < values.length; r++) {
            Row row = meta.createRow(r);
            row.createCell(0).setCellValue((String) values[r][0]);
            if (values[r][1] instanceof Long number) {
                row.createCell(1).setCellValue(number.doubleValue());
            } else {
                row.createCell(1).setCellValue(String.valueOf(values[r][1]));
            }
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, OfflineLayout.ARABIC);
    }

    private static String short32(String title) {
        return title.length() <= 32 ? title : title.substring(0, 32);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle date;
        final CellStyle integer;

        Styles(XSSFWorkbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            text.setWrapText(true);
            quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }
    }

}
