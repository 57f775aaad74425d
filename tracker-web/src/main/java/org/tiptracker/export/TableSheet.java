package org.tiptracker.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.tiptracker.common.SpreadsheetText;

/**
 * The sheet of an exported table, set up the same way by every export: right to left for Arabic,
 * a bold header row that stays in view (frozen) and carries an autofilter, and typed cells. A date
 * is a date cell shown dd/mm/yyyy, a whole number or an amount a number cell, text a text cell
 * that a spreadsheet never takes for a formula ({@link SpreadsheetText#neutralize}). Column widths
 * come from the longest value of each column (measuring every cell with the fonts, as
 * autoSizeColumn does, costs more than the rest of an export), within bounds, unless an export
 * sets a column's width itself.
 *
 * <p>Works as well on a streamed workbook (SXSSF): rows are written one after another and
 * nothing already written is read back.
 */
public final class TableSheet {

    /** The date format of every exported date (Excel's codes: mm is the month here). */
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    /** An amount of money: thousands grouped, two decimals. */
    public static final String AMOUNT_FORMAT = "#,##0.00";

    static final int MIN_CHARACTERS = 8;
    static final int MAX_CHARACTERS = 60;
    private static final int DATE_CHARACTERS = 12;

    private final Sheet sheet;
    private final int columns;
    private final int[] widths;
    private final boolean[] fixed;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle integer;
    private final CellStyle amount;
    private int next = 1;

    private TableSheet(Workbook workbook, String name, boolean rightToLeft, List<String> header) {
        sheet = workbook.createSheet(name);
        sheet.setRightToLeft(rightToLeft);
        columns = header.size();
        widths = new int[columns];
        fixed = new boolean[columns];
        DataFormat formats = workbook.createDataFormat();
        // Each cell names its style: one without a style is written with its column's, looked up
        // in the column definitions for every cell.
        text = workbook.getCellStyleAt(0);
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("0"));
        amount = workbook.createCellStyle();
        amount.setDataFormat(formats.getFormat(AMOUNT_FORMAT));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < columns; i++) {
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(SpreadsheetText.neutralize(header.get(i)));
            cell.setCellStyle(bold);
            widths[i] = header.get(i) == null ? 0 : header.get(i).length();
        }
        sheet.createFreezePane(0, 1);
    }

    /** A new sheet of {@code workbook} with its header row. */
    public static TableSheet create(Workbook workbook, String name, boolean rightToLeft, List<String> header) {
        return new TableSheet(workbook, name, rightToLeft, header);
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?(0|[1-9]\\d{0,14})");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9]\\d{0,14})\\.\\d{1,6}");

    /**
     * A value of a table that comes as text (ISO dates, plain numbers) as the type it writes: a
     * date, a whole number, a decimal, or the text itself. A number with a leading zero (a code
     * such as {@code 004}) stays text.
     */
    public static Object typed(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        if (WHOLE.matcher(value).matches()) {
            return Long.parseLong(value);
        }
        if (DECIMAL.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        return value;
    }

    /** Sets a column's width in characters, instead of the one measured from its values. */
    public TableSheet width(int column, int characters) {
        widths[column] = characters;
        fixed[column] = true;
        return this;
    }

    /**
     * Writes the next row. A value is a {@link LocalDate} (a date cell), an {@link Integer} or
     * {@link Long} (a whole number), a {@link BigDecimal} (an amount), or anything else as text;
     * null or empty text leaves the cell empty (no cell, rather than a cell holding nothing).
     */
    public void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null || (value instanceof CharSequence s && s.isEmpty())) {
                continue;
            }
            Cell cell = row.createCell(i);
            int length;
            if (value instanceof LocalDate d) {
                cell.setCellStyle(date);
                cell.setCellValue(d);
                length = DATE_CHARACTERS;
            } else if (value instanceof Integer || value instanceof Long) {
                cell.setCellStyle(integer);
                cell.setCellValue(((Number) value).doubleValue());
                length = value.toString().length();
            } else if (value instanceof BigDecimal d) {
                cell.setCellStyle(amount);
                cell.setCellValue(d.doubleValue());
                length = d.toPlainString().length() + d.precision() / 3 + 3;
            } else {
                // Text cells are never evaluated; the apostrophe also shows where a formula was refused.
                String s = SpreadsheetText.neutralize(value.toString());
                cell.setCellStyle(text);
                cell.setCellValue(s);
                length = s.length();
            }
            if (i < columns && !fixed[i]) {
                widths[i] = Math.max(widths[i], length);
            }
        }
    }

    /** Sets the column widths and the header row's autofilter over the rows written; call once, before writing the workbook. */
    public Sheet finish() {
        for (int i = 0; i < columns; i++) {
            int characters = fixed[i] ? widths[i] : Math.min(MAX_CHARACTERS, Math.max(MIN_CHARACTERS, widths[i] + 2));
            sheet.setColumnWidth(i, characters * 256);
        }
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns - 1));
        }
        return sheet;
    }
}
