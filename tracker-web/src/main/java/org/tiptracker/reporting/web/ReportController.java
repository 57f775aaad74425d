package org.tiptracker.reporting.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.audit.AuditEntryEntity;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.Problem;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.ReportValidation;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportConflictException;
import org.tiptracker.reporting.persistence.ReportProblemsException;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.reporting.persistence.SubmitResult;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;

/**
 * A state's measure report: read it, edit and submit it (its focal point, or the secretariat on its
 * behalf), accept it or return it with a comment (the secretariat), read its history. Who may see
 * which report is decided by {@link MeasureReportService}; another state's report is "not found".
 */
@Controller
class ReportController {

    static final String VIEW = "reports/view";
    static final String EDIT = "reports/edit";
    static final String HISTORY = "reports/history";
    /** Header the autosave script sends; the answer is then a small JSON object instead of a page. */
    static final String AUTOSAVE_HEADER = "X-Report-Autosave";

    private final MeasureReportService service;
    private final CurrentActor currentActor;
    private final ReportQueries queries;
    private final ReportPageModel pages;
    private final MessageSource messages;
    private final WorkingGroupService recommendationChoices;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;
    private final Clock clock;

    ReportController(MeasureReportService service, CurrentActor currentActor, ReportQueries queries,
                     ReportPageModel pages, MessageSource messages, DomainMessages domainMessages,
                     DisplayFormat format, Clock clock, WorkingGroupService recommendationChoices) {
        this.recommendationChoices = recommendationChoices;
        this.format = format;
        this.service = service;
        this.currentActor = currentActor;
        this.queries = queries;
        this.pages = pages;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.clock = clock;
    }

    @InitBinder("reportForm")
    void initBinder(WebDataBinder binder) {
        // A report holds at most 200 measures (ReportValidation); one more so that the 201st is reported, not dropped.
        binder.setAutoGrowCollectionLimit(202);
        binder.setAllowedFields("version", "measures[*].*");
    }

    /** A measure index far beyond what the form produces (only a forged request sends one). */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView invalidIndex(Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("message", messages.getMessage("report.validation.tooManyMeasures",
                domainMessages.arguments(new Object[]{ReportValidation.MAX_MEASURES}, locale), locale));
        return page;
    }

    // ---------------------------------------------------------------- reading

    @GetMapping("/reports/{id}")
    String view(@PathVariable long id, Model model, Locale locale) {
        Actor actor = currentActor.get();
        ReportSnapshot report = service.get(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("groups", pages.grouped(report.measures(), queries.typeNames(locale), locale));
        model.addAttribute("secretariat", actor.isSecretariat());
        model.addAttribute("mayEdit", actor.mayEdit(report.participantId()) && report.editable());
        model.addAttribute("mayDecide", actor.isSecretariat() && report.status() == ReportStatus.SUBMITTED);
        return VIEW;
    }

    @GetMapping("/reports/{id}/history")
    String history(@PathVariable long id, Model model) {
        Actor actor = currentActor.get();
        List<AuditEntryEntity> entries = service.history(actor, id);
        ReportSnapshot report = service.get(actor, id);
        List<HistoryLine> lines = entries.stream()
                .map(e -> new HistoryLine(e, ReportDiff.lines(e.getBeforeState(), e.getAfterState()))).toList();
        model.addAttribute("report", report);
        model.addAttribute("entries", lines);
        return HISTORY;
    }

    /** An audit entry and its line-by-line comparison. */
    record HistoryLine(AuditEntryEntity entry, List<ReportDiff.Line> diff) {
    }

    // ---------------------------------------------------------------- editing

    @GetMapping("/reports/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale, RedirectAttributes flash) {
        Actor actor = currentActor.get();
        ReportSnapshot report = service.get(actor, id);
        if (!actor.mayEdit(report.participantId())) {
            throw new ForbiddenException("edit report " + id);
        }
        if (!report.editable()) {
            flash.addFlashAttribute("notice", "reports.edit.readOnly");
            return "redirect:/reports/" + id;
        }
        return editPage(model, locale, report, ReportForm.of(report), List.of(), true);
    }

    @PostMapping("/reports/{id}")
    String post(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form,
                @RequestParam(defaultValue = "save") String action, Model model, Locale locale,
                RedirectAttributes flash, HttpServletResponse response) {
        Actor actor = currentActor.get();
        ReportSnapshot report = service.get(actor, id);
        if (!actor.mayEdit(report.participantId())) {
            throw new ForbiddenException("edit report " + id);
        }
        form.compact();
        if (form.getVersion() == null) {
            throw new DomainException("reports.version.missing");
        }
        if ("addMeasure".equals(action) || "reshow".equals(action) || action.startsWith("removeMeasure-")) {
            if ("addMeasure".equals(action)) {
                form.getMeasures().add(new ReportMeasureForm());
                model.addAttribute("focus", form.getMeasures().size() - 1);
            } else if (action.startsWith("removeMeasure-")) {
                int index = index(action.substring("removeMeasure-".length()));
                if (index >= 0 && index < form.getMeasures().size()) {
                    form.getMeasures().remove(index);
                }
            }
            model.addAttribute("notice", "reports.edit.notSavedYet");
            return editPage(model, locale, report, form, List.of(), false);
        }
        ReportForm.Converted converted = form.toDomain();
        if (!converted.problems().isEmpty()) {
            model.addAttribute("error", "reports.edit.notSaved");
            return editPage(model, locale, report, form, converted.problems(), false);
        }
        try {
            if ("submit".equals(action)) {
                SubmitResult result = service.submit(actor, id, form.getVersion(), converted.measures());
                if (result.submitted()) {
                    flash.addFlashAttribute("notice", "reports.submitted");
                    return "redirect:/reports/" + id;
                }
                // The text was saved as a draft: the form goes on from the new version.
                form.setVersion(result.report().version());
                model.addAttribute("error", "reports.submit.problems");
                return editPage(model, locale, result.report(), form, result.problems(), false);
            }
            service.saveDraft(actor, id, form.getVersion(), converted.measures());
            flash.addFlashAttribute("notice", "reports.saved");
            flash.addFlashAttribute("justSaved", true);
            return "redirect:/reports/" + id + "/edit";
        } catch (ReportProblemsException e) {
            model.addAttribute("error", "reports.edit.notSaved");
            return editPage(model, locale, report, form, e.problems(), false);
        } catch (ReportConflictException e) {
            ReportSnapshot current = e.current();
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", current);
            model.addAttribute("conflictGroups", pages.grouped(current.measures(), queries.typeNames(locale), locale));
            model.addAttribute("differences", ReportDiff.measures(form.getMeasures(), current.measures()));
            model.addAttribute("typedVersion", form.getVersion());
            // Saving again from this page replaces the new version, deliberately.
            form.setVersion(current.version());
            return editPage(model, locale, current, form, List.of(), false);
        } catch (DomainException e) {
            // For example the report was submitted or the cycle closed meanwhile: the text stays on the page.
            model.addAttribute("errorText", domainMessages.message(e, locale));
            return editPage(model, locale, report, form, List.of(), false);
        }
    }

    /** The autosave of the edit page's script: saves a draft and answers in JSON. */
    @PostMapping(value = "/reports/{id}", headers = AUTOSAVE_HEADER + "=1", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form,
                                                 Locale locale) {
        Actor actor = currentActor.get();
        Map<String, Object> body = new LinkedHashMap<>();
        form.compact();
        if (form.getVersion() == null) {
            body.put("message", text("reports.version.missing", locale));
            return ResponseEntity.badRequest().body(body);
        }
        ReportForm.Converted converted = form.toDomain();
        try {
            if (!converted.problems().isEmpty()) {
                throw new ReportProblemsException(converted.problems());
            }
            ReportSnapshot saved = service.saveDraft(actor, id, form.getVersion(), converted.measures());
            body.put("version", saved.version());
            String time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(clock.instant());
            body.put("message", messages.getMessage("reports.autosave.saved",
                    new Object[]{DisplayFormat.isEnglish(locale) ? time : format.arabic().digits(time)}, locale));
            return ResponseEntity.ok(body);
        } catch (ReportProblemsException e) {
            body.put("problems", e.problems().size());
            body.put("message", text("reports.autosave.problems", locale));
            return ResponseEntity.status(422).body(body);
        } catch (ReportConflictException e) {
            body.put("version", e.current().version());
            body.put("message", text("reports.autosave.conflict", locale));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        } catch (DomainException e) {
            body.put("message", domainMessages.message(e, locale));
            return ResponseEntity.badRequest().body(body);
        } catch (org.tiptracker.common.ForbiddenException e) {
            body.put("message", text("error.403.text", locale));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
        } catch (org.tiptracker.common.NotFoundException e) {
            body.put("message", text("error.404.text", locale));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
        }
    }

    /** A fresh CSRF token for the autosave script after the user signed in again (in another tab). */
    @GetMapping(value = "/reports/session", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> session(CsrfToken token) {
        currentActor.get();
        return Map.of("token", token.getToken(), "header", token.getHeaderName(), "parameter", token.getParameterName());
    }

    private String editPage(Model model, Locale locale, ReportSnapshot report, ReportForm form, List<Problem> problems,
                            boolean fresh) {
        List<ReportQueries.TypeOption> types = new ArrayList<>();
        for (ReportQueries.TypeOption t : queries.types(locale)) {
            boolean chosen = form.getMeasures().stream().anyMatch(m -> t.code().equals(m.getTypeCode()));
            if (t.active() || chosen) {
                types.add(t);
            }
        }
        model.addAttribute("report", report);
        model.addAttribute("reportForm", form);
        model.addAttribute("headings", MeasureHeading.values());
        model.addAttribute("types", types);
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("exploitationForms", ExploitationForm.values());
        model.addAttribute("figureFields", ReportMeasureForm.FIGURES);
        model.addAttribute("recommendationChoices", recommendationChoices.recommendationChoices(DisplayFormat.isEnglish(locale), format.arabic()));
        model.addAttribute("problems", pages.byField(problems, locale));
        model.addAttribute("problemList", pages.summary(problems, locale));
        model.addAttribute("fresh", fresh);
        return EDIT;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    // ---------------------------------------------------------------- the secretariat's decision

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, Locale locale, RedirectAttributes flash) {
        Actor actor = currentActor.get();
        try {
            service.accept(actor, id, version);
            flash.addFlashAttribute("notice", "reports.accepted");
        } catch (ReportConflictException e) {
            flash.addFlashAttribute("error", "reports.decision.conflict");
        } catch (DomainException e) {
            flash.addFlashAttribute("errorText", domainMessages.message(e, locale));
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/return")
    String returnForRevision(@PathVariable long id, @RequestParam long version,
                             @RequestParam(required = false) String comment, Locale locale, RedirectAttributes flash) {
        Actor actor = currentActor.get();
        try {
            service.returnForRevision(actor, id, version, comment);
            flash.addFlashAttribute("notice", "reports.returned");
        } catch (ReportConflictException e) {
            flash.addFlashAttribute("error", "reports.decision.conflict");
            flash.addFlashAttribute("returnComment", comment);
        } catch (DomainException e) {
            flash.addFlashAttribute("returnError", domainMessages.message(e, locale));
            flash.addFlashAttribute("returnComment", comment);
        }
        return "redirect:/reports/" + id;
    }
}
