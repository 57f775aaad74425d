package org.tiptracker.document.web;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.document.persistence.DocumentViews;
import org.tiptracker.document.persistence.ParagraphCommand;
import org.tiptracker.web.FormInput;

/** A paragraph as typed; {@code expected} is the paragraph as it was shown, to detect a concurrent change. */
public class ParagraphForm {

    private String number;
    private String position;
    private boolean operative = true;
    private String textAr;
    private String textEn;
    private String expected;

    /** The form filled with the paragraph as recorded. */
    static ParagraphForm of(DocumentViews.Paragraph p) {
        ParagraphForm form = new ParagraphForm();
        form.number = p.number();
        form.position = Integer.toString(p.position());
        form.operative = p.operative();
        form.textAr = p.textAr();
        form.textEn = p.textEn();
        form.expected = p.describe();
        return form;
    }

    /** The command, or a field error for a position that cannot be read. */
    ParagraphCommand command(BindingResult result) {
        Integer positionValue = FormInput.integer(position, "position", result, "document.form.position.invalid");
        return new ParagraphCommand(number == null ? null : UnArabic.westernDigits(number), positionValue, operative,
                textAr, textEn);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public boolean isOperative() { return operative; }
    public void setOperative(boolean operative) { this.operative = operative; }
    public String getTextAr() { return textAr; }
    public void setTextAr(String textAr) { this.textAr = textAr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getExpected() { return expected; }
    public void setExpected(String expected) { this.expected = expected; }
}
