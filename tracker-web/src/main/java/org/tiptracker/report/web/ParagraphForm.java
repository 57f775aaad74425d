package org.tiptracker.report.web;

import org.tiptracker.web.VersionedForm;

/** A paragraph's two texts as typed, the version it was loaded at, and for a new one its role and place. */
public class ParagraphForm extends VersionedForm {

    private String textAr;
    private String textEn;
    private String role = "PARAGRAPH";
    private Long after;

    public String getTextAr() { return textAr; }
    public void setTextAr(String v) { textAr = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { textEn = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public Long getAfter() { return after; }
    public void setAfter(Long v) { after = v; }
}
