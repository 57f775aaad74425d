package org.tiptracker.report.web;

import org.tiptracker.web.VersionedForm;

/** A paragraph's two texts as typed, the version it was loaded at, and for a new one its role and place. */
public class ParagraphForm extends VersionedForm {

    public String textAr;
    public String textEn;
    public String role = "PARAGRAPH";
    public Long after;
}
