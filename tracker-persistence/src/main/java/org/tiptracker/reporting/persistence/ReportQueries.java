package org.tiptracker.reporting.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/** What the report pages read besides the reports themselves: open cycles, measure types, participants. */
@Service
public class ReportQueries {

    private final ReportingCycleRepository cycles;
    private final MeasureReportRepository reports;
    private final MeasureTypeRepository types;
    private final ParticipantRepository participants;

    public ReportQueries(ReportingCycleRepository cycles, MeasureReportRepository reports, MeasureTypeRepository types,
                  ParticipantRepository participants) {
        this.cycles = cycles;
        this.reports = reports;
        this.types = types;
        this.participants = participants;
    }

    /** An open cycle that asks the participant, with its report if one was started. */
    public record OpenCycle(long cycleId, String titleAr, String titleEn, LocalDate periodStart, LocalDate periodEnd,
                            LocalDate deadline, Long reportId, ReportStatus status) {
    }

    /** A participant as the report pages name it: its id (for the reports' rules), code and current names. */
    public record ReportParticipant(long id, String iso3, String nameAr, String nameEn) {

        static ReportParticipant of(ParticipantEntity p) {
            return new ReportParticipant(p.getId(), p.getIso3(), p.getNameAr(), p.getNameEn());
        }
    }

    /** A choice of the measure-type list. */
    public record TypeOption(String code, String name, boolean active) {
    }

    /** The open cycles asking this participant, newest first. */
    @Transactional(readOnly = true)
    public List<OpenCycle> openCyclesOf(long participantId) {
        return cycles.findAllByOrderByPeriodEndDescIdDesc().stream()
                .filter(c -> c.getStatus() == CycleStatus.OPEN)
                .filter(c -> c.getParticipants().stream().anyMatch(p -> p.getId() == participantId))
                .map(c -> {
                    Optional<MeasureReportEntity> r = reports.findByCycleIdAndParticipantId(c.getId(), participantId);
                    return new OpenCycle(c.getId(), c.getTitleAr(), c.getTitleEn(), c.getPeriodStart(), c.getPeriodEnd(),
                            c.getDeadline(), r.map(MeasureReportEntity::getId).orElse(null),
                            r.map(MeasureReportEntity::getStatus).orElse(null));
                })
                .toList();
    }

    /** Every measure type in list order, named in the page's language. */
    @Transactional(readOnly = true)
    public List<TypeOption> types(Locale locale) {
        return types.findAllByOrderBySortOrderAsc().stream()
                .map(t -> new TypeOption(t.getCode(), t.name(locale), t.isActive())).toList();
    }

    /** Type code to its name in the page's language. */
    @Transactional(readOnly = true)
    public Map<String, String> typeNames(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (MeasureTypeEntity t : types.findAllByOrderBySortOrderAsc()) {
            out.put(t.getCode(), t.name(locale));
        }
        return out;
    }

    /** The participant with this ISO code (any case). */
    @Transactional(readOnly = true)
    public ReportParticipant participant(String iso3) {
        String code = iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new NotFoundException("participant.notFound");
        }
        return participants.findByIso3(code).map(ReportParticipant::of)
                .orElseThrow(() -> new NotFoundException("participant.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<ReportParticipant> participant(long id) {
        return participants.findById(id).map(ReportParticipant::of);
    }
}
