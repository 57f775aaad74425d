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
    private String iso3;

    @NotBlank(message = "{action.form.treaty.required}")
    private String treaty;

    @NotBlank(message = "{action.form.kind.required}")
    private String kind;

    @NotBlank(message = "{action.form.date.required}")
    @DateText(message = "{action.form.date.invalid}")
    private String date;

    @Size(max = 20000, message = "{action.form.text.tooLong}")
    private String text;

    @Size(max = 500, message = "{action.form.source.tooLong}")
    private String source;

    @NotBlank(message = "{action.form.reason.required}")
    @Size(max = 2000, message = "{action.form.reason.tooLong}")
    private String reason;


    /** The user confirms that the depositary records this instrument without a signature. */
    private boolean depositaryRecord;

    public String getIso3() { return iso3; }
    public void setIso3(String iso3) { this.iso3 = iso3; }
    public String getTreaty() { return treaty; }
    public void setTreaty(String treaty) { this.treaty = treaty; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isDepositaryRecord() { return depositaryRecord; }
    public void setDepositaryRecord(boolean depositaryRecord) { this.depositaryRecord = depositaryRecord; }
}
