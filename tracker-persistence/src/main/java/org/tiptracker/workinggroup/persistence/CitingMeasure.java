package org.tiptracker.workinggroup.persistence;

import org.tiptracker.reporting.ReportStatus;

/** A measure of a state's report that cites a recommendation. */
public record CitingMeasure(long measureId, long reportId, ReportStatus reportStatus, String iso3, String participantNameAr,
                            String participantNameEn, String cycleTitleAr, String cycleTitleEn, String title) {
}
