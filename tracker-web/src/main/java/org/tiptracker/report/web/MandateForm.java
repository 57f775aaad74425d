package org.tiptracker.report.web;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.draft.MandateEntry;
import org.tiptracker.web.BoundForm;
import org.tiptracker.web.FormInput;

/** The new-draft form: every field as typed, so that a wrong entry comes back as it was. */
public class MandateForm implements BoundForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"symbol", "session", "agendaItem", "agendaFootnoteSymbol", "agendaTitleAr",
            "agendaTitleEn", "titleAr", "titleEn", "requestingResolution", "requestingParagraph", "previousResolution",
            "issueDate", "periodFrom", "periodTo", "cutOff", "cycleId", "originalLanguage", "digits"};
    private static final String INVALID_NUMBER = "reportDrafts.form.number.invalid";
    private static final String INVALID_DATE = "reportDrafts.form.date.invalid";
    private static final String INVALID_CHOICE = "reportDrafts.form.choice";

    public String symbol;
    public String session;
    public String agendaItem;
    public String agendaFootnoteSymbol;
    public String agendaTitleAr;
    public String agendaTitleEn;
    public String titleAr;
    public String titleEn;
    public String requestingResolution;
    public String requestingParagraph;
    public String previousResolution;
    public String issueDate;
    public String periodFrom;
    public String periodTo;
    public String cutOff;
    public String cycleId;
    public String originalLanguage = "en";
    public String digits = "ARABIC_INDIC";

    /**
     * The mandate as entered: numbers and dates read (what cannot be read is marked on its field),
     * unknown choices marked, and the required parts the entry misses marked on theirs.
     */
    MandateEntry entry(BindingResult r) {
        Integer sessionNumber = FormInput.integer(session, "session", r, INVALID_NUMBER);
        Integer item = FormInput.integer(agendaItem, "agendaItem", r, INVALID_NUMBER);
        LocalDate issue = FormInput.date(issueDate, "issueDate", r, INVALID_DATE);
        LocalDate from = FormInput.date(periodFrom, "periodFrom", r, INVALID_DATE);
        LocalDate to = FormInput.date(periodTo, "periodTo", r, INVALID_DATE);
        LocalDate cut = FormInput.date(cutOff, "cutOff", r, INVALID_DATE);
        Long cycle = null;
        if (cycleId != null && !cycleId.isBlank()) {
            Integer id = FormInput.integer(cycleId, "cycleId", r, INVALID_NUMBER);
            cycle = id == null ? null : id.longValue();
        }
        DigitStyle digitStyle = "WESTERN".equals(digits) ? DigitStyle.WESTERN : DigitStyle.ARABIC_INDIC;
        if (digits != null && !digits.isBlank() && !digits.equals(digitStyle.name())) {
            r.rejectValue("digits", INVALID_CHOICE);
        }
        String original = "ar".equals(originalLanguage) ? "ar" : "en";
        if (originalLanguage != null && !originalLanguage.isBlank() && !originalLanguage.equals(original)) {
            r.rejectValue("originalLanguage", INVALID_CHOICE);
        }
        MandateEntry entry = new MandateEntry(symbol, sessionNumber, item, agendaFootnoteSymbol, agendaTitleAr,
                agendaTitleEn, titleAr, titleEn, requestingResolution, requestingParagraph, previousResolution, issue,
                from, to, cut, cycle, original, digitStyle);
        entry.missing().stream().filter(field -> !r.hasFieldErrors(field))
                .forEach(field -> r.rejectValue(field, "reportDrafts.form.required"));
        return entry;
    }
}
