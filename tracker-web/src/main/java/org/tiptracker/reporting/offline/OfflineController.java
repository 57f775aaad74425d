package org.tiptracker.reporting.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

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

    private final MeasureReportService reports;
    private final OfflineReportService offline;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;
    private final OfflinePreview preview;

    OfflineController(MeasureReportService reports, OfflineReportService offline, CurrentActor currentActor,
                      MessageSource messages, DomainMessages domainMessages, DisplayFormat format,
                      OfflinePreview preview) {
        this.preview = preview;
        this.reports = reports;
        this.offline = offline;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.format = format;
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
        boolean valid = preview.fill(model, report, workbook, layout(), locale);
        String token = valid ? PendingUploads.remember(session, new PendingUploads.PendingUpload(id, content, fileName(file))) : null;
        model.addAttribute("token", token);
        return "offline/preview";
    }

    @PostMapping("/reports/{id}/upload/apply")
    String apply(@PathVariable long id, @RequestParam(required = false) String token, Model model, Locale locale,
                 HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        ReportSnapshot report = editable(id);
        PendingUploads.PendingUpload pending = PendingUploads.take(session, token);
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
        if (!preview.fill(model, report, workbook, layout(), locale)) {
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
}
