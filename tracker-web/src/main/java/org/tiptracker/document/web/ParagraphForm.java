package org.tiptracker.document.web;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.document.persistence.DocumentViews;
import org.tiptracker.document.persistence.ParagraphCommand;
import org.tiptracker.web.BoundForm;
import org.tiptracker.web.FormInput;

/** A paragraph as typed; {@code expected} is the paragraph as it was shown, to detect a concurrent change. */
public class ParagraphForm implements BoundForm {

    public String number;
    public String position;
    public boolean operative = true;
    public String textAr;
    public String textEn;
    public String expected;

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
}
