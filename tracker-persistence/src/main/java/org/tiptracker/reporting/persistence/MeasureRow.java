package org.tiptracker.reporting.persistence;

import java.time.LocalDate;
import java.util.List;

import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;

/**
 * One measure as the browser and the exports show it, with its report, cycle and participant;
 * {@code recommendationId} the Working Group recommendation it cites, or null.
 */
public record MeasureRow(long id, long reportId, ReportStatus reportStatus, int position, long cycleId,
                         String cycleTitleAr, String cycleTitleEn, String iso3, String participantNameAr,
                         String participantNameEn, String regionEn, MeasureHeading heading, String typeCode,
                         String typeNameAr, String typeNameEn, String title, String description,
                         LocalDate startDate, LocalDate endDate, List<String> targetGroups, List<String> forms,
                         Figures figures, String recommendationRef, String resolutionRef,
                         Long recommendationId) {
}
