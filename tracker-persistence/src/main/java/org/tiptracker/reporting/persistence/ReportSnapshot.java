package org.tiptracker.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.ReportStatus;

/** A report as read in one transaction, for pages and exports. */
public record ReportSnapshot(long id, long version, ReportStatus status, long cycleId, String cycleTitleAr,
                             String cycleTitleEn, CycleStatus cycleStatus, LocalDate periodStart, LocalDate periodEnd,
                             LocalDate deadline, long participantId, String iso3, String participantNameAr,
                             String participantNameEn, List<Measure> measures, String returnComment,
                             Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy,
                             Instant updatedAt, String updatedBy) {

    static ReportSnapshot of(MeasureReportEntity r) {
        ReportingCycleEntity c = r.getCycle();
        return new ReportSnapshot(r.getId(), r.getVersion(), r.getStatus(), c.getId(), c.getTitleAr(), c.getTitleEn(),
                c.getStatus(), c.getPeriodStart(), c.getPeriodEnd(), c.getDeadline(), r.getParticipant().getId(),
                r.getParticipant().getIso3(), r.getParticipant().getNameAr(), r.getParticipant().getNameEn(),
                r.domainMeasures(), r.getReturnComment(), r.getSubmittedAt(), r.getSubmittedBy(), r.getDecidedAt(),
                r.getDecidedBy(), r.getUpdatedAt(), r.getUpdatedBy());
    }

    /** Whether a focal point may still change it (draft or returned, in an open cycle). */
    public boolean editable() {
        return status.editableByFocalPoint() && cycleStatus == CycleStatus.OPEN;
    }
}
