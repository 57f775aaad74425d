package org.tiptracker.reporting.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.Problem;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportConflictException;
import org.tiptracker.reporting.persistence.ReportHistoryEntry;
import org.tiptracker.reporting.persistence.ReportProblemsException;
import org.tiptracker.reporting.persistence.ReportQueries;
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
record ReportController(MeasureReportService service, CurrentActor currentActor, ReportQueries queries,
                        ReportPageModel pages, DomainMessages domainMessages, DisplayFormat format, Clock clock,
                        WorkingGroupService recommendationChoices) {

    static final String VIEW = "reports/view";
    static final String EDIT = "reports/edit";
    static final String HISTORY = "reports/history";

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
        model.addAttribute("mayReadHistory", MeasureReportService.mayReadHistory(actor, report.participantId()));
        // Its focal point is told why a submitted report cannot be changed, and who can return it.
        model.addAttribute("awaitingReview", actor.isFocalPoint() && report.status() == ReportStatus.SUBMITTED);
        model.addAttribute("submittedOn", report.submittedAt() == null ? ""
                : format.date(report.submittedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), locale));
        // A user name is Latin text: isolated, so that it keeps its place in an Arabic sentence.
        model.addAttribute("submittedByName", report.submittedBy() == null ? "" : "\u2066" + report.submittedBy() + "\u2069");
        return VIEW;
    }

    @GetMapping("/reports/{id}/history")
    String history(@PathVariable long id, Model model) {
        Actor actor = currentActor.get();
        List<ReportHistoryEntry> entries = service.history(actor, id);
        ReportSnapshot report = service.get(actor, id);
        List<HistoryLine> lines = entries.stream()
                .map(e -> new HistoryLine(e, ReportDiff.lines(e.beforeState(), e.afterState()))).toList();
        model.addAttribute("report", report);
        model.addAttribute("entries", lines);
        return HISTORY;
    }

    /** An audit entry and its line-by-line comparison. */
    record HistoryLine(ReportHistoryEntry entry, List<ReportDiff.Line> diff) {
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
        if (form.version == null) {
            throw new DomainException("reports.version.missing");
        }
        Integer focus = form.reshape(action);
        if (focus != null) {
            if (focus >= 0) {
                model.addAttribute("focus", focus);
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
                SubmitResult result = service.submit(actor, id, form.version, converted.measures());
                if (result.submitted()) {
                    flash.addFlashAttribute("notice", "reports.submitted");
                    return "redirect:/reports/" + id;
                }
                // The text was saved as a draft: the form goes on from the new version.
                form.version = result.report().version();
                model.addAttribute("error", "reports.submit.problems");
                return editPage(model, locale, result.report(), form, result.problems(), false);
            }
            service.saveDraft(actor, id, form.version, converted.measures());
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
            model.addAttribute("differences", ReportDiff.measures(form.measures, current.measures()));
            model.addAttribute("typedVersion", form.version);
            // Saving again from this page replaces the new version, deliberately.
            form.version = current.version();
            return editPage(model, locale, current, form, List.of(), false);
        } catch (DomainException e) {
            // For example the report was submitted or the cycle closed meanwhile: the text stays on the page.
            model.addAttribute("errorText", domainMessages.message(e, locale));
            return editPage(model, locale, report, form, List.of(), false);
        }
    }

    private String editPage(Model model, Locale locale, ReportSnapshot report, ReportForm form, List<Problem> problems,
                            boolean fresh) {
        List<ReportQueries.TypeOption> types = new ArrayList<>();
        for (ReportQueries.TypeOption t : queries.types(locale)) {
            boolean chosen = form.measures.stream().anyMatch(m -> t.code().equals(m.typeCode));
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
}
