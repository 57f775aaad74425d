package org.tiptracker.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.report.DataTable;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.persistence.ReportDraftService;
import org.tiptracker.security.CurrentActor;

/**
 * A draft's files: the whole report or one chapter as a Word file in the UN template (Arabic or
 * English), the whole report as PDF where LibreOffice is installed, and the rows a paragraph
 * counted as CSV or Excel.
 */
@Controller
record ReportExportController(ReportDraftService drafts, ReportDocx docx, ReportPdf pdf, CurrentActor currentActor) {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @GetMapping("/report-drafts/{id}.docx")
    ResponseEntity<byte[]> word(@PathVariable long id, @RequestParam(name = "text", required = false) String text) {
        PrintedReport report = drafts.printed(currentActor.get(), id, ReportLanguage.of(text), null);
        return file(docx.write(report), DOCX, name(report, null, "docx"));
    }

    @GetMapping("/report-drafts/{id}/chapters/{chapter}.docx")
    ResponseEntity<byte[]> chapter(@PathVariable long id, @PathVariable int chapter,
                                   @RequestParam(name = "text", required = false) String text) {
        PrintedReport report = drafts.printed(currentActor.get(), id, ReportLanguage.of(text), chapter);
        return file(docx.write(report), DOCX, name(report, chapter, "docx"));
    }

    @GetMapping("/report-drafts/{id}.pdf")
    Object pdf(@PathVariable long id, @RequestParam(name = "text", required = false) String text, Model model) {
        PrintedReport report = drafts.printed(currentActor.get(), id, ReportLanguage.of(text), null);
        if (!pdf.isAvailable()) {
            model.addAttribute("draftId", id);
            model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            return new org.springframework.web.servlet.ModelAndView("report-drafts/pdf-unavailable", model.asMap(),
                    HttpStatus.SERVICE_UNAVAILABLE);
        }
        return file(pdf.convert(docx.write(report)), MediaType.APPLICATION_PDF, name(report, null, "pdf"));
    }

    @GetMapping("/report-drafts/{id}/paragraphs/{pid}/data.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long pid, Locale locale) {
        DataTable data = drafts.data(currentActor.get(), id, pid);
        boolean english = "en".equals(locale.getLanguage());
        byte[] bytes = CsvFile.of(english ? data.headersEn() : data.headersAr(), data.rows());
        return file(bytes, new MediaType("text", "csv", StandardCharsets.UTF_8), "paragraph-" + pid + ".csv");
    }

    @GetMapping("/report-drafts/{id}/paragraphs/{pid}/data.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long pid, Locale locale) {
        DataTable data = drafts.data(currentActor.get(), id, pid);
        boolean english = "en".equals(locale.getLanguage());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TableSheet sheet = TableSheet.create(workbook, "data", !english, english ? data.headersEn() : data.headersAr());
            for (List<String> cells : data.rows()) {
                sheet.row(cells.stream().map(TableSheet::typed).toList());
            }
            sheet.finish();
            workbook.write(out);
            return file(out.toByteArray(), XLSX, "paragraph-" + pid + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code A-71-170-ar.docx}, {@code A-71-170-chapter-3-en.docx}. */
    private static String name(PrintedReport report, Integer chapter, String extension) {
        String symbol = report.masthead().symbol().replaceAll("[^A-Za-z0-9]+", "-");
        return symbol + (chapter == null ? "" : "-chapter-" + chapter) + "-"
                + report.language().name().toLowerCase(Locale.ROOT) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(bytes);
    }
}
