package org.tiptracker.report.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.DraftStatus;
import org.tiptracker.report.PrintedReport.PrintedBlock;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportLayout;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.draft.TextDiff;
import org.tiptracker.report.persistence.DraftConflictException;
import org.tiptracker.report.persistence.DraftViews.DraftView;
import org.tiptracker.report.persistence.DraftViews.ParagraphView;
import org.tiptracker.report.persistence.DraftViews.RegenerationResult;
import org.tiptracker.report.persistence.ReportDraftService;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;

/**
 * The report drafts' pages: the list, the new-draft form (the mandate), a draft as it will print
 * with each paragraph's kind, sources, comments and what waits to be reconciled, the paragraph
 * forms, and the versions. The secretariat writes; analysts read and export.
 */
@Controller
class ReportDraftController {

    static final String LIST = "report-drafts/list";
    static final String FORM = "report-drafts/form";
    static final String DETAIL = "report-drafts/detail";
    static final String PARAGRAPH_FORM = "report-drafts/paragraph-form";
    static final String VERSIONS = "report-drafts/versions";

    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("report.mandate.symbol", "symbol"),
            Map.entry("report.mandate.symbolSession", "symbol"),
            Map.entry("report.mandate.session", "session"),
            Map.entry("report.mandate.agendaItem", "agendaItem"),
            Map.entry("report.mandate.agendaFootnoteSymbol", "agendaFootnoteSymbol"),
            Map.entry("report.mandate.agendaTitleAr", "agendaTitleAr"),
            Map.entry("report.mandate.agendaTitleEn", "agendaTitleEn"),
            Map.entry("report.mandate.requestingParagraph", "requestingParagraph"),
            Map.entry("report.mandate.titleAr", "titleAr"),
            Map.entry("report.mandate.titleEn", "titleEn"),
            Map.entry("report.mandate.resolution", "requestingResolution"),
            Map.entry("report.mandate.previousResolution", "previousResolution"),
            Map.entry("report.mandate.period", "periodTo"),
            Map.entry("report.mandate.cutOff", "cutOff"),
            Map.entry("report.mandate.issueDate", "issueDate"),
            Map.entry("report.mandate.cycle", "cycleId"),
            Map.entry("report.paragraph.empty", "textAr"),
            Map.entry("report.paragraph.tooLong", "textAr"));

    private final ReportDraftService drafts;
    private final CycleService cycles;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;

    ReportDraftController(ReportDraftService drafts, CycleService cycles, CurrentActor currentActor,
                          MessageSource messages, DomainMessages domainMessages, DisplayFormat format) {
        this.drafts = drafts;
        this.cycles = cycles;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.format = format;
    }

    @InitBinder("mandateForm")
    void mandateBinder(WebDataBinder binder) {
        binder.setAllowedFields("symbol", "session", "agendaItem", "agendaFootnoteSymbol", "agendaTitleAr",
                "agendaTitleEn", "titleAr", "titleEn", "requestingResolution", "requestingParagraph",
                "previousResolution", "issueDate", "periodFrom", "periodTo", "cutOff", "cycleId", "originalLanguage",
                "digits");
    }

    @InitBinder("paragraphForm")
    void paragraphBinder(WebDataBinder binder) {
        binder.setAllowedFields("textAr", "textEn", "version", "role", "after");
    }

    @ModelAttribute("mayWrite")
    boolean mayWrite() {
        return currentActor.isSecretariat();
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
                         RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("report drafts");
        ReportMandate mandate = mandate(form, result);
        if (result.hasErrors()) {
            return form(model, form);
        }
        try {
            long id = drafts.create(actor, mandate);
            redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.created", null, locale));
            return "redirect:/report-drafts/" + id;
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return form(model, form);
        }
    }

    private String form(Model model, MandateForm form) {
        model.addAttribute("mandateForm", form);
        model.addAttribute("cycles", cycles.all());
        return FORM;
    }

    private static ReportMandate mandate(MandateForm f, BindingResult r) {
        String invalidNumber = "reportDrafts.form.number.invalid";
        String invalidDate = "reportDrafts.form.date.invalid";
        Integer session = required(FormInput.integer(f.getSession(), "session", r, invalidNumber), f.getSession(), "session", r);
        Integer item = required(FormInput.integer(f.getAgendaItem(), "agendaItem", r, invalidNumber), f.getAgendaItem(), "agendaItem", r);
        LocalDate issue = required(FormInput.date(f.getIssueDate(), "issueDate", r, invalidDate), f.getIssueDate(), "issueDate", r);
        LocalDate from = required(FormInput.date(f.getPeriodFrom(), "periodFrom", r, invalidDate), f.getPeriodFrom(), "periodFrom", r);
        LocalDate to = required(FormInput.date(f.getPeriodTo(), "periodTo", r, invalidDate), f.getPeriodTo(), "periodTo", r);
        LocalDate cutOff = required(FormInput.date(f.getCutOff(), "cutOff", r, invalidDate), f.getCutOff(), "cutOff", r);
        requireText(f.getSymbol(), "symbol", r);
        requireText(f.getTitleAr(), "titleAr", r);
        requireText(f.getTitleEn(), "titleEn", r);
        requireText(f.getRequestingResolution(), "requestingResolution", r);
        Long cycle = null;
        if (f.getCycleId() != null && !f.getCycleId().isBlank()) {
            Integer id = FormInput.integer(f.getCycleId(), "cycleId", r, invalidNumber);
            cycle = id == null ? null : id.longValue();
        }
        DigitStyle digits = "WESTERN".equals(f.getDigits()) ? DigitStyle.WESTERN : DigitStyle.ARABIC_INDIC;
        if (f.getDigits() != null && !f.getDigits().isBlank() && !f.getDigits().equals(digits.name())) {
            r.rejectValue("digits", "reportDrafts.form.choice");
        }
        String original = "ar".equals(f.getOriginalLanguage()) ? "ar" : "en";
        if (f.getOriginalLanguage() != null && !f.getOriginalLanguage().isBlank() && !f.getOriginalLanguage().equals(original)) {
            r.rejectValue("originalLanguage", "reportDrafts.form.choice");
        }
        if (r.hasErrors()) {
            return null;
        }
        return new ReportMandate(f.getSymbol().strip(), session, item, FormInput.blankToNull(f.getAgendaFootnoteSymbol()),
                FormInput.blankToNull(f.getAgendaTitleAr()), FormInput.blankToNull(f.getAgendaTitleEn()),
                f.getTitleAr().strip(), f.getTitleEn().strip(), f.getRequestingResolution().strip(),
                FormInput.blankToNull(f.getRequestingParagraph()), FormInput.blankToNull(f.getPreviousResolution()),
                issue, from, to, cutOff, cycle, original, digits);
    }

    private static void requireText(String typed, String field, BindingResult r) {
        if (typed == null || typed.isBlank()) {
            r.rejectValue(field, "reportDrafts.form.required");
        }
    }

    private static <T> T required(T parsed, String typed, String field, BindingResult r) {
        if ((typed == null || typed.isBlank()) && r.getFieldError(field) == null) {
            r.rejectValue(field, "reportDrafts.form.required");
        }
        return parsed;
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
        redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.startedFrom", null, locale));
        return "redirect:/report-drafts/" + created;
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

    // ---- paragraphs ---------------------------------------------------------------------------

    @GetMapping("/report-drafts/{id}/paragraphs/{pid}/edit")
    String initEdit(@PathVariable long id, @PathVariable long pid, Model model) {
        currentActor.requireSecretariat("report drafts");
        ParagraphView p = paragraph(id, pid);
        ParagraphForm form = new ParagraphForm();
        form.setTextAr(p.textAr());
        form.setTextEn(p.textEn());
        form.setVersion(p.version());
        return paragraphForm(model, id, p, form);
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}")
    String processEdit(@PathVariable long id, @PathVariable long pid, @ModelAttribute("paragraphForm") ParagraphForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("report drafts");
        ParagraphView p = paragraph(id, pid);
        if (form.getVersion() == null) {
            result.reject("reportDrafts.form.version.missing");
            return paragraphForm(model, id, p, form);
        }
        try {
            drafts.editParagraph(actor, id, pid, form.getVersion(), form.getTextAr(), form.getTextEn());
            redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.paragraphSaved", null, locale));
            return "redirect:/report-drafts/" + id + "#p-" + pid;
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return paragraphForm(model, id, p, form);
        } catch (DraftConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            result.reject("reportDrafts.conflict");
            model.addAttribute("conflict", e.current());
            model.addAttribute("conflictDiff", TextDiff.between(e.current().textAr(), form.getTextAr()));
            form.setVersion(e.current().version());
            return paragraphForm(model, id, e.current(), form);
        }
    }

    @GetMapping("/report-drafts/{id}/paragraphs/new")
    String initAdd(@PathVariable long id, @RequestParam(required = false) Long after, Model model) {
        currentActor.requireSecretariat("report drafts");
        ParagraphForm form = new ParagraphForm();
        form.setAfter(after);
        return paragraphForm(model, id, null, form);
    }

    @PostMapping("/report-drafts/{id}/paragraphs")
    String processAdd(@PathVariable long id, @ModelAttribute("paragraphForm") ParagraphForm form, BindingResult result,
                      Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("report drafts");
        BlockRole role = FormInput.enumOf(BlockRole.class, form.getRole());
        if (role == null || role == BlockRole.SUMMARY) {
            result.rejectValue("role", "reportDrafts.form.role.invalid");
            return paragraphForm(model, id, null, form);
        }
        try {
            long pid = drafts.addNarrative(actor, id, form.getAfter(), role, form.getTextAr(), form.getTextEn());
            redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.paragraphAdded", null, locale));
            return "redirect:/report-drafts/" + id + "#p-" + pid;
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return paragraphForm(model, id, null, form);
        }
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/move")
    String move(@PathVariable long id, @PathVariable long pid, @RequestParam int delta) {
        drafts.move(currentActor.requireSecretariat("report drafts"), id, pid, delta < 0 ? -1 : 1);
        return "redirect:/report-drafts/" + id + "#p-" + pid;
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/delete")
    String delete(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect, Locale locale) {
        drafts.delete(currentActor.requireSecretariat("report drafts"), id, pid);
        redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.paragraphDeleted", null, locale));
        return "redirect:/report-drafts/" + id;
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/reconcile")
    String reconcile(@PathVariable long id, @PathVariable long pid, @RequestParam String language,
                     @RequestParam boolean accept, RedirectAttributes redirect, Locale locale) {
        drafts.reconcile(currentActor.requireSecretariat("report drafts"), id, pid, ReportLanguage.of(language), accept);
        redirect.addFlashAttribute("saved", messages.getMessage(accept ? "reportDrafts.reconciled.accepted"
                : "reportDrafts.reconciled.kept", null, locale));
        return "redirect:/report-drafts/" + id + "#p-" + pid;
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/comments")
    String comment(@PathVariable long id, @PathVariable long pid, @RequestParam(required = false) String text,
                   RedirectAttributes redirect, Locale locale) {
        drafts.addComment(currentActor.requireSecretariat("report drafts"), id, pid, text);
        redirect.addFlashAttribute("saved", messages.getMessage("reportDrafts.commented", null, locale));
        return "redirect:/report-drafts/" + id + "#p-" + pid;
    }

    @PostMapping("/report-drafts/{id}/comments/{cid}/resolve")
    String resolve(@PathVariable long id, @PathVariable long cid, @RequestParam(required = false) Long paragraph) {
        drafts.resolveComment(currentActor.requireSecretariat("report drafts"), id, cid);
        return "redirect:/report-drafts/" + id + (paragraph == null ? "" : "#p-" + paragraph);
    }

    private ParagraphView paragraph(long id, long pid) {
        return drafts.paragraph(currentActor.get(), id, pid);
    }

    private String paragraphForm(Model model, long id, ParagraphView paragraph, ParagraphForm form) {
        model.addAttribute("draft", drafts.summary(currentActor.get(), id));
        model.addAttribute("paragraph", paragraph);
        model.addAttribute("paragraphForm", form);
        model.addAttribute("roles", List.of(BlockRole.PARAGRAPH, BlockRole.SUBPARAGRAPH, BlockRole.CHAPTER_HEADING,
                BlockRole.SECTION_HEADING, BlockRole.SUBSECTION_HEADING));
        return PARAGRAPH_FORM;
    }
}
