package org.tiptracker.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
 * XLSX workbook whose sheet runs right to left in Arabic. Dates are ISO in CSV, date cells in
 * XLSX; kinds of instrument are named in the export's language; text is never a formula.
 */
@Controller
record StatusExportController(StatusViewService statusViews, MessageSource messages, Clock clock) {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final int ROWS_IN_MEMORY = 100;

    @GetMapping("/status/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String treaty, @RequestParam(required = false) String state,
                               @RequestParam(required = false) String q, Locale locale) {
        StatusTable table = table(asOf, region, treaty, state, q, locale);
        return download(CsvFile.of(header(table, locale), lines(table, locale).stream().map(CsvFile::texts).toList()), CSV, fileName(table, "csv"));
    }

    /**
     * Streamed as it is written (SXSSF: a window of rows in memory, the rest on disk until sent),
     * so a table of any length costs the same memory; dates are date cells, kinds in the
     * workbook's language ({@link TableSheet}).
     */
    @GetMapping("/status/export.xlsx")
    void xlsx(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
              @RequestParam(required = false) String treaty, @RequestParam(required = false) String state,
              @RequestParam(required = false) String q, Locale locale, HttpServletResponse response) throws IOException {
        StatusTable table = table(asOf, region, treaty, state, q, locale);
        List<String> header = header(table, locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            TableSheet sheet = TableSheet.create(workbook, messages.getMessage("export.sheet", null, locale),
                    !"en".equals(locale.getLanguage()), header);
            for (List<Object> line : lines(table, locale)) {
                sheet.row(line);
            }
            sheet.finish();
            if (!table.notices().isEmpty()) {
                // the counts of a date after the records are known to be complete say so, as the page does
                TableSheet notes = TableSheet.create(workbook, messages.getMessage("export.sheet.records", null, locale),
                        !"en".equals(locale.getLanguage()), List.of(messages.getMessage("records.notice.heading", null, locale)));
                for (org.tiptracker.web.RecordsNotices.Notice notice : table.notices()) {
                    notes.row(List.of(messages.getMessage("records.notice.item",
                            new Object[] {notice.shortName(), notice.completeToText()}, locale)));
                }
                notes.finish();
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
            header.add(instrumentHeading(table, treaty, name, locale));
            header.add(messages.getMessage("export.column.kind", new Object[] {name}, locale));
        }
        return header;
    }

    /**
     * A treaty whose actions are recorded completely only up to a date before the table's says so in
     * its instrument column's heading, so that a CSV, which has no room for a note, still tells its
     * reader that the count may be short (the workbook also has a sheet of notes).
     */
    private String instrumentHeading(StatusTable table, Treaty treaty, String name, Locale locale) {
        return table.notices().stream().filter(n -> n.treatyCode().equals(treaty.code().name())).findFirst()
                .map(n -> messages.getMessage("export.column.instrument.partial", new Object[] {name, n.completeToText()}, locale))
                .orElseGet(() -> messages.getMessage("export.column.instrument", new Object[] {name}, locale));
    }

    /** One line a participant: dates as dates, the instrument's kind named in the export's language. */
    private List<List<Object>> lines(StatusTable table, Locale locale) {
        List<List<Object>> lines = new ArrayList<>();
        for (StatusTable.Row row : table.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.iso3(), row.name(), row.regionName()));
            for (StatusTable.Cell cell : row.cells()) {
                line.add(cell.status().signature());
                line.add(cell.status().instrumentDate());
                line.add(cell.status().instrumentKind() == null ? null
                        : messages.getMessage("action.kind." + cell.status().instrumentKind().name(), null, locale));
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
