package org.tiptracker.agency.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.reporting.MeasureHeading;

/** What the secretariat entered for an activity; countries by ISO3, partners by acronym. */
public record ActivityCommand(String agency, ActivityKind kind, MeasureHeading heading, String title, String description,
                              LocalDate startDate, LocalDate endDate, ActivityFigures figures, List<String> countries,
                              Set<ActivityRegion> regions, List<String> partners, String sourceSymbol,
                              String sourceParagraph, DatePrecision datePrecision) {

    /** An activity dated to the day. */
    public ActivityCommand(String agency, ActivityKind kind, MeasureHeading heading, String title, String description,
                           LocalDate startDate, LocalDate endDate, ActivityFigures figures, List<String> countries,
                           Set<ActivityRegion> regions, List<String> partners, String sourceSymbol, String sourceParagraph) {
        this(agency, kind, heading, title, description, startDate, endDate, figures, countries, regions, partners,
                sourceSymbol, sourceParagraph, DatePrecision.DAY);
    }
}
