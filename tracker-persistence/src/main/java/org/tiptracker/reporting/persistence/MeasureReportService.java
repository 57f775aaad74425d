package org.tiptracker.reporting.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.Problem;
import org.tiptracker.reporting.ReportValidation;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;
import org.tiptracker.workinggroup.persistence.WgRecommendationRepository;

/**
 * The measure-report workflow: a focal point (or the secretariat on a state's behalf) opens the
 * state's report in an open cycle, saves drafts at any time and submits; the secretariat accepts
 * or returns it with a comment. Every step checks who acts, refuses a stale version (optimistic
 * locking: nothing is overwritten) and writes the report before and after into the audit trail.
 * A focal point asking for another state's report gets "not found", and the attempt is logged.
 */
@Service
public class MeasureReportService {

    public static final String ENTITY = "MeasureReport";
    public static final int MAX_COMMENT = 4000;
    private static final Logger log = LoggerFactory.getLogger(MeasureReportService.class);

    private final MeasureReportRepository reports;
    private final ReportingCycleRepository cycles;
    private final ParticipantRepository participants;
    private final MeasureTypeRepository types;
    private final AuditTrail audit;
    private final WgRecommendationRepository recommendations;

    public MeasureReportService(MeasureReportRepository reports, ReportingCycleRepository cycles,
                                ParticipantRepository participants, MeasureTypeRepository types, AuditTrail audit,
                                WgRecommendationRepository recommendations) {
        this.recommendations = recommendations;
        this.reports = reports;
        this.cycles = cycles;
        this.participants = participants;
        this.types = types;
        this.audit = audit;
    }

    /** The codes of the measure types users may choose. */
    @Transactional(readOnly = true)
    public Set<String> typeCodes() {
        return types.findAll().stream().filter(MeasureTypeEntity::isActive).map(MeasureTypeEntity::getCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The participant's report in the cycle, created as an empty draft if there is none yet (which
     * needs the right to edit and an open cycle that asks this participant).
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    public ReportSnapshot open(Actor actor, long cycleId, long participantId) {
        ReportingCycleEntity cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("cycle.notFound", cycleId));
        if (!actor.mayRead(participantId)) {
            denied(actor, "cycle " + cycleId + " participant " + participantId);
            throw new NotFoundException("report.notFound");
        }
        var existing = reports.findByCycleIdAndParticipantId(cycleId, participantId);
        if (existing.isPresent()) {
            return ReportSnapshot.of(existing.get());
        }
        if (!actor.mayEdit(participantId)) {
            throw new NotFoundException("report.notFound");
        }
        ParticipantEntity participant = participants.findById(participantId)
                .orElseThrow(() -> new NotFoundException("participant.notFound", participantId));
        if (cycle.getStatus() != CycleStatus.OPEN) {
            throw new DomainException("report.cycle.notOpen");
        }
        if (cycle.getParticipants().stream().noneMatch(p -> p.getId().equals(participantId))) {
            throw new DomainException("report.cycle.notAsked");
        }
        MeasureReportEntity report = reports.saveAndFlush(new MeasureReportEntity(cycle, participant, actor.username(),
                audit.now()));
        audit.created(actor.username(), ENTITY, report.getId(), summary(report), report.describe());
        return ReportSnapshot.of(report);
    }

    /** The report, if the actor may read it; otherwise "not found" (and the attempt is logged). */
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    public ReportSnapshot get(Actor actor, long reportId) {
        return ReportSnapshot.of(readable(actor, reportId));
    }

    /** Every report of a participant, newest cycle first, if the actor may read them. */
    @Transactional(readOnly = true)
    public List<ReportSnapshot> ofParticipant(Actor actor, long participantId) {
        if (!actor.mayRead(participantId)) {
            denied(actor, "participant " + participantId);
            throw new NotFoundException("report.notFound");
        }
        return reports.findByParticipantIdOrderByCycleIdDesc(participantId).stream().map(ReportSnapshot::of).toList();
    }

    /** A cited recommendation that does not exist (deleted meanwhile, or a forged request). */
    private List<Problem> unknownRecommendations(List<Measure> measures) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> cited = new java.util.HashSet<>();
        measures.stream().map(Measure::recommendationId).filter(java.util.Objects::nonNull).forEach(cited::add);
        if (cited.isEmpty()) {
            return problems;
        }
        recommendations.findAllById(cited).forEach(r -> cited.remove(r.getId()));
        for (int i = 0; i < measures.size(); i++) {
            if (cited.contains(measures.get(i).recommendationId())) {
                problems.add(new Problem(i, "recommendationId", "wg.measure.recommendation.unknown"));
            }
        }
        return problems;
    }

    /** Saves the measures as a draft; refuses a stale version and what cannot be stored. */
    @Transactional
    public ReportSnapshot saveDraft(Actor actor, long reportId, long expectedVersion, List<Measure> measures) {
        MeasureReportEntity report = editable(actor, reportId, expectedVersion);
        List<Problem> problems = new ArrayList<>(ReportValidation.draftProblems(measures, typeCodes()));
        problems.addAll(unknownRecommendations(measures));
        if (!problems.isEmpty()) {
            throw new ReportProblemsException(problems);
        }
        String before = report.describe();
        report.replaceMeasures(measures, actor.username(), audit.now());
        reports.saveAndFlush(report);
        audit.updated(actor.username(), ENTITY, report.getId(), summary(report), before, report.describe());
        return ReportSnapshot.of(report);
    }

    /**
     * Saves the measures and submits the report if it is complete. With problems, the measures are
     * still saved as a draft (nothing typed is lost) and every problem is returned.
     */
    @Transactional
    public SubmitResult submit(Actor actor, long reportId, long expectedVersion, List<Measure> measures) {
        MeasureReportEntity report = editable(actor, reportId, expectedVersion);
        Set<String> known = typeCodes();
        List<Problem> draftProblems = new ArrayList<>(ReportValidation.draftProblems(measures, known));
        draftProblems.addAll(unknownRecommendations(measures));
        if (!draftProblems.isEmpty()) {
            throw new ReportProblemsException(draftProblems);
        }
        String before = report.describe();
        report.replaceMeasures(measures, actor.username(), audit.now());
        ReportingCycleEntity cycle = report.getCycle();
        List<Problem> problems = ReportValidation.submissionProblems(measures, known, cycle.getPeriodStart(),
                cycle.getPeriodEnd());
        if (problems.isEmpty()) {
            report.submitted(actor.username(), audit.now());
        }
        reports.saveAndFlush(report);
        audit.record(actor.username(), ENTITY, report.getId(), problems.isEmpty() ? "SUBMIT" : "UPDATE", summary(report),
                null, before, report.describe());
        return new SubmitResult(ReportSnapshot.of(report), problems);
    }

    /** The secretariat accepts a submitted report. */
    @Transactional
    public ReportSnapshot accept(Actor actor, long reportId, long expectedVersion) {
        MeasureReportEntity report = decidable(actor, reportId, expectedVersion);
        String before = report.describe();
        report.accepted(actor.username(), audit.now());
        reports.saveAndFlush(report);
        audit.record(actor.username(), ENTITY, report.getId(), "ACCEPT", summary(report), null, before, report.describe());
        return ReportSnapshot.of(report);
    }

    /** The secretariat returns a submitted report for revision, with a comment the focal point reads. */
    @Transactional
    public ReportSnapshot returnForRevision(Actor actor, long reportId, long expectedVersion, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DomainException("report.return.comment.required");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new DomainException("report.return.comment.tooLong", MAX_COMMENT);
        }
        MeasureReportEntity report = decidable(actor, reportId, expectedVersion);
        String before = report.describe();
        report.returned(actor.username(), audit.now(), comment.strip());
        reports.saveAndFlush(report);
        audit.record(actor.username(), ENTITY, report.getId(), "RETURN", summary(report), comment.strip(), before,
                report.describe());
        return ReportSnapshot.of(report);
    }

    /**
     * Every change of the report, newest first: who, when, what before and after; for the
     * secretariat and the report's own focal point (analysts read reports, not their history).
     */
    @Transactional(readOnly = true)
    public List<ReportHistoryEntry> history(Actor actor, long reportId) {
        MeasureReportEntity report = readable(actor, reportId);
        if (!mayReadHistory(actor, report.getParticipant().getId())) {
            throw new org.tiptracker.common.ForbiddenException("history");
        }
        return audit.of(ENTITY, report.getId()).stream().map(ReportHistoryEntry::of).toList();
    }

    /** Whether the actor may read the history of a report of this participant: the secretariat, or its focal point. */
    public static boolean mayReadHistory(Actor actor, long participantId) {
        return actor.mayEdit(participantId);
    }

    private MeasureReportEntity readable(Actor actor, long reportId) {
        return readable(actor, reportId, false);
    }

    /** The report if the actor may read it; its row locked for the transaction when {@code forUpdate}. */
    private MeasureReportEntity readable(Actor actor, long reportId, boolean forUpdate) {
        MeasureReportEntity report = (forUpdate ? reports.findByIdForUpdate(reportId) : reports.findById(reportId))
                .orElseThrow(() -> new NotFoundException("report.notFound"));
        if (!actor.mayRead(report.getParticipant().getId())) {
            denied(actor, "report " + reportId);
            throw new NotFoundException("report.notFound");
        }
        return report;
    }

    private MeasureReportEntity editable(Actor actor, long reportId, long expectedVersion) {
        MeasureReportEntity report = readable(actor, reportId, true);
        if (!actor.mayEdit(report.getParticipant().getId())) {
            throw new org.tiptracker.common.ForbiddenException("report " + reportId);
        }
        if (report.getVersion() != expectedVersion) {
            throw new ReportConflictException(ReportSnapshot.of(report));
        }
        if (report.getCycle().getStatus() != CycleStatus.OPEN) {
            throw new DomainException("report.cycle.notOpen");
        }
        if (!report.getStatus().editableByFocalPoint()) {
            throw new DomainException("report.workflow.notEditable", report.getStatus().name());
        }
        return report;
    }

    private MeasureReportEntity decidable(Actor actor, long reportId, long expectedVersion) {
        MeasureReportEntity report = readable(actor, reportId, true);
        if (!actor.isSecretariat()) {
            throw new org.tiptracker.common.ForbiddenException("report " + reportId);
        }
        if (report.getVersion() != expectedVersion) {
            throw new ReportConflictException(ReportSnapshot.of(report));
        }
        return report;
    }

    private static String summary(MeasureReportEntity report) {
        return report.getParticipant().getIso3() + " / cycle " + report.getCycle().getId() + " / " + report.getStatus()
                + " / " + report.getMeasures().size() + " measures";
    }

    /** Logs an attempt to reach a report the actor may not read (the user sees "not found"). */
    private void denied(Actor actor, String what) {
        log.warn("Access refused: {} ({}, participant {}) asked for {}", actor.username(), actor.role(),
                actor.participantId(), what);
    }
}
