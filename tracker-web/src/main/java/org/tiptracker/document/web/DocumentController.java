package org.tiptracker.document.web;

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
import org.tiptracker.common.Actor;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;
import org.tiptracker.document.persistence.DocumentCitations;
import org.tiptracker.document.persistence.DocumentCommand;
import org.tiptracker.document.persistence.DocumentCriteria;
import org.tiptracker.document.persistence.DocumentService;
import org.tiptracker.document.persistence.DocumentViews;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.IgnoredFilters;

/**
 * The registry of documents and resolutions: anyone browses and reads (with UN Arabic citations
 * and paragraphs); the secretariat adds, corrects and deletes ({@link EditFlow}), each change
 * audited. The paragraphs' forms are {@link ParagraphController}'s.
 */
@Controller
record DocumentController(DocumentService documents, DocumentCitations citations, CurrentActor currentActor,
                          DisplayFormat format, MessageSource messages, EditFlow edits) {

    static final String LIST = "documents/list";
    static final String DETAIL = "documents/detail";
    static final String FORM = "documents/form";
    /** Where the rules a document may break are shown (text limits name their field themselves). */
    private static final EditFlow.Declaration DOCUMENT = new EditFlow.Declaration("document.saved",
            "document.form.version.missing", EditFlow.FieldOf.byRule(Map.of(
                    "document.organ.required", "organ",
                    "document.kind.required", "kind",
                    "document.number.required", "number",
                    "document.number.invalid", "number",
                    "document.number.taken", "number",
                    "document.symbol.invalid", "symbol",
                    "document.symbol.taken", "symbol",
                    "document.year.range", "year",
                    "document.adopted.year", "adoptedOn")));

    @InitBinder("documentForm")
    void documentBinder(WebDataBinder binder) {
        binder.setAllowedFields("organ", "kind", "number", "symbol", "year", "session", "adoptedOn", "titleAr", "titleEn",
                "version");
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String organ, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String year, @RequestParam(required = false) String q,
                Model model, Locale locale) {
        Organ organFilter = FormInput.enumOf(Organ.class, organ);
        DocumentKind kindFilter = FormInput.enumOf(DocumentKind.class, kind);
        Integer yearFilter = FormInput.integer(year);
        List<DocumentView> rows = documents.search(new DocumentCriteria(organFilter, kindFilter, yearFilter, q)).stream()
                .map(d -> DocumentView.of(d, format, locale)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("count", format.number(rows.size(), locale));
        model.addAttribute("organs", Organ.values());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("years", documents.years());
        model.addAttribute("organ", organFilter == null ? "" : organFilter.name());
        model.addAttribute("kind", kindFilter == null ? "" : kindFilter.name());
        model.addAttribute("year", yearFilter == null ? "" : yearFilter.toString());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("ignoredFilters", new IgnoredFilters()
                .check("document.organ", organ, organFilter).check("document.kind", kind, kindFilter)
                .check("document.year", year, yearFilter).messages(messages, locale));
        return LIST;
    }

    /** A symbol as other pages print it (A/RES/70/179): its page, or the search for it. */
    @GetMapping("/documents/find")
    String find(@RequestParam(required = false) String symbol) {
        return documents.findBySymbol(symbol).map(d -> "redirect:/documents/" + d.id())
                .orElseThrow(() -> new NotFoundException("document.symbol.unknown", symbol == null ? "" : symbol));
    }

    @GetMapping("/documents/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        DocumentViews.Document document = documents.get(id);
        model.addAttribute("document", DocumentView.of(document, format, locale));
        model.addAttribute("paragraphs", documents.paragraphs(id).stream().map(p -> paragraphView(p, locale)).toList());
        DocumentCitations.Found citing = citations.of(document);
        model.addAttribute("citing", citing);
        model.addAttribute("citingMeasures", format.number(citing.measures(), locale));
        return DETAIL;
    }

    /** A paragraph with its number as the page prints it: {@code ١٣ (أ)} on Arabic pages. */
    record ParagraphView(long id, String number, boolean operative, String textAr, String textEn) {
    }

    private ParagraphView paragraphView(DocumentViews.Paragraph p, Locale locale) {
        String number = DisplayFormat.isEnglish(locale) ? p.number() : format.arabic().digits(p.number());
        return new ParagraphView(p.id(), number, p.operative(), p.textAr(), p.textEn());
    }

    @GetMapping("/documents/new")
    String initCreate(Model model) {
        return form(model, DocumentForm.blank(), null);
    }

    @GetMapping("/documents/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        return form(model, DocumentForm.of(documents.get(id)), id);
    }

    @PostMapping({"/documents", "/documents/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("documentForm") DocumentForm form,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                HttpServletResponse response) {
        DocumentCommand command = form.command(result);
        return edits.save(DOCUMENT, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> {
                    Actor actor = currentActor.get();
                    return "/documents/" + (id == null ? documents.create(actor, command)
                            : documents.update(actor, id, form.version, command)).id();
                }, () -> form(model, form, id), () -> documents.get(id).version());
    }

    @PostMapping("/documents/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
        documents.delete(currentActor.get(), id, version);
        return edits.saved(redirect, "document.deleted", locale, "/documents");
    }

    private String form(Model model, DocumentForm form, Long id) {
        model.addAttribute("documentForm", form);
        model.addAttribute("documentId", id);
        model.addAttribute("organs", Organ.values());
        model.addAttribute("kinds", DocumentKind.values());
        return FORM;
    }
}
