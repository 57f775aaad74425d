package org.tiptracker.reporting.persistence;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.reporting.Measure;

/**
 * Offline entry: what a downloaded workbook needs (the managed list of measure types) and
 * applying an uploaded workbook, which replaces the report's measures in one transaction through
 * {@link MeasureReportService#saveDraft} (same checks: who, version, open cycle, editable status)
 * and records the upload in the audit trail.
 */
@Service
public class OfflineReportService {

    /** A measure type as offered in the workbook's drop-down list. */
    public record TypeName(String code, String nameAr, String nameEn) {
    }

    private final MeasureReportService reports;
    private final MeasureTypeRepository types;
    private final AuditTrail audit;

    public OfflineReportService(MeasureReportService reports, MeasureTypeRepository types, AuditTrail audit) {
        this.reports = reports;
        this.types = types;
        this.audit = audit;
    }

    /** The active measure types, in list order. */
    @Transactional(readOnly = true)
    public List<TypeName> types() {
        return types.findAllByOrderBySortOrderAsc().stream().filter(MeasureTypeEntity::isActive)
                .map(t -> new TypeName(t.getCode(), t.getNameAr(), t.getNameEn())).toList();
    }

    /**
     * Replaces the report's measures with those of the uploaded workbook; all or nothing. A stale
     * version gives {@link ReportConflictException}, unstorable measures {@link ReportProblemsException}.
     */
    @Transactional
    public ReportSnapshot apply(Actor actor, long reportId, long expectedVersion, List<Measure> measures, String fileName) {
        ReportSnapshot saved = reports.saveDraft(actor, reportId, expectedVersion, measures);
        audit.record(actor.username(), MeasureReportService.ENTITY, reportId, "UPLOAD",
                saved.iso3() + " / cycle " + saved.cycleId() + " / " + measures.size() + " measures from workbook "
                        + (fileName == null ? "" : fileName), null, null, null);
        return saved;
    }
}
