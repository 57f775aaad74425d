package org.tiptracker.treaty.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tiptracker.web.DateText;
import org.tiptracker.web.VersionedForm;

/** The add / correct form of a treaty action: shape only; the treaty rules are the domain's. */
public class ActionForm extends VersionedForm {

    @NotBlank(message = "{action.form.iso3.required}")
    @Pattern(regexp = "[A-Za-z]{3}", message = "{action.form.iso3.invalid}")
    public String iso3;

    @NotBlank(message = "{action.form.treaty.required}")
    public String treaty;

    @NotBlank(message = "{action.form.kind.required}")
    public String kind;

    @NotBlank(message = "{action.form.date.required}")
    @DateText(message = "{action.form.date.invalid}")
    public String date;

    @Size(max = 20000, message = "{action.form.text.tooLong}")
    public String text;

    @Size(max = 500, message = "{action.form.source.tooLong}")
    public String source;

    @NotBlank(message = "{action.form.reason.required}")
    @Size(max = 2000, message = "{action.form.reason.tooLong}")
    public String reason;

    /** The user confirms that the depositary records this instrument without a signature. */
    public boolean depositaryRecord;
}
