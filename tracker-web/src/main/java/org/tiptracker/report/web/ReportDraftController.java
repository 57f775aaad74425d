package org.tiptracker.report.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.DraftStatus;
import org.tiptracker.report.PrintedReport.PrintedBlock;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportLayout;
import org.tiptracker.report.draft.MandateEntry;
import org.tiptracker.report.draft.TextDiff;
import org.tiptracker.report.persistence.DraftViews.DraftView;
import org.tiptracker.report.persistence.DraftViews.ParagraphView;
import org.tiptracker.report.persistence.DraftViews.RegenerationResult;
import org.tiptracker.report.persistence.ReportDraftService;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;

/**
 * The report drafts' pages: the list, the new-draft form (the mandate), a draft as it will print
 * with each paragraph's kind, sources, comments and what waits to be reconciled, its status and
 * regeneration, and the versions. The secretariat writes; analysts read and export. A draft's
 * paragraphs are {@link ReportParagraphController}'s.
 */
@Controller
class ReportDraftController {

    static final String LIST = "report-drafts/list";
    static final String FORM = "report-drafts/form";
    static final String DETAIL = "report-drafts/detail";
    static final String VERSIONS = "report-drafts/versions";

    /** The mandate's rules ({@code report.mandate.<field>}), each on the field it is about. */
    private static final EditFlow.Declaration MANDATE_FORM = new EditFlow.Declaration("reportDrafts.created",
            "reportDrafts.form.version.missing", EditFlow.FieldOf.after("report.mandate.", Set.of(MandateForm.FIELDS),
                    Map.of("symbolSession", "symbol", "resolution", "requestingResolution", "period", "periodTo",
                            "cycle", "cycleId")));

    private final ReportDraftService drafts;
    private final CycleService cycles;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DisplayFormat format;
    private final EditFlow edits;

    private final org.tiptracker.web.RecordsNotices recordsNotices;

    ReportDraftController(ReportDraftService drafts, CycleService cycles, CurrentActor currentActor,
                          MessageSource messages, DisplayFormat format, EditFlow edits,
                          org.tiptracker.web.RecordsNotices recordsNotices) {
        this.recordsNotices = recordsNotices;
        this.drafts = drafts;
        this.cycles = cycles;
        this.currentActor = currentActor;
        this.messages = messages;
        this.format = format;
        this.edits = edits;
    }

    @InitBinder("mandateForm")
    void mandateBinder(WebDataBinder binder) {
        binder.setAllowedFields(MandateForm.FIELDS);
    }

    // ---- list and creation --------------------------------------------------------------------

    @GetMapping("/report-drafts")
    String list(Model model) {
        model.addAttribute("drafts", drafts.list(currentActor.get()));
        return LIST;
    }

    @GetMapping("/report-drafts/new")
    String initCreate(Model model) {
        currentActor.requireSecretariat("report drafts");
        return form(model, new MandateForm());
    }

    @PostMapping("/report-drafts")
    String processCreate(@ModelAttribute("mandateForm") MandateForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("report drafts");
        MandateEntry entry = form.entry(result);
        return edits.create(MANDATE_FORM, new EditFlow.Page(result, model, redirect, response, locale),
                () -> "/report-drafts/" + drafts.create(actor, entry.toMandate()),
                () -> form(model, form));
    }

    private String form(Model model, MandateForm form) {
        model.addAttribute("mandateForm", form);
        model.addAttribute("cycles", cycles.all());
        return FORM;
    }

    // ---- a draft ------------------------------------------------------------------------------

    /** A paragraph of the page: what is stored, how it prints, and what waits to be reconciled. */
    public record Row(ParagraphView paragraph, PrintedBlock printed, List<TextDiff.Segment> pendingAr,
                      List<TextDiff.Segment> pendingEn) {
    }

    @GetMapping("/report-drafts/{id}")
    String detail(@PathVariable long id, @RequestParam(name = "text", required = false) String text, Model model,
                  Locale locale) {
        Actor actor = currentActor.get();
        DraftView draft = drafts.view(actor, id);
        // The report's language is "text", not "lang": "lang" switches the whole interface (and its cookie).
        ReportLanguage language = ReportLanguage.of(text == null ? locale.getLanguage() : text);
        PrintedReport printed = ReportLayout.print(draft.mandate(), draft.printable(), language);
        Map<Long, PrintedBlock> blocks = new HashMap<>();
        printed.blocks().forEach(b -> blocks.put(b.paragraphId(), b));
        List<Row> rows = draft.paragraphs().stream().map(p -> new Row(p, blocks.get(p.id()),
                p.pendingAr() == null ? null : TextDiff.between(p.textAr(), p.pendingAr()),
                p.pendingEn() == null ? null : TextDiff.between(p.textEn(), p.pendingEn()))).toList();
        model.addAttribute("draft", draft);
        model.addAttribute("printed", printed);
        model.addAttribute("rows", rows);
        model.addAttribute("language", language);
        model.addAttribute("english", language == ReportLanguage.EN);
        model.addAttribute("chapters", rows.stream().filter(r -> r.paragraph().role() == BlockRole.CHAPTER_HEADING)
                .map(r -> r.paragraph().chapter()).distinct().toList());
        model.addAttribute("nextStatuses", java.util.Arrays.stream(DraftStatus.values())
                .filter(draft.status()::mayBecome).toList());
        model.addAttribute("cutOffText", format.date(draft.mandate().cutOff(), locale));
        model.addAttribute("recordsNotices", recordsNotices.on(draft.mandate().cutOff(), locale));
        return DETAIL;
    }

    @PostMapping("/report-drafts/{id}/regenerate")
    String regenerate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        RegenerationResult r = drafts.regenerate(currentActor.requireSecretariat("report drafts"), id);
        redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.regenerated", new Object[] {
                format.number(r.unchanged(), locale), format.number(r.updated(), locale), format.number(r.added(), locale),
                format.number(r.flagged(), locale), format.number(r.removed(), locale), format.number(r.orphaned(), locale)},
                locale));
        return "redirect:/report-drafts/" + id;
    }

    @PostMapping("/report-drafts/{id}/status")
    String status(@PathVariable long id, @RequestParam String next, RedirectAttributes redirect, Locale locale) {
        DraftStatus status = FormInput.enumOf(DraftStatus.class, next);
        if (status == null) {
            throw new DomainException("report.status.unknown", next);
        }
        drafts.changeStatus(currentActor.requireSecretariat("report drafts"), id, status);
        redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.statusChanged",
                new Object[] {messages.getMessage("report.status." + status.name(), null, locale)}, locale));
        return "redirect:/report-drafts/" + id;
    }

    @PostMapping("/report-drafts/{id}/start-from")
    String startFrom(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        long created = drafts.startFrom(currentActor.requireSecretariat("report drafts"), id);
        return edits.saved(redirect, "reportDrafts.startedFrom", locale, "/report-drafts/" + created);
    }

    @GetMapping("/report-drafts/{id}/versions")
    String versions(@PathVariable long id, @RequestParam(required = false) Integer older,
                    @RequestParam(required = false) Integer newer, Model model) {
        Actor actor = currentActor.get();
        var versions = drafts.versions(actor, id);
        model.addAttribute("draft", drafts.summary(actor, id));
        model.addAttribute("versions", versions);
        if (older == null && versions.size() > 1) {
            older = versions.get(1).number();
            newer = versions.get(0).number();
        }
        if (older != null) {
            var comparison = drafts.compare(actor, id, older, newer == null ? versions.get(0).number() : newer);
            model.addAttribute("comparison", comparison);
            model.addAttribute("diffs", comparison.changes().stream().map(c -> TextDiff.between(
                    c.beforeAr() == null ? "" : c.beforeAr(), c.afterAr() == null ? "" : c.afterAr())).toList());
        }
        return VERSIONS;
    }
}
