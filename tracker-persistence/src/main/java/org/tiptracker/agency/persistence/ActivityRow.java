package org.tiptracker.agency.persistence;

import java.time.LocalDate;
import java.util.List;

import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.reporting.MeasureHeading;

/**
 * One activity as the browser and the exports show it: {@code title} and {@code description} in Arabic,
 * {@code titleEn} and {@code descriptionEn} the official English where known (null otherwise).
 */
public record ActivityRow(long id, String agency, String agencyNameAr, String agencyNameEn, ActivityKind kind,
                          MeasureHeading heading, String title, String titleEn, String description, String descriptionEn,
                          LocalDate startDate,
                          LocalDate endDate, DatePrecision datePrecision, ActivityFigures figures, String sourceSymbol, String sourceParagraph,
                          boolean demo, List<Country> countries, List<ActivityRegion> regions, List<String> partners) {

    public record Country(String iso3, String nameAr, String nameEn) {
    }
}
