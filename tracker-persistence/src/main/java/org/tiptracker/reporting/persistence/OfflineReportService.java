package org.tiptracker.reporting.persistence;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.Measure;
import org.tiptracker.workinggroup.persistence.WgRecommendationEntity;
import org.tiptracker.workinggroup.persistence.WgRecommendationRepository;

/**
 * Offline entry: what a downloaded workbook needs (the managed list of measure types and the
 * Working Group's recommendations that a measure may cite) and
 * applying an uploaded workbook, which replaces the report's measures in one transaction through
 * {@link MeasureReportService#saveDraft} (same checks: who, version, open cycle, editable status)
 * and records the upload in the audit trail.
 */
@Service
public class OfflineReportService {

    /** A measure type as offered in the workbook's drop-down list. */
    public record TypeName(String code, String nameAr, String nameEn) {
    }

    /**
     * A recommendation of the Working Group as the workbook names it: its meeting's number and
     * year, the paragraph of the meeting's report (when known), its letter's position and its text.
     */
    public record RecommendationName(long id, int meetingNumber, int year, Integer paragraph, int position, String textAr) {
    }

    private final MeasureReportService reports;
    private final MeasureTypeRepository types;
    private final WgRecommendationRepository recommendations;
    private final AuditTrail audit;

    public OfflineReportService(MeasureReportService reports, MeasureTypeRepository types,
                                WgRecommendationRepository recommendations, AuditTrail audit) {
        this.reports = reports;
        this.types = types;
        this.recommendations = recommendations;
        this.audit = audit;
    }

    /** The active measure types, in list order. */
    @Transactional(readOnly = true)
    public List<TypeName> types() {
        return types.findAllByOrderBySortOrderAsc().stream().filter(MeasureTypeEntity::isActive)
                .map(t -> new TypeName(t.getCode(), t.getNameAr(), t.getNameEn())).toList();
    }

    /** Every recommendation of the Working Group, newest meeting first, then by paragraph and letter. */
    @Transactional(readOnly = true)
    public List<RecommendationName> recommendations() {
        return recommendations.allInOrder().stream().map(OfflineReportService::name).toList();
    }

    private static RecommendationName name(WgRecommendationEntity r) {
        return new RecommendationName(r.getId(), r.getMeeting().getNumber(), r.getMeeting().getYear(), r.getParagraph(),
                r.getPosition(), r.getTextAr());
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
