package org.tiptracker.document.web;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;
import org.tiptracker.document.persistence.DocumentCommand;
import org.tiptracker.document.persistence.DocumentViews;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.VersionedForm;

/**
 * The document form as typed: numbers and dates stay text until checked, so a wrong entry is shown
 * again as it was. It reads itself into a command, marking on its field what it cannot read.
 */
public class DocumentForm extends VersionedForm {

    public String organ;
    public String kind;
    public String number;
    public String symbol;
    public String year;
    public String session;
    public String adoptedOn;
    public String titleAr;
    public String titleEn;

    /** A new resolution of the General Assembly, the most usual entry. */
    static DocumentForm blank() {
        DocumentForm form = new DocumentForm();
        form.organ = Organ.GENERAL_ASSEMBLY.name();
        form.kind = DocumentKind.RESOLUTION.name();
        return form;
    }

    /** The form filled with the document as recorded. */
    static DocumentForm of(DocumentViews.Document d) {
        DocumentForm form = new DocumentForm();
        form.organ = d.organ().name();
        form.kind = d.kind().name();
        form.number = d.number();
        form.symbol = d.symbol();
        form.year = Integer.toString(d.year());
        form.session = d.session();
        form.adoptedOn = d.adoptedOn() == null ? null : d.adoptedOn().toString();
        form.titleAr = d.titleAr();
        form.titleEn = d.titleEn();
        form.version = d.version();
        return form;
    }

    /** The command, or field errors for what cannot be read. */
    DocumentCommand command(BindingResult result) {
        Organ organValue = FormInput.enumOf(Organ.class, organ);
        if (organValue == null) {
            result.rejectValue("organ", "document.organ.required");
        }
        DocumentKind kindValue = FormInput.enumOf(DocumentKind.class, kind);
        if (kindValue == null) {
            result.rejectValue("kind", "document.kind.required");
        }
        Integer yearValue = FormInput.integer(year, "year", result, "document.form.year.invalid");
        if (yearValue == null && !result.hasFieldErrors("year")) {
            result.rejectValue("year", "document.form.year.invalid");
        }
        LocalDate adopted = FormInput.date(adoptedOn, "adoptedOn", result, "document.form.date.invalid");
        return new DocumentCommand(organValue, kindValue, number == null ? null : UnArabic.westernDigits(number), symbol,
                yearValue, session, adopted, titleAr, titleEn);
    }
}
