package org.tiptracker.awareness.web;

import org.tiptracker.web.VersionedForm;

/** A Blue Heart adoption as typed: the country, the year or a date by which it had adopted, the source. */
public class AdoptionForm extends VersionedForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"iso3", "year", "knownBy", "source", "version"};

    private String iso3;
    private String year;
    private String knownBy;
    private String source;

    public String getIso3() { return iso3; }
    public void setIso3(String iso3) { this.iso3 = iso3; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getKnownBy() { return knownBy; }
    public void setKnownBy(String knownBy) { this.knownBy = knownBy; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
