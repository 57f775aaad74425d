package org.tiptracker.globalreport.web;

import org.springframework.validation.BindingResult;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.persistence.CountryCommand;
import org.tiptracker.globalreport.persistence.GlobalReportViews;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.VersionedForm;

/** A country row of an edition as typed: the participant's ISO code, the status and the band (empty: not given). */
public class CountryForm extends VersionedForm {

    static final String[] FIELDS = {"iso3", "status", "band", "version"};

    public String iso3;
    public String status;
    public String band;

    /** The form of a row as it is recorded. */
    static CountryForm of(GlobalReportViews.Country row) {
        CountryForm form = new CountryForm();
        form.iso3 = row.iso3();
        form.status = row.status().name();
        form.band = row.band() == null ? "" : row.band().name();
        form.version = row.version();
        return form;
    }

    /** The entry as a command; a missing country or status, or a choice not offered, is marked on its field. */
    CountryCommand command(BindingResult r) {
        CriminalizationStatus chosenStatus = null;
        if (status == null || status.isBlank()) {
            r.rejectValue("status", "globalreport.country.status.required");
        } else {
            chosenStatus = choice(CriminalizationStatus.class, status, "status", r);
        }
        ConvictionBand chosenBand = band == null || band.isBlank() ? null : choice(ConvictionBand.class, band, "band", r);
        if (iso3 == null || iso3.isBlank()) {
            r.rejectValue("iso3", "globalreport.country.required");
        }
        return new CountryCommand(iso3, chosenStatus, chosenBand);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult r) {
        E chosen = FormInput.enumOf(type, value);
        if (chosen == null) {
            r.rejectValue(field, "globalreport.form.choice.invalid");
        }
        return chosen;
    }
}
