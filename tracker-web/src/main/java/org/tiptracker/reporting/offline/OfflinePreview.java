package org.tiptracker.reporting.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.Problem;
import org.tiptracker.reporting.ReportValidation;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/**
 * The preview of an uploaded workbook: every row with its errors (what the reader and the draft's
 * rules refuse) and warnings (what would stop a submission), the report's own problems, and
 * whether the file may be applied (no error, made from the report's current version).
 */
@Component
record OfflinePreview(MeasureReportService reports, MessageSource messages, DomainMessages domainMessages,
                      DisplayFormat format) {

    /** One row of the preview: its number in the sheet, its cells as text, its errors and warnings. */
    record RowView(String number, List<String> cells, List<String> errors, List<String> warnings) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Fills the preview; true when the file can be applied. */
    boolean fill(Model model, ReportSnapshot report, OfflineWorkbookReader.ParsedWorkbook workbook, OfflineLayout layout,
                 Locale locale) {
        List<Measure> measures = workbook.measures();
        Set<String> known = reports.typeCodes();
        List<Problem> draft = ReportValidation.draftProblems(measures, known);
        List<Problem> submission = new ArrayList<>(ReportValidation.submissionProblems(measures, known,
                report.periodStart(), report.periodEnd()));
        submission.removeAll(new HashSet<>(draft));

        List<RowView> rows = new ArrayList<>();
        int errorRows = 0;
        for (int i = 0; i < workbook.rows().size(); i++) {
            OfflineWorkbookReader.ParsedRow row = workbook.rows().get(i);
            List<String> errors = new ArrayList<>();
            for (OfflineWorkbookReader.CellError e : row.errors()) {
                errors.add(cellMessage(layout, e.column(), e.key(), e.args(), locale));
            }
            errors.addAll(rowMessages(draft, i, row, layout, locale));
            List<String> warnings = rowMessages(submission, i, row, layout, locale);
            if (!errors.isEmpty()) {
                errorRows++;
            }
            rows.add(new RowView(format.number(row.rowNumber(), locale), row.cells(), errors, warnings));
        }
        List<String> reportErrors = new ArrayList<>(reportMessages(draft, locale));
        long cited = report.measures().stream().filter(m -> m.recommendationId() != null).count();
        if (!workbook.citations() && cited > 0) {
            // Applying a workbook without the column would drop every citation of the report.
            reportErrors.add(messages.getMessage("offline.file.noCitations", new Object[] {format.number(cited, locale)}, locale));
        }
        List<String> reportWarnings = reportMessages(submission, locale);
        boolean stale = workbook.version() != report.version();
        boolean valid = errorRows == 0 && reportErrors.isEmpty() && !stale;

        List<String> columns = new ArrayList<>();
        for (int c = 0; c < OfflineLayout.FIELDS.size(); c++) {
            columns.add(layout.label(c, locale));
        }
        model.addAttribute("report", report);
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        model.addAttribute("reportErrors", reportErrors);
        model.addAttribute("reportWarnings", reportWarnings);
        model.addAttribute("stale", stale);
        model.addAttribute("valid", valid);
        model.addAttribute("summary", messages.getMessage("offline.preview.summary", new Object[] {
                format.number(rows.size(), locale), format.number(errorRows, locale)}, locale));
        return valid;
    }

    /** The messages of the problems of the measure in row {@code index}, less those the reader already reported. */
    private List<String> rowMessages(List<Problem> problems, int index, OfflineWorkbookReader.ParsedRow row,
                                     OfflineLayout layout, Locale locale) {
        return problems.stream().filter(p -> p.measure() == index && !duplicate(row, p))
                .map(p -> cellMessage(layout, OfflineLayout.column(p.field()), p.key(), p.args(), locale)).toList();
    }

    /** The messages of the problems of the whole report (of no one measure). */
    private List<String> reportMessages(List<Problem> problems, Locale locale) {
        return problems.stream().filter(p -> p.measure() < 0)
                .map(p -> domainMessages.message(p.key(), p.args(), locale)).toList();
    }

    /** A rule problem that the reader already reported for the same cell (e.g. a missing type). */
    private static boolean duplicate(OfflineWorkbookReader.ParsedRow row, Problem p) {
        int column = OfflineLayout.column(p.field());
        return row.errors().stream().anyMatch(e -> e.column() == column);
    }

    private String cellMessage(OfflineLayout layout, int column, String key, Object[] args, Locale locale) {
        String text = domainMessages.message(key, args, locale);
        if (column < 0) {
            return text;
        }
        return messages.getMessage("offline.problem.cell", new Object[] {layout.label(column, locale), text}, locale);
    }
}
