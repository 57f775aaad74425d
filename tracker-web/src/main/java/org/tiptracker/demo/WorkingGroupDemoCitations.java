package org.tiptracker.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demonstration data, with the embedded database only: a few of the demonstration measures cite
 * the Working Group recommendation they answer (awareness campaigns the 2009 recommendation on
 * campaigns, labour-migration measures the 2015 recommendation on recruitment, research the 2018
 * recommendation on assessments). The measures are invented and belong to demonstration cycles,
 * which are marked as such; the recommendations are the real ones. Loaded once: skipped when a
 * demonstration measure already cites a recommendation.
 */
@DemoData
@Order(30)
record WorkingGroupDemoCitations(JdbcTemplate jdbc, TransactionTemplate transaction) implements ApplicationRunner {

    /** Measure type, meeting number and letter position of the recommendation cited. */
    static final List<List<Object>> CITATIONS = List.of(
            List.of("AWARENESS_CAMPAIGN", 1, 2),
            List.of("LABOUR_MIGRATION", 6, 1),
            List.of("SUPPLY_CHAIN", 5, 4),
            List.of("RESEARCH_DATA", 8, 1));

    private static final Logger log = LoggerFactory.getLogger(WorkingGroupDemoCitations.class);

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            Integer existing = jdbc.queryForObject("""
                    select count(*) from measure m join measure_report r on r.id = m.report_id
                      join reporting_cycle c on c.id = r.cycle_id
                     where c.demo and m.recommendation_id is not null""", Integer.class);
            if (existing != null && existing > 0) {
                return;
            }
            int cited = 0;
            for (List<Object> citation : CITATIONS) {
                List<Long> recommendation = jdbc.queryForList("""
                        select r.id from wg_recommendation r join wg_meeting m on m.id = r.meeting_id
                         where m.number = ? and r.position = ? order by r.id limit 1""", Long.class,
                        citation.get(1), citation.get(2));
                if (recommendation.isEmpty()) {
                    continue;
                }
                cited += jdbc.update("""
                        update measure set recommendation_id = ?
                         where id in (select m.id from measure m join measure_report r on r.id = m.report_id
                                        join reporting_cycle c on c.id = r.cycle_id
                                       where c.demo and m.type_code = ?)""",
                        recommendation.get(0), citation.get(0));
            }
            if (cited > 0) {
                log.info("Demonstration citations of Working Group recommendations: {} measures", cited);
            }
        });
    }
}
