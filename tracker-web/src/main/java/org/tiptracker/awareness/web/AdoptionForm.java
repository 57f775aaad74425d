package org.tiptracker.awareness.web;

import org.tiptracker.web.VersionedForm;

/** A Blue Heart adoption as typed: the country, the year or a date by which it had adopted, the source. */
public class AdoptionForm extends VersionedForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"iso3", "year", "knownBy", "source", "version"};

    public String iso3;
    public String year;
    public String knownBy;
    public String source;
}
