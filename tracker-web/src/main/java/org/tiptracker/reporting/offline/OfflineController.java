package org.tiptracker.reporting.offline;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.Problem;
import org.tiptracker.reporting.ReportValidation;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.OfflineReportService;
import org.tiptracker.reporting.persistence.ReportConflictException;
import org.tiptracker.reporting.persistence.ReportProblemsException;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/**
 * Offline entry, for capitals with poor connections: download the report as a workbook, fill it
 * in without a connection, upload it. The upload is shown as a preview, every row with its
 * problems; only a file without errors can be applied, and applying replaces the report's
 * measures at once (or, if the report changed since the download, not at all). Between preview
 * and apply the file is kept in the user's session under a one-time token and read again.
 */
@Controller
class OfflineController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String PENDING = OfflineController.class.getName() + ".pending";
    static final int MAX_PENDING = 3;

    private final MeasureReportService reports;
    private final OfflineReportService offline;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;

    OfflineController(MeasureReportService reports, OfflineReportService offline, CurrentActor currentActor,
                      MessageSource messages, DomainMessages domainMessages, DisplayFormat format) {
        this.reports = reports;
        this.offline = offline;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.format = format;
    }

    /** An upload waiting to be applied. */
    record PendingUpload(long reportId, byte[] content, String fileName) implements Serializable {
    }

    /** One row of the preview: its number in the sheet, its cells as text, its errors and warnings. */
    record RowView(String number, List<String> cells, List<String> errors, List<String> warnings) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    @GetMapping("/reports/{id}/offline")
    String index(@PathVariable long id, Model model) {
        Actor actor = currentActor.get();
        ReportSnapshot report = reports.get(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("mayUpload", actor.mayEdit(report.participantId()) && report.editable());
        return "offline/index";
    }

    @GetMapping("/reports/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        ReportSnapshot report = reports.get(currentActor.get(), id);
        byte[] body = new OfflineWorkbookWriter(layout(), messages).write(report);
        String fileName = "report-" + report.iso3() + "-" + report.cycleId() + "-v" + report.version() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    @GetMapping("/reports/{id}/upload")
    String uploadForm(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        ReportSnapshot report = editable(id);
        return uploadForm(model, report, null);
    }

    @PostMapping("/reports/{id}/upload")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                  HttpSession session, HttpServletResponse response) {
        ReportSnapshot report = editable(id);
        byte[] content;
        OfflineWorkbookReader.ParsedWorkbook workbook;
        try {
            content = content(file);
            workbook = read(content, report);
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, report, domainMessages.message(e, locale));
        }
        boolean valid = preview(model, report, workbook, locale);
        String token = valid ? remember(session, new PendingUpload(id, content, fileName(file))) : null;
        model.addAttribute("token", token);
        return "offline/preview";
    }

    @PostMapping("/reports/{id}/upload/apply")
    String apply(@PathVariable long id, @RequestParam(required = false) String token, Model model, Locale locale,
                 HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        ReportSnapshot report = editable(id);
        PendingUpload pending = take(session, token);
        if (pending == null || pending.reportId() != id) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, report, messages.getMessage("offline.token.stale", null, locale));
        }
        OfflineWorkbookReader.ParsedWorkbook workbook;
        try {
            workbook = read(pending.content(), report);
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, report, domainMessages.message(e, locale));
        }
        if (!preview(model, report, workbook, locale)) {
            // Judged again now (the report or the lists may have changed): shown without an apply button.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("token", null);
            return "offline/preview";
        }
        Actor actor = currentActor.get();
        try {
            ReportSnapshot saved = offline.apply(actor, id, workbook.version(), workbook.measures(), pending.fileName());
            redirect.addFlashAttribute("saved", messages.getMessage("offline.applied",
                    new Object[] {format.number(saved.measures().size(), locale)}, locale));
            return "redirect:/reports/" + id + "/offline";
        } catch (ReportConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return uploadForm(model, e.current(), messages.getMessage("offline.conflict", null, locale));
        } catch (ReportProblemsException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, report, messages.getMessage("offline.preview.hasErrors", null, locale));
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, report, domainMessages.message(e, locale));
        }
    }

    /** The report, if the actor may change it now; otherwise refused (404 for another state's report). */
    private ReportSnapshot editable(long id) {
        Actor actor = currentActor.get();
        ReportSnapshot report = reports.get(actor, id);
        if (!actor.mayEdit(report.participantId())) {
            throw new ForbiddenException("upload to report " + id);
        }
        if (!report.editable()) {
            throw new DomainException("offline.notEditable");
        }
        return report;
    }

    private OfflineWorkbookReader.ParsedWorkbook read(byte[] content, ReportSnapshot report) {
        OfflineWorkbookReader.ParsedWorkbook workbook = new OfflineWorkbookReader(layout()).read(content);
        if (workbook.reportId() != report.id()) {
            throw new DomainException("offline.file.otherReport");
        }
        return workbook;
    }

    /** Fills the preview; true when the file can be applied. */
    private boolean preview(Model model, ReportSnapshot report, OfflineWorkbookReader.ParsedWorkbook workbook, Locale locale) {
        OfflineLayout layout = layout();
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
            List<String> warnings = new ArrayList<>();
            for (Problem p : draft) {
                if (p.measure() == i && !duplicate(row, p)) {
                    errors.add(cellMessage(layout, OfflineLayout.column(p.field()), p.key(), p.args(), locale));
                }
            }
            for (Problem p : submission) {
                if (p.measure() == i && !duplicate(row, p)) {
                    warnings.add(cellMessage(layout, OfflineLayout.column(p.field()), p.key(), p.args(), locale));
                }
            }
            if (!errors.isEmpty()) {
                errorRows++;
            }
            rows.add(new RowView(format.number(row.rowNumber(), locale), row.cells(), errors, warnings));
        }
        List<String> reportErrors = new ArrayList<>(draft.stream().filter(p -> p.measure() < 0)
                .map(p -> messages.getMessage(p.key(), domainMessages.arguments(p.args(), locale), p.key(), locale)).toList());
        long cited = report.measures().stream().filter(m -> m.recommendationId() != null).count();
        if (!workbook.citations() && cited > 0) {
            // Applying a workbook without the column would drop every citation of the report.
            reportErrors.add(messages.getMessage("offline.file.noCitations", new Object[] {format.number(cited, locale)}, locale));
        }
        List<String> reportWarnings = submission.stream().filter(p -> p.measure() < 0)
                .map(p -> messages.getMessage(p.key(), domainMessages.arguments(p.args(), locale), p.key(), locale)).toList();
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

    /** A rule problem that the reader already reported for the same cell (e.g. a missing type). */
    private static boolean duplicate(OfflineWorkbookReader.ParsedRow row, Problem p) {
        int column = OfflineLayout.column(p.field());
        return row.errors().stream().anyMatch(e -> e.column() == column);
    }

    private String cellMessage(OfflineLayout layout, int column, String key, Object[] args, Locale locale) {
        String text = messages.getMessage(key, domainMessages.arguments(args, locale), key, locale);
        if (column < 0) {
            return text;
        }
        return messages.getMessage("offline.problem.cell", new Object[] {layout.label(column, locale), text}, locale);
    }

    private String uploadForm(Model model, ReportSnapshot report, String error) {
        model.addAttribute("report", report);
        model.addAttribute("error", error);
        return "offline/upload";
    }

    private OfflineLayout layout() {
        return new OfflineLayout(messages, offline.types(), new RecommendationCodes(offline.recommendations()));
    }

    private static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("offline.file.empty");
        }
        if (file.getSize() > OfflineWorkbookReader.MAX_BYTES) {
            throw new DomainException("offline.file.tooLarge");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        if (name == null) {
            return "";
        }
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    @SuppressWarnings("unchecked")
    private static String remember(HttpSession session, PendingUpload upload) {
        synchronized (session) {
            Map<String, PendingUpload> pending = (Map<String, PendingUpload>) session.getAttribute(PENDING);
            if (pending == null) {
                pending = new LinkedHashMap<>();
            }
            while (pending.size() >= MAX_PENDING) {
                Iterator<String> oldest = pending.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            String token = UUID.randomUUID().toString();
            pending.put(token, upload);
            session.setAttribute(PENDING, pending);
            return token;
        }
    }

    @SuppressWarnings("unchecked")
    private static PendingUpload take(HttpSession session, String token) {
        if (token == null) {
            return null;
        }
        synchronized (session) {
            Map<String, PendingUpload> pending = (Map<String, PendingUpload>) session.getAttribute(PENDING);
            if (pending == null) {
                return null;
            }
            PendingUpload upload = pending.remove(token);
            session.setAttribute(PENDING, pending);
            return upload;
        }
    }
}
