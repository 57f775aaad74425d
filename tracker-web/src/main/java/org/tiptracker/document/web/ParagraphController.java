package org.tiptracker.document.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.document.persistence.DocumentService;
import org.tiptracker.document.persistence.DocumentViews;
import org.tiptracker.document.persistence.ParagraphCommand;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;

/**
 * The secretariat's forms for a document's paragraphs ({@link EditFlow}). A paragraph has no
 * version number: the text it was opened with ({@code expected}) stands for it, and a save over
 * a changed paragraph is refused (409) with the paragraph as it is now.
 */
@Controller
record ParagraphController(DocumentService documents, CurrentActor currentActor, DisplayFormat format, EditFlow edits) {

    static final String PARAGRAPH_FORM = "documents/paragraph-form";
    /** Where the rules a paragraph may break are shown (text limits name their field themselves). */
    private static final EditFlow.Declaration PARAGRAPH = new EditFlow.Declaration("document.paragraph.saved",
            "document.form.version.missing", EditFlow.FieldOf.byRule(Map.of(
                    "document.paragraph.number.required", "number",
                    "document.paragraph.number.taken", "number",
                    "document.paragraph.textAr.required", "textAr",
                    "document.paragraph.position.range", "position")));
    /** What the flow is given as the version of a paragraph opened with its text. */
    private static final long OPENED = 0;

    @InitBinder("paragraphForm")
    void paragraphBinder(WebDataBinder binder) {
        binder.setAllowedFields("number", "position", "operative", "textAr", "textEn", "expected");
    }

    @GetMapping("/documents/{id}/paragraphs/new")
    String initParagraph(@PathVariable long id, Model model, Locale locale) {
        return form(model, documents.get(id), new ParagraphForm(), null, locale);
    }

    @GetMapping("/documents/{id}/paragraphs/{paragraphId}/edit")
    String initParagraphUpdate(@PathVariable long id, @PathVariable long paragraphId, Model model, Locale locale) {
        ParagraphForm form = ParagraphForm.of(documents.paragraph(id, paragraphId));
        return form(model, documents.get(id), form, paragraphId, locale);
    }

    @PostMapping({"/documents/{id}/paragraphs", "/documents/{id}/paragraphs/{paragraphId}"})
    String save(@PathVariable long id, @PathVariable(required = false) Long paragraphId,
                @ModelAttribute("paragraphForm") ParagraphForm form, BindingResult result, Model model,
                RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        DocumentViews.Document document = documents.get(id);
        if (paragraphId != null) {
            documents.paragraph(id, paragraphId);
        }
        ParagraphCommand command = form.command(result);
        return edits.save(PARAGRAPH, new EditFlow.Page(result, model, redirect, response, locale), paragraphId != null,
                form.expected == null ? null : OPENED, () -> {
                    if (paragraphId == null) {
                        documents.addParagraph(currentActor.get(), id, command);
                    } else {
                        documents.updateParagraph(currentActor.get(), id, paragraphId, form.expected, command);
                    }
                    return "/documents/" + id + "#paragraphs";
                }, () -> form(model, document, form, paragraphId, locale), () -> OPENED,
                opened -> form.expected = documents.paragraph(id, paragraphId).describe());
    }

    @PostMapping("/documents/{id}/paragraphs/{paragraphId}/delete")
    String deleteParagraph(@PathVariable long id, @PathVariable long paragraphId) {
        documents.deleteParagraph(currentActor.get(), id, paragraphId);
        return "redirect:/documents/" + id + "#paragraphs";
    }

    private String form(Model model, DocumentViews.Document document, ParagraphForm form, Long paragraphId, Locale locale) {
        model.addAttribute("document", DocumentView.of(document, format, locale));
        model.addAttribute("paragraphForm", form);
        model.addAttribute("paragraphId", paragraphId);
        return PARAGRAPH_FORM;
    }
}
