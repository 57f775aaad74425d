package org.tiptracker.reporting.offline;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.OfflineRow;

/**
 * Reads an uploaded offline workbook. The file must be an XLSX workbook made by this application
 * (its hidden sheet names the report and the version it was made from) with the columns in place.
 * Every non-empty row becomes a measure and the problems of its cells; nothing is ever evaluated:
 * a formula cell, or text that a spreadsheet would run as a formula, is a problem of its row. What
 * the cells' text must be is the domain's {@link OfflineRow}; this class reads the cells.
 */
final class OfflineWorkbookReader {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    /**
     * What the file may unpack to, in all and per part: a report's workbook of a few hundred measures
     * unpacks to well under a megabyte; a small file that unpacks to tens of megabytes (a "zip bomb")
     * would take the server's memory when parsed, so it is refused before.
     */
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    static final long MAX_PART_BYTES = 8L * 1024 * 1024;
    static final int MAX_PARTS = 200;
    /** Workbooks parsed at once; others wait a little, then are asked to try again. */
    static final int AT_ONCE = 2;
    private static final java.util.concurrent.Semaphore PARSING = new java.util.concurrent.Semaphore(AT_ONCE);

    /** A problem of one cell (or of the row, with column -1): a message key and its arguments. */
    record CellError(int column, String key, Object[] args) {
    }

    /** One row as read: its number in the sheet (1-based, as the spreadsheet shows it), its cells as text, the measure. */
    record ParsedRow(int rowNumber, List<String> cells, Measure measure, List<CellError> errors) {
    }

    /**
     * The workbook: which report and version it was made from, and its rows; {@code citations} is
     * false for a workbook made before it had the column of cited recommendations (its measures
     * then cite none).
     */
    record ParsedWorkbook(long reportId, long version, List<ParsedRow> rows, boolean citations) {

        List<Measure> measures() {
            return rows.stream().map(ParsedRow::measure).toList();
        }
    }

    private final OfflineLayout layout;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    OfflineWorkbookReader(OfflineLayout layout) {
        this.layout = layout;
    }

    ParsedWorkbook read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("offline.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("offline.file.tooLarge");
        }
        // An XLSX file is a ZIP archive.
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw new DomainException("offline.file.notXlsx");
        }
        checkUnpackedSize(content);
        boolean admitted;
        try {
            admitted = PARSING.tryAcquire(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new DomainException("offline.file.busy");
        }
        try {
            XSSFWorkbook workbook;
            try {
                workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
            } catch (Exception | LinkageError e) {
                throw new DomainException("offline.file.notXlsx");
            }
            try (workbook) {
                return read(workbook);
            } catch (DomainException e) {
                throw e;
            } catch (Exception e) {
                throw new DomainException("offline.file.unreadable");
            }
        } finally {
            PARSING.release();
        }
    }

    /**
     * Unpacks the archive into nothing, counting, and refuses it once a part or the whole passes the
     * limits (the sizes the archive declares are not trusted: they are counted).
     */
    static void checkUnpackedSize(byte[] content) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[16 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new DomainException("offline.file.tooLargeUnpacked");
                }
                long part = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    part += n;
                    total += n;
                    if (part > MAX_PART_BYTES || total > MAX_UNPACKED_BYTES) {
                        throw new DomainException("offline.file.tooLargeUnpacked");
                    }
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new DomainException("offline.file.notXlsx");
        }
    }

    private ParsedWorkbook read(XSSFWorkbook workbook) {
        Sheet meta = workbook.getSheet(OfflineLayout.META_SHEET);
        if (meta == null || !OfflineLayout.FORMAT.equals(text(meta, 0))) {
            throw new DomainException("offline.file.layout");
        }
        long reportId = number(meta, 1);
        long version = number(meta, 2);
        if (workbook.getNumberOfSheets() == 0) {
            throw new DomainException("offline.file.layout");
        }
        Sheet sheet = workbook.getSheetAt(0);
        Row header = sheet.getRow(0);
        boolean citations = true;
        for (int c = 0; c < OfflineLayout.FIELDS.size(); c++) {
            Cell cell = header == null ? null : header.getCell(c);
            String label = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
            if (c == OfflineLayout.CITATION && label.isEmpty() && !columnUsed(sheet, c)) {
                // A workbook made before the column existed.
                citations = false;
                continue;
            }
            if (!label.equals(layout.label(c, OfflineLayout.ARABIC)) && !label.equals(layout.label(c, Locale.ENGLISH))) {
                throw new DomainException("offline.file.columns", c + 1, layout.label(c, OfflineLayout.ARABIC));
            }
        }
        List<ParsedRow> rows = new ArrayList<>();
        int lastRow = sheet.getLastRowNum();
        if (lastRow > OfflineLayout.MAX_ROWS) {
            // Only rows with content count; blank formatted rows beyond the limit are fine.
            for (int r = OfflineLayout.MAX_ROWS + 1; r <= lastRow; r++) {
                if (!blank(sheet.getRow(r))) {
                    throw new DomainException("offline.file.tooManyRows", OfflineLayout.MAX_ROWS);
                }
            }
            lastRow = OfflineLayout.MAX_ROWS;
        }
        for (int r = 1; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (!blank(row)) {
                rows.add(row(row));
            }
        }
        return new ParsedWorkbook(reportId, version, rows, citations);
    }

    private ParsedRow row(Row row) {
        List<CellError> errors = new ArrayList<>();
        String[] values = new String[OfflineLayout.FIELDS.size()];
        List<String> shown = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.getCell(c);
            values[c] = null;
            if (cell == null) {
                shown.add("");
                continue;
            }
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                errors.add(new CellError(c, "offline.error.formula", new Object[0]));
                shown.add("=" + safe(cell.getCellFormula()));
                continue;
            }
            if (type == CellType.ERROR) {
                errors.add(new CellError(c, "offline.error.cell", new Object[0]));
                shown.add("");
                continue;
            }
            if (type == CellType.STRING) {
                String text = cell.getStringCellValue();
                shown.add(text);
                if (SpreadsheetText.startsAFormula(text) && !cell.getCellStyle().getQuotePrefixed()) {
                    errors.add(new CellError(c, "offline.error.formula", new Object[0]));
                    continue;
                }
                values[c] = text.isBlank() ? null : text.strip();
                continue;
            }
            if (type == CellType.NUMERIC && (c == OfflineLayout.START || c == OfflineLayout.END)) {
                shown.add(DateUtil.isValidExcelDate(cell.getNumericCellValue())
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : formatter.formatCellValue(cell));
            } else if (type == CellType.NUMERIC && c >= OfflineLayout.FIRST_FIGURE && c <= OfflineLayout.LAST_FIGURE) {
                double d = cell.getNumericCellValue();
                shown.add(d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d));
            } else {
                shown.add(type == CellType.BLANK ? "" : formatter.formatCellValue(cell));
            }
            values[c] = shown.get(c).isBlank() ? null : shown.get(c).strip();
        }

        Map<String, String> text = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (int c = 0; c < values.length; c++) {
            text.put(OfflineLayout.FIELDS.get(c), values[c]);
            Cell cell = row.getCell(c);
            if ((c == OfflineLayout.START || c == OfflineLayout.END) && values[c] != null && cell != null
                    && cell.getCellType() == CellType.NUMERIC && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                dates.put(OfflineLayout.FIELDS.get(c), cell.getLocalDateTimeCellValue().toLocalDate());
            }
        }
        OfflineRow.Read read = OfflineRow.read(text, dates, layout);
        read.problems().forEach(p -> errors.add(new CellError(OfflineLayout.column(p.field()), p.key(), p.args())));
        return new ParsedRow(row.getRowNum() + 1, shown, read.measure(), errors);
    }

    private static String safe(String formula) {
        return formula == null ? "" : formula.length() > 200 ? formula.substring(0, 200) : formula;
    }

    /** Whether any row below the header has something in this column. */
    private static boolean columnUsed(Sheet sheet, int column) {
        for (int r = 1; r <= Math.min(sheet.getLastRowNum(), OfflineLayout.MAX_ROWS); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return true;
            }
        }
        return false;
    }

    private boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (int c = 0; c < OfflineLayout.FIELDS.size(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                continue;
            }
            CellType type = cell.getCellType();
            if (type == CellType.BLANK) {
                continue;
            }
            if (type == CellType.STRING && cell.getStringCellValue().isBlank()) {
                continue;
            }
            return false;
        }
        return true;
    }

    private String text(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(1);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    private long number(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(1);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            throw new DomainException("offline.file.layout");
        }
        return (long) cell.getNumericCellValue();
    }
}
