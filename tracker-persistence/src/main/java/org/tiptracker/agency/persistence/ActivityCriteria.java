package org.tiptracker.agency.persistence;

import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.reporting.MeasureHeading;

/** The browser's filters; null means "any". {@code year} selects activities under way at some time of that year. */
public record ActivityCriteria(String agency, Integer year, String country, ActivityRegion region, MeasureHeading heading,
                               ActivityKind kind, String q) {

    public static final ActivityCriteria ALL = new ActivityCriteria(null, null, null, null, null, null, null);

    public ActivityCriteria withAgency(String acronym) {
        return new ActivityCriteria(acronym, year, country, region, heading, kind, q);
    }
}
