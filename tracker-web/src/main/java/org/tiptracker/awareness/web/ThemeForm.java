package org.tiptracker.awareness.web;

import org.tiptracker.web.VersionedForm;

/** A World Day theme as typed. */
public class ThemeForm extends VersionedForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"year", "themeAr", "themeEn", "source", "version"};

    private String year;
    private String themeAr;
    private String themeEn;
    private String source;

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getThemeAr() { return themeAr; }
    public void setThemeAr(String themeAr) { this.themeAr = themeAr; }
    public String getThemeEn() { return themeEn; }
    public void setThemeEn(String themeEn) { this.themeEn = themeEn; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
