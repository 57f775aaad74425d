package org.tiptracker.reporting.persistence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.CycleRules;
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

    public CycleService(ReportingCycleRepository cycles, MeasureReportRepository reports,
                        ParticipantRepository participants, AuditTrail audit) {
        this.cycles = cycles;
        this.reports = reports;
        this.participants = participants;
        this.audit = audit;
    }

    /** Every cycle, the latest period first. */
    @Transactional(readOnly = true)
    public List<CycleView> all() {
        return cycles.findAllByOrderByPeriodEndDescIdDesc().stream().map(CycleView::of).toList();
    }

    @Transactional(readOnly = true)
    public CycleView get(long id) {
        return CycleView.of(find(id));
    }

    private ReportingCycleEntity find(long id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("cycle.notFound", id));
    }

    /** A new cycle, as the secretariat entered it. */
    @Transactional
    public CycleView create(String user, CycleCommand command) {
        ReportingCycleEntity cycle = new ReportingCycleEntity(user, audit.now());
        apply(cycle, command);
        cycle = cycles.saveAndFlush(cycle);
        audit.created(user, ENTITY, cycle.getId(), summary(cycle), describe(cycle));
        return CycleView.of(cycle);
    }

    @Transactional
    public CycleView update(String user, long id, long expectedVersion, CycleCommand command) {
        ReportingCycleEntity cycle = find(id);
        String before = describe(cycle);
        cycle.requireVersion(expectedVersion, "cycle.conflict", before);
        apply(cycle, command);
        cycles.saveAndFlush(cycle);
        audit.updated(user, ENTITY, cycle.getId(), summary(cycle), before, describe(cycle));
        return CycleView.of(cycle);
    }

    /** Checks the command (the domain's rules, the columns' limits, who is asked) and sets it on the cycle. */
    private void apply(ReportingCycleEntity cycle, CycleCommand c) {
        ColumnLimit.CYCLE_TITLE_AR.check(CycleRules.required(c.titleAr(), "titleAr"));
        ColumnLimit.CYCLE_TITLE_EN.check(CycleRules.required(c.titleEn(), "titleEn"));
        ColumnLimit.CYCLE_NOTE_REFERENCE.check(CycleRules.required(c.noteReference(), "noteReference"));
        ColumnLimit.CYCLE_RESOLUTION.check(CycleRules.required(c.resolution(), "resolution"));
        CycleRules.dates(c.periodStart(), c.periodEnd(), c.deadline());
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
        cycle.define(c, CycleRules.status(c.status()), asked);
    }

    /** Every participant asked, with its report's status. */
    @Transactional(readOnly = true)
    public CycleProgress progress(long cycleId) {
        ReportingCycleEntity cycle = find(cycleId);
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
