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

    private String organ;
    private String kind;
    private String number;
    private String symbol;
    private String year;
    private String session;
    private String adoptedOn;
    private String titleAr;
    private String titleEn;

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
        form.setVersion(d.version());
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

    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getSession() { return session; }
    public void setSession(String session) { this.session = session; }
    public String getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(String adoptedOn) { this.adoptedOn = adoptedOn; }
    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
}
