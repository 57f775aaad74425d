package org.tiptracker.reporting.persistence;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/** Reporting cycles: the secretariat creates and edits them; their progress is computed from the reports. */
@Service
public class CycleService {

    public static final String ENTITY = "ReportingCycle";

    private final ReportingCycleRepository cycles;
    private final MeasureReportRepository reports;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final Clock clock;

    public CycleService(ReportingCycleRepository cycles, MeasureReportRepository reports,
                        ParticipantRepository participants, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportingCycleEntity> all() {
        return cycles.findAllByOrderByPeriodEndDescIdDesc();
    }

    @Transactional(readOnly = true)
    public ReportingCycleEntity get(long id) {
        ReportingCycleEntity cycle = cycles.findById(id).orElseThrow(() -> new NotFoundException("cycle.notFound", id));
        cycle.getParticipants().size();
        return cycle;
    }

    @Transactional
    public ReportingCycleEntity create(String user, CycleCommand command) {
        ReportingCycleEntity cycle = new ReportingCycleEntity(user, clock.instant());
        apply(cycle, command);
        cycle = cycles.saveAndFlush(cycle);
        audit.record(user, ENTITY, cycle.getId(), "CREATE", summary(cycle), null, null, describe(cycle));
        return cycle;
    }

    @Transactional
    public ReportingCycleEntity update(String user, long id, long expectedVersion, CycleCommand command) {
        ReportingCycleEntity cycle = get(id);
        if (cycle.getVersion() != expectedVersion) {
            throw new ConflictException("cycle.conflict", describe(cycle));
        }
        String before = describe(cycle);
        apply(cycle, command);
        cycles.saveAndFlush(cycle);
        audit.record(user, ENTITY, cycle.getId(), "UPDATE", summary(cycle), null, before, describe(cycle));
        return cycle;
    }

    private void apply(ReportingCycleEntity cycle, CycleCommand c) {
        require(c.titleAr(), "cycle.titleAr.required", org.tiptracker.common.ColumnLimit.CYCLE_TITLE_AR);
        require(c.titleEn(), "cycle.titleEn.required", org.tiptracker.common.ColumnLimit.CYCLE_TITLE_EN);
        require(c.noteReference(), "cycle.noteReference.required", org.tiptracker.common.ColumnLimit.CYCLE_NOTE_REFERENCE);
        require(c.resolution(), "cycle.resolution.required", org.tiptracker.common.ColumnLimit.CYCLE_RESOLUTION);
        if (c.periodStart() == null || c.periodEnd() == null || c.deadline() == null) {
            throw new DomainException("cycle.dates.required");
        }
        if (c.periodEnd().isBefore(c.periodStart())) {
            throw new DomainException("cycle.period.order");
        }
        if (c.deadline().isBefore(c.periodStart())) {
            throw new DomainException("cycle.deadline.beforePeriod");
        }
        Set<ParticipantEntity> asked = new LinkedHashSet<>();
        Map<String, ParticipantEntity> byIso3 = new HashMap<>();
        participants.findAll().forEach(p -> byIso3.put(p.getIso3(), p));
        if (c.participantIso3() == null || c.participantIso3().isEmpty()) {
            byIso3.values().stream().filter(ParticipantEntity::isUnMember)
                    .sorted(Comparator.comparing(ParticipantEntity::getIso3)).forEach(asked::add);
        } else {
            for (String iso3 : c.participantIso3()) {
                ParticipantEntity p = byIso3.get(iso3.strip().toUpperCase(java.util.Locale.ROOT));
                if (p == null) {
                    throw new DomainException("cycle.participant.unknown", iso3);
                }
                asked.add(p);
            }
        }
        for (MeasureReportEntity report : cycle.getId() == null ? List.<MeasureReportEntity>of() : reports.findByCycleId(cycle.getId())) {
            if (!asked.contains(report.getParticipant())) {
                throw new DomainException("cycle.participant.hasReport", report.getParticipant().getIso3());
            }
        }
        cycle.setTitleAr(c.titleAr().strip());
        cycle.setTitleEn(c.titleEn().strip());
        cycle.setNoteReference(c.noteReference().strip());
        cycle.setResolution(c.resolution().strip());
        cycle.setPeriodStart(c.periodStart());
        cycle.setPeriodEnd(c.periodEnd());
        cycle.setDeadline(c.deadline());
        cycle.setStatus(c.status() == null ? CycleStatus.DRAFT : c.status());
        cycle.getParticipants().clear();
        cycle.getParticipants().addAll(asked);
    }

    private static void require(String value, String key, org.tiptracker.common.ColumnLimit limit) {
        if (value == null || value.isBlank()) {
            throw new DomainException(key);
        }
        limit.check(value);
    }

    /** Every participant asked, with its report's status. */
    @Transactional(readOnly = true)
    public CycleProgress progress(long cycleId) {
        ReportingCycleEntity cycle = get(cycleId);
        Map<Long, MeasureReportEntity> byParticipant = new HashMap<>();
        reports.findByCycleId(cycleId).forEach(r -> byParticipant.put(r.getParticipant().getId(), r));
        List<CycleProgress.Line> lines = cycle.getParticipants().stream().map(p -> {
            MeasureReportEntity r = byParticipant.get(p.getId());
            return new CycleProgress.Line(p.getId(), p.getIso3(), p.getNameAr(), p.getNameEn(), p.getRegionEn(),
                    r == null ? null : r.getId(), r == null ? null : r.getStatus(),
                    r == null ? null : r.getSubmittedAt(), r == null ? null : r.getDecidedAt());
        }).toList();
        return new CycleProgress(cycleId, lines);
    }

    private static String summary(ReportingCycleEntity c) {
        return c.getTitleEn() + " (" + c.getStatus() + ", " + c.getParticipants().size() + " participants)";
    }

    private static String describe(ReportingCycleEntity c) {
        return c.getTitleAr() + "\n" + c.getTitleEn() + "\n" + c.getNoteReference() + "\n" + c.getResolution() + "\n"
                + c.getPeriodStart() + " – " + c.getPeriodEnd() + ", deadline " + c.getDeadline() + "\n" + c.getStatus()
                + "\n" + c.getParticipants().stream().map(ParticipantEntity::getIso3).sorted().toList();
    }
}
