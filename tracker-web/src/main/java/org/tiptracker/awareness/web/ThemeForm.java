package org.tiptracker.awareness.web;

import org.tiptracker.web.VersionedForm;

/** A World Day theme as typed. */
public class ThemeForm extends VersionedForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"year", "themeAr", "themeEn", "source", "version"};

    public String year;
    public String themeAr;
    public String themeEn;
    public String source;
}
