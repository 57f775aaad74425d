package org.tiptracker.report.web;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.draft.MandateEntry;
import org.tiptracker.web.FormInput;

/** The new-draft form: every field as typed, so that a wrong entry comes back as it was. */
public class MandateForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"symbol", "session", "agendaItem", "agendaFootnoteSymbol", "agendaTitleAr",
            "agendaTitleEn", "titleAr", "titleEn", "requestingResolution", "requestingParagraph", "previousResolution",
            "issueDate", "periodFrom", "periodTo", "cutOff", "cycleId", "originalLanguage", "digits"};
    private static final String INVALID_NUMBER = "reportDrafts.form.number.invalid";
    private static final String INVALID_DATE = "reportDrafts.form.date.invalid";
    private static final String INVALID_CHOICE = "reportDrafts.form.choice";

    private String symbol;
    private String session;
    private String agendaItem;
    private String agendaFootnoteSymbol;
    private String agendaTitleAr;
    private String agendaTitleEn;
    private String titleAr;
    private String titleEn;
    private String requestingResolution;
    private String requestingParagraph;
    private String previousResolution;
    private String issueDate;
    private String periodFrom;
    private String periodTo;
    private String cutOff;
    private String cycleId;
    private String originalLanguage = "en";
    private String digits = "ARABIC_INDIC";

    public String getSymbol() { return symbol; }
    public void setSymbol(String v) { symbol = v; }
    public String getSession() { return session; }
    public void setSession(String v) { session = v; }
    public String getAgendaItem() { return agendaItem; }
    public void setAgendaItem(String v) { agendaItem = v; }
    public String getAgendaFootnoteSymbol() { return agendaFootnoteSymbol; }
    public void setAgendaFootnoteSymbol(String v) { agendaFootnoteSymbol = v; }
    public String getAgendaTitleAr() { return agendaTitleAr; }
    public void setAgendaTitleAr(String v) { agendaTitleAr = v; }
    public String getAgendaTitleEn() { return agendaTitleEn; }
    public void setAgendaTitleEn(String v) { agendaTitleEn = v; }
    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String v) { titleAr = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getRequestingResolution() { return requestingResolution; }
    public void setRequestingResolution(String v) { requestingResolution = v; }
    public String getRequestingParagraph() { return requestingParagraph; }
    public void setRequestingParagraph(String v) { requestingParagraph = v; }
    public String getPreviousResolution() { return previousResolution; }
    public void setPreviousResolution(String v) { previousResolution = v; }
    public String getIssueDate() { return issueDate; }
    public void setIssueDate(String v) { issueDate = v; }
    public String getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(String v) { periodFrom = v; }
    public String getPeriodTo() { return periodTo; }
    public void setPeriodTo(String v) { periodTo = v; }
    public String getCutOff() { return cutOff; }
    public void setCutOff(String v) { cutOff = v; }
    public String getCycleId() { return cycleId; }
    public void setCycleId(String v) { cycleId = v; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String v) { originalLanguage = v; }
    public String getDigits() { return digits; }
    public void setDigits(String v) { digits = v; }

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
