package org.tiptracker.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.web.StatusFilter;
import org.tiptracker.treaty.web.StatusTable;
import org.tiptracker.treaty.web.StatusViewService;
import org.tiptracker.web.RequestDates;

/**
 * The status table as CSV (UTF-8 with a byte order mark, so that Excel shows Arabic) and as an
 * XLSX workbook whose sheet runs right to left in Arabic. Dates are ISO; text is never a formula.
 */
@Controller
class StatusExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_COLUMN_CHARACTERS = 60;

    private final StatusViewService statusViews;
    private final MessageSource messages;
    private final Clock clock;

    StatusExportController(StatusViewService statusViews, MessageSource messages, Clock clock) {
        this.statusViews = statusViews;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/status/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String treaty, @RequestParam(required = false) String state,
                               @RequestParam(required = false) String q, Locale locale) {
        StatusTable table = table(asOf, region, treaty, state, q, locale);
        return download(CsvFile.of(header(table, locale), lines(table)), CSV, fileName(table, "csv"));
    }

    /**
     * Streamed as it is written (SXSSF: a window of rows in memory, the rest on disk until sent),
     * so a table of any length costs the same memory. Column widths come from the longest text of
     * each column: measuring every cell with the fonts (autoSizeColumn) cost more than the rest
     * of the export together.
     */
    @GetMapping("/status/export.xlsx")
    void xlsx(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
              @RequestParam(required = false) String treaty, @RequestParam(required = false) String state,
              @RequestParam(required = false) String q, Locale locale, HttpServletResponse response) throws IOException {
        StatusTable table = table(asOf, region, treaty, state, q, locale);
        List<String> header = header(table, locale);
        List<List<String>> lines = lines(table);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            Sheet sheet = TableSheet.create(workbook, messages.getMessage("export.sheet", null, locale),
                    !"en".equals(locale.getLanguage()), header);
            int[] widths = new int[header.size()];
            for (int i = 0; i < header.size(); i++) {
                widths[i] = header.get(i).length();
            }
            // Each cell names the default style: one without a style is written with its column's,
            // looked up in the column definitions for every cell.
            CellStyle plain = workbook.getCellStyleAt(0);
            int rowIndex = 1;
            for (List<String> line : lines) {
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < line.size(); i++) {
                    if (line.get(i).isEmpty()) {
                        continue; // an empty cell, not a cell holding an empty text
                    }
                    // Strings are written as string cells: a spreadsheet never evaluates them.
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(plain);
                    cell.setCellValue(line.get(i));
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARACTERS, widths[i] + 2) * 256);
            }
            response.setContentType(XLSX.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(table, "xlsx")));
            workbook.write(response.getOutputStream());
        } finally {
            workbook.dispose();
        }
    }

    private StatusTable table(String asOf, String region, String treaty, String state, String q, Locale locale) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        return statusViews.table(StatusFilter.of(date, region, treaty, state, q), locale);
    }

    private List<String> header(StatusTable table, Locale locale) {
        List<String> header = new ArrayList<>(List.of(
                messages.getMessage("export.column.iso3", null, locale),
                messages.getMessage("status.column.participant", null, locale),
                messages.getMessage("status.column.region", null, locale)));
        for (Treaty treaty : table.treaties()) {
            String name = messages.getMessage("treaty.short." + treaty.code().name(), null, locale);
            header.add(messages.getMessage("export.column.signature", new Object[] {name}, locale));
            header.add(messages.getMessage("export.column.instrument", new Object[] {name}, locale));
            header.add(messages.getMessage("export.column.kind", new Object[] {name}, locale));
        }
        return header;
    }

    private static List<List<String>> lines(StatusTable table) {
        List<List<String>> lines = new ArrayList<>();
        for (StatusTable.Row row : table.rows()) {
            List<String> line = new ArrayList<>(List.of(row.iso3(), row.name(), row.regionName()));
            for (StatusTable.Cell cell : row.cells()) {
                line.add(cell.status().signature() == null ? "" : cell.status().signature().toString());
                line.add(cell.status().instrumentDate() == null ? "" : cell.status().instrumentDate().toString());
                line.add(cell.status().instrumentKind() == null ? "" : cell.status().instrumentKind().name().toLowerCase(Locale.ROOT));
            }
            lines.add(line);
        }
        return lines;
    }

    private static String fileName(StatusTable table, String extension) {
        return "status-" + table.filter().asOf() + "." + extension;
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(body);
    }
}
