package org.tiptracker.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.draft.TextDiff;
import org.tiptracker.report.persistence.DraftConflictException;
import org.tiptracker.report.persistence.DraftViews.ParagraphView;
import org.tiptracker.report.persistence.ReportDraftService;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;

/**
 * A report draft's paragraphs: the forms that edit one or add a narrative one (through the
 * {@link EditFlow}; a save over a newer version answers 409 with the paragraph as it is now and
 * what the person changed in it), moving, deleting, reconciling with the records, and comments.
 * The secretariat only.
 */
@Controller
record ReportParagraphController(ReportDraftService drafts, CurrentActor currentActor, EditFlow edits) {

    static final String PARAGRAPH_FORM = "report-drafts/paragraph-form";
    private static final List<BlockRole> ROLES = List.of(BlockRole.PARAGRAPH, BlockRole.SUBPARAGRAPH,
            BlockRole.CHAPTER_HEADING, BlockRole.SECTION_HEADING, BlockRole.SUBSECTION_HEADING);
    private static final EditFlow.FieldOf TEXT_RULES = EditFlow.FieldOf.byRule(Map.of(
            "report.paragraph.empty", "textAr",
            "report.paragraph.tooLong", "textAr"));
    private static final EditFlow.Declaration EDITED = new EditFlow.Declaration("reportDrafts.paragraphSaved",
            "reportDrafts.form.version.missing", TEXT_RULES);
    private static final EditFlow.Declaration ADDED = new EditFlow.Declaration("reportDrafts.paragraphAdded",
            "reportDrafts.form.version.missing", TEXT_RULES);

    @InitBinder("paragraphForm")
    void paragraphBinder(WebDataBinder binder) {
        binder.setAllowedFields("textAr", "textEn", "version", "role", "after");
    }

    @GetMapping("/report-drafts/{id}/paragraphs/{pid}/edit")
    String initEdit(@PathVariable long id, @PathVariable long pid, Model model) {
        currentActor.requireSecretariat("report drafts");
        ParagraphView p = paragraph(id, pid);
        ParagraphForm form = new ParagraphForm();
        form.textAr = p.textAr();
        form.textEn = p.textEn();
        form.version = p.version();
        return paragraphForm(model, id, p, form);
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}")
    String processEdit(@PathVariable long id, @PathVariable long pid, @ModelAttribute("paragraphForm") ParagraphForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("report drafts");
        ParagraphView p = paragraph(id, pid);
        try {
            return edits.save(EDITED, new EditFlow.Page(result, model, redirect, response, locale), pid, form,
                    () -> {
                        drafts.editParagraph(actor, id, pid, form.version, form.textAr, form.textEn);
                        return "/report-drafts/" + id + "#p-" + pid;
                    }, () -> paragraphForm(model, id, p, form), p::version);
        } catch (DraftConflictException e) {
            // Nothing is overwritten: the person's text stays in the form, beside the paragraph as it is now.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            result.reject("reportDrafts.conflict");
            model.addAttribute("conflict", e.current());
            model.addAttribute("conflictDiff", TextDiff.between(e.current().textAr(), form.textAr));
            form.version = e.current().version();
            return paragraphForm(model, id, e.current(), form);
        }
    }

    @GetMapping("/report-drafts/{id}/paragraphs/new")
    String initAdd(@PathVariable long id, @RequestParam(required = false) Long after, Model model) {
        currentActor.requireSecretariat("report drafts");
        ParagraphForm form = new ParagraphForm();
        form.after = after;
        return paragraphForm(model, id, null, form);
    }

    @PostMapping("/report-drafts/{id}/paragraphs")
    String processAdd(@PathVariable long id, @ModelAttribute("paragraphForm") ParagraphForm form, BindingResult result,
                      Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("report drafts");
        BlockRole role = FormInput.enumOf(BlockRole.class, form.role);
        if (role == null || role == BlockRole.SUMMARY) {
            result.rejectValue("role", "reportDrafts.form.role.invalid");
        }
        return edits.create(ADDED, new EditFlow.Page(result, model, redirect, response, locale),
                () -> "/report-drafts/" + id + "#p-"
                        + drafts.addNarrative(actor, id, form.after, role, form.textAr, form.textEn),
                () -> paragraphForm(model, id, null, form));
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/move")
    String move(@PathVariable long id, @PathVariable long pid, @RequestParam int delta) {
        drafts.move(currentActor.requireSecretariat("report drafts"), id, pid, delta < 0 ? -1 : 1);
        return "redirect:/report-drafts/" + id + "#p-" + pid;
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/delete")
    String delete(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect, Locale locale) {
        drafts.delete(currentActor.requireSecretariat("report drafts"), id, pid);
        return edits.saved(redirect, "reportDrafts.paragraphDeleted", locale, "/report-drafts/" + id);
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/reconcile")
    String reconcile(@PathVariable long id, @PathVariable long pid, @RequestParam String language,
                     @RequestParam boolean accept, RedirectAttributes redirect, Locale locale) {
        drafts.reconcile(currentActor.requireSecretariat("report drafts"), id, pid, ReportLanguage.of(language), accept);
        return edits.saved(redirect, accept ? "reportDrafts.reconciled.accepted" : "reportDrafts.reconciled.kept", locale,
                "/report-drafts/" + id + "#p-" + pid);
    }

    @PostMapping("/report-drafts/{id}/paragraphs/{pid}/comments")
    String comment(@PathVariable long id, @PathVariable long pid, @RequestParam(required = false) String text,
                   RedirectAttributes redirect, Locale locale) {
        drafts.addComment(currentActor.requireSecretariat("report drafts"), id, pid, text);
        return edits.saved(redirect, "reportDrafts.commented", locale, "/report-drafts/" + id + "#p-" + pid);
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
        model.addAttribute("roles", ROLES);
        return PARAGRAPH_FORM;
    }
}
