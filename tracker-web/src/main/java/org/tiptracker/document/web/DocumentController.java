package org.tiptracker.document.web;

import java.time.LocalDate;
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
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;
import org.tiptracker.document.persistence.DocumentCitations;
import org.tiptracker.document.persistence.DocumentCommand;
import org.tiptracker.document.persistence.DocumentCriteria;
import org.tiptracker.document.persistence.DocumentEntity;
import org.tiptracker.document.persistence.DocumentParagraphEntity;
import org.tiptracker.document.persistence.DocumentService;
import org.tiptracker.document.persistence.ParagraphCommand;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;

/**
 * The registry of documents and resolutions: anyone browses and reads (with UN Arabic citations
 * and paragraphs); the secretariat adds, corrects and deletes, each change audited.
 */
@Controller
class DocumentController {

    static final String LIST = "documents/list";
    static final String DETAIL = "documents/detail";
    static final String FORM = "documents/form";
    static final String PARAGRAPH_FORM = "documents/paragraph-form";
    /** Rule violations that belong to one field, shown next to it; the others above the form. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("document.organ.required", "organ"),
            Map.entry("document.kind.required", "kind"),
            Map.entry("document.number.required", "number"),
            Map.entry("document.number.invalid", "number"),
            Map.entry("document.number.taken", "number"),
            Map.entry("document.number.tooLong", "number"),
            Map.entry("document.symbol.tooLong", "symbol"),
            Map.entry("document.session.tooLong", "session"),
            Map.entry("document.symbol.invalid", "symbol"),
            Map.entry("document.symbol.taken", "symbol"),
            Map.entry("document.year.range", "year"),
            Map.entry("document.adopted.year", "adoptedOn"),
            Map.entry("document.paragraph.number.required", "number"),
            Map.entry("document.paragraph.number.tooLong", "number"),
            Map.entry("document.paragraph.number.taken", "number"),
            Map.entry("document.paragraph.textAr.required", "textAr"),
            Map.entry("document.paragraph.position.range", "position"));

    private final DocumentService documents;
    private final DocumentCitations citations;
    private final CurrentActor currentActor;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final DomainMessages domainMessages;

    DocumentController(DocumentService documents, DocumentCitations citations, CurrentActor currentActor, DisplayFormat format, MessageSource messages,
                       DomainMessages domainMessages) {
        this.documents = documents;
        this.citations = citations;
        this.currentActor = currentActor;
        this.format = format;
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @InitBinder("documentForm")
    void documentBinder(WebDataBinder binder) {
        binder.setAllowedFields("organ", "kind", "number", "symbol", "year", "session", "adoptedOn", "titleAr", "titleEn",
                "version");
    }

    @InitBinder("paragraphForm")
    void paragraphBinder(WebDataBinder binder) {
        binder.setAllowedFields("number", "position", "operative", "textAr", "textEn", "expected");
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
        model.addAttribute("ignoredFilters", new org.tiptracker.web.IgnoredFilters()
                .check("document.organ", organ, organFilter).check("document.kind", kind, kindFilter)
                .check("document.year", year, yearFilter).messages(messages, locale));
        return LIST;
    }

    /** A symbol as other pages print it (A/RES/70/179): its page, or the search for it. */
    @GetMapping("/documents/find")
    String find(@RequestParam(required = false) String symbol) {
        return documents.findBySymbol(symbol).map(d -> "redirect:/documents/" + d.getId())
                .orElseThrow(() -> new NotFoundException("document.symbol.unknown", symbol == null ? "" : symbol));
    }

    @GetMapping("/documents/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        DocumentEntity document = documents.get(id);
        model.addAttribute("document", DocumentView.of(document, format, locale));
        model.addAttribute("paragraphs", documents.paragraphs(id).stream().map(p -> paragraphView(p, locale)).toList());
        DocumentCitations.Found citing = citations.of(document);
        model.addAttribute("citing", citing);
        model.addAttribute("citingMeasures", format.number(citing.measures(), locale));
        return DETAIL;
    }

    @GetMapping("/documents/new")
    String initCreate(Model model) {
        DocumentForm form = new DocumentForm();
        form.setOrgan(Organ.GENERAL_ASSEMBLY.name());
        form.setKind(DocumentKind.RESOLUTION.name());
        return form(model, form, null);
    }

    @PostMapping("/documents")
    String processCreate(@ModelAttribute("documentForm") DocumentForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, Locale locale) {
        DocumentCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            DocumentEntity saved = documents.create(currentActor.get(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("document.saved", null, locale));
            return "redirect:/documents/" + saved.getId();
        } catch (DomainException e) {
            reject(result, e, locale);
            return form(model, form, null);
        }
    }

    @GetMapping("/documents/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        DocumentEntity d = documents.get(id);
        DocumentForm form = new DocumentForm();
        form.setOrgan(d.getOrgan().name());
        form.setKind(d.getKind().name());
        form.setNumber(d.getNumber());
        form.setSymbol(d.getSymbol());
        form.setYear(Integer.toString(d.getYear()));
        form.setSession(d.getSession());
        form.setAdoptedOn(d.getAdoptedOn() == null ? null : d.getAdoptedOn().toString());
        form.setTitleAr(d.getTitleAr());
        form.setTitleEn(d.getTitleEn());
        form.setVersion(d.getVersion());
        return form(model, form, id);
    }

    @PostMapping("/documents/{id}")
    String processUpdate(@PathVariable long id, @ModelAttribute("documentForm") DocumentForm form, BindingResult result,
                         Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        documents.get(id);
        if (form.getVersion() == null) {
            result.reject("document.form.version.missing");
        }
        DocumentCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            documents.update(currentActor.get(), id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("document.saved", null, locale));
            return "redirect:/documents/" + id;
        } catch (DomainException e) {
            reject(result, e, locale);
            return form(model, form, id);
        } catch (ConflictException e) {
            // Nothing is overwritten: the user's entry stays in the form, next to the document as it is now.
            FormInput.conflict(e, result, model, response);
            form.setVersion(documents.get(id).getVersion());
            return form(model, form, id);
        }
    }

    @PostMapping("/documents/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
        documents.delete(currentActor.get(), id, version);
        redirect.addFlashAttribute("saved", messages.getMessage("document.deleted", null, locale));
        return "redirect:/documents";
    }

    @GetMapping("/documents/{id}/paragraphs/new")
    String initParagraph(@PathVariable long id, Model model, Locale locale) {
        return paragraphForm(model, documents.get(id), new ParagraphForm(), null, locale);
    }

    @PostMapping("/documents/{id}/paragraphs")
    String processParagraph(@PathVariable long id, @ModelAttribute("paragraphForm") ParagraphForm form,
                            BindingResult result, Model model, Locale locale) {
        DocumentEntity document = documents.get(id);
        ParagraphCommand command = paragraphCommand(form, result);
        if (result.hasErrors()) {
            return paragraphForm(model, document, form, null, locale);
        }
        try {
            documents.addParagraph(currentActor.get(), id, command);
            return "redirect:/documents/" + id + "#paragraphs";
        } catch (DomainException e) {
            reject(result, e, locale);
            return paragraphForm(model, document, form, null, locale);
        }
    }

    @GetMapping("/documents/{id}/paragraphs/{paragraphId}/edit")
    String initParagraphUpdate(@PathVariable long id, @PathVariable long paragraphId, Model model, Locale locale) {
        DocumentParagraphEntity p = documents.paragraph(id, paragraphId);
        ParagraphForm form = new ParagraphForm();
        form.setNumber(p.getNumber());
        form.setPosition(Integer.toString(p.getPosition()));
        form.setOperative(p.isOperative());
        form.setTextAr(p.getTextAr());
        form.setTextEn(p.getTextEn());
        form.setExpected(DocumentService.describe(p));
        return paragraphForm(model, documents.get(id), form, paragraphId, locale);
    }

    @PostMapping("/documents/{id}/paragraphs/{paragraphId}")
    String processParagraphUpdate(@PathVariable long id, @PathVariable long paragraphId,
                                  @ModelAttribute("paragraphForm") ParagraphForm form, BindingResult result, Model model,
                                  Locale locale, HttpServletResponse response) {
        DocumentEntity document = documents.get(id);
        documents.paragraph(id, paragraphId);
        ParagraphCommand command = paragraphCommand(form, result);
        if (form.getExpected() == null) {
            result.reject("document.form.version.missing");
        }
        if (result.hasErrors()) {
            return paragraphForm(model, document, form, paragraphId, locale);
        }
        try {
            documents.updateParagraph(currentActor.get(), id, paragraphId, form.getExpected(), command);
            return "redirect:/documents/" + id + "#paragraphs";
        } catch (DomainException e) {
            reject(result, e, locale);
            return paragraphForm(model, document, form, paragraphId, locale);
        } catch (ConflictException e) {
            FormInput.conflict(e, result, model, response);
            form.setExpected(e.current());
            return paragraphForm(model, document, form, paragraphId, locale);
        }
    }

    @PostMapping("/documents/{id}/paragraphs/{paragraphId}/delete")
    String deleteParagraph(@PathVariable long id, @PathVariable long paragraphId) {
        documents.deleteParagraph(currentActor.get(), id, paragraphId);
        return "redirect:/documents/" + id + "#paragraphs";
    }

    /** A paragraph with its number as the page prints it: {@code ١٣ (أ)} on Arabic pages. */
    record ParagraphView(long id, String number, boolean operative, String textAr, String textEn) {
    }

    private ParagraphView paragraphView(DocumentParagraphEntity p, Locale locale) {
        String number = DisplayFormat.isEnglish(locale) ? p.getNumber() : format.arabic().digits(p.getNumber());
        return new ParagraphView(p.getId(), number, p.isOperative(), p.getTextAr(), p.getTextEn());
    }

    private String form(Model model, DocumentForm form, Long id) {
        model.addAttribute("documentForm", form);
        model.addAttribute("documentId", id);
        model.addAttribute("organs", Organ.values());
        model.addAttribute("kinds", DocumentKind.values());
        return FORM;
    }

    private String paragraphForm(Model model, DocumentEntity document, ParagraphForm form, Long paragraphId, Locale locale) {
        model.addAttribute("document", DocumentView.of(document, format, locale));
        model.addAttribute("paragraphForm", form);
        model.addAttribute("paragraphId", paragraphId);
        return PARAGRAPH_FORM;
    }

    private void reject(BindingResult result, DomainException e, Locale locale) {
        FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
    }

    private DocumentCommand command(DocumentForm form, BindingResult result) {
        Organ organ = FormInput.enumOf(Organ.class, form.getOrgan());
        if (organ == null) {
            result.rejectValue("organ", "document.organ.required");
        }
        DocumentKind kind = FormInput.enumOf(DocumentKind.class, form.getKind());
        if (kind == null) {
            result.rejectValue("kind", "document.kind.required");
        }
        Integer year = FormInput.integer(form.getYear(), "year", result, "document.form.year.invalid");
        if (year == null && !result.hasFieldErrors("year")) {
            result.rejectValue("year", "document.form.year.invalid");
        }
        LocalDate adopted = FormInput.date(form.getAdoptedOn(), "adoptedOn", result, "document.form.date.invalid");
        return new DocumentCommand(organ, kind, westernOrNull(form.getNumber()), form.getSymbol(), year,
                form.getSession(), adopted, form.getTitleAr(), form.getTitleEn());
    }

    private ParagraphCommand paragraphCommand(ParagraphForm form, BindingResult result) {
        Integer position = FormInput.integer(form.getPosition(), "position", result, "document.form.position.invalid");
        return new ParagraphCommand(westernOrNull(form.getNumber()), position, form.isOperative(), form.getTextAr(),
                form.getTextEn());
    }

    private static String westernOrNull(String s) {
        return s == null ? null : UnArabic.westernDigits(s);
    }

}
