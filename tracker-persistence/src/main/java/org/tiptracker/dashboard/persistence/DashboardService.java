package org.tiptracker.dashboard.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.dashboard.KeyFigures;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.persistence.ReportFactsService;
import org.tiptracker.treaty.TreatyCode;

/**
 * The home page: the key figures on a date, read through {@link ReportFactsService} as a report cut
 * off on that date would read them, and what concerns the signed-in reader.
 */
@Service
public class DashboardService {

    /** The dashboard on a date: its figures and the answers per region of the current cycle. */
    public record Dashboard(KeyFigures figures, List<RegionLine> regions) {
    }

    /** Participants asked and those that answered (accepted by the date), in one region. */
    public record RegionLine(String regionEn, String regionAr, int asked, int answered) {
    }

    /** A report the reader should act on: its cycle, deadline, state and status. */
    public record ReportTask(long reportId, long cycleId, String cycleTitleAr, String cycleTitleEn, LocalDate deadline,
                             String iso3, String nameAr, String nameEn, String status) {

        /** Days from {@code day} to the deadline (negative once passed). */
        public long daysFrom(LocalDate day) {
            return java.time.temporal.ChronoUnit.DAYS.between(day, deadline);
        }
    }

    private final JdbcTemplate jdbc;
    private final ReportFactsService facts;

    public DashboardService(JdbcTemplate jdbc, ReportFactsService facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    public Dashboard on(LocalDate asOf) {
        Long cycleId = currentCycle(asOf);
        ReportFacts read = facts.gather(KeyFigures.mandateFor(asOf, cycleId), List.of(TreatyCode.values()));
        KeyFigures figures = KeyFigures.of(read, asOf);
        return new Dashboard(figures, read.cycle() == null ? List.of() : regions(read));
    }

    /**
     * The cycle current on {@code asOf}: of those already sent (not drafts) and whose reporting
     * period had begun, the one with the latest deadline; null when there is none.
     */
    Long currentCycle(LocalDate asOf) {
        return jdbc.query("""
                select id from reporting_cycle where status <> 'DRAFT' and period_start <= ?
                 order by deadline desc, id desc limit 1""", (rs, i) -> rs.getLong(1), Date.valueOf(asOf))
                .stream().findFirst().orElse(null);
    }

    private List<RegionLine> regions(ReportFacts read) {
        Set<String> answered = new HashSet<>();
        read.cycle().answered().forEach(s -> answered.add(s.iso3()));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> arabic = new LinkedHashMap<>();
        jdbc.query("""
                select coalesce(p.region_en, '') as region_en, coalesce(p.region_ar, '') as region_ar, p.iso3
                  from cycle_participant cp join participant p on p.id = cp.participant_id
                 where cp.cycle_id = ? order by 1""", rs -> {
            String region = rs.getString("region_en");
            arabic.putIfAbsent(region, rs.getString("region_ar"));
            int[] c = counts.computeIfAbsent(region, k -> new int[2]);
            c[0]++;
            if (answered.contains(rs.getString("iso3"))) {
                c[1]++;
            }
        }, read.cycle().id());
        List<RegionLine> out = new ArrayList<>();
        counts.forEach((region, c) -> out.add(new RegionLine(region, arabic.get(region), c[0], c[1])));
        return out;
    }

    /** A focal point's reports in cycles still open, nearest deadline first. */
    @Transactional(readOnly = true)
    public List<ReportTask> openReportsOf(long participantId) {
        return jdbc.query("""
                select coalesce(r.id, 0) as report_id, c.id as cycle_id, c.title_ar, c.title_en, c.deadline,
                       p.iso3, p.name_ar, p.name_en, coalesce(r.status, 'NOT_STARTED') as status
                  from reporting_cycle c
                  join cycle_participant cp on cp.cycle_id = c.id and cp.participant_id = ?
                  join participant p on p.id = cp.participant_id
                  left join measure_report r on r.cycle_id = c.id and r.participant_id = cp.participant_id
                 where c.status = 'OPEN' and coalesce(r.status, 'DRAFT') <> 'ACCEPTED'
                 order by c.deadline, c.id""", (rs, i) -> new ReportTask(rs.getLong("report_id"), rs.getLong("cycle_id"),
                rs.getString("title_ar"), rs.getString("title_en"), rs.getDate("deadline").toLocalDate(),
                rs.getString("iso3"), rs.getString("name_ar"), rs.getString("name_en"), rs.getString("status")),
                participantId);
    }

    /** Reports submitted and waiting for the secretariat's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportTask> awaitingReview() {
        return jdbc.query("""
                select r.id as report_id, c.id as cycle_id, c.title_ar, c.title_en, c.deadline, p.iso3, p.name_ar,
                       p.name_en, r.status
                  from measure_report r join reporting_cycle c on c.id = r.cycle_id
                  join participant p on p.id = r.participant_id
                 where r.status = 'SUBMITTED' order by r.submitted_at, r.id limit 50""",
                (rs, i) -> new ReportTask(rs.getLong("report_id"), rs.getLong("cycle_id"), rs.getString("title_ar"),
                        rs.getString("title_en"), rs.getDate("deadline").toLocalDate(), rs.getString("iso3"),
                        rs.getString("name_ar"), rs.getString("name_en"), rs.getString("status")));
    }
}
