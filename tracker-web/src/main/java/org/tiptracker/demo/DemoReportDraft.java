package org.tiptracker.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.common.Actor;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.persistence.ReportDraftService;

/**
 * Demonstration data, with the embedded database only: a draft of the 2016 report (seed 001's
 * mandate, under the symbol {@code A/71/DEMO}) built from the records and the closed demonstration
 * cycle, after every other demonstration loader. Loaded once: skipped when the draft exists.
 */
@DemoData
@Order(50)
record DemoReportDraft(ReportDraftService drafts, JdbcTemplate jdbc) implements ApplicationRunner {

    static final String SYMBOL = "A/71/DEMO";
    private static final Logger log = LoggerFactory.getLogger(DemoReportDraft.class);

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from report_draft where symbol = ?", Integer.class, SYMBOL);
        if (existing != null && existing > 0) {
            return;
        }
        List<Long> cycle = jdbc.queryForList("select id from reporting_cycle where demo and status = 'CLOSED'"
                + " and period_end = date '2016-04-01' order by id limit 1", Long.class);
        long id = drafts.create(new Actor("secretariat", "SECRETARIAT", null), mandate(cycle.isEmpty() ? null : cycle.get(0)));
        log.info("Demonstration report draft {} ({}) created", id, SYMBOL);
    }

    /** Seed 001's mandate: resolution 70/179, para. 22; session 71, item 105; 18 December 2013 to 1 April 2016, as of 30 May 2016. */
    static ReportMandate mandate(Long cycleId) {
        return new ReportMandate(SYMBOL, 71, 105, "A/71/50", "منع الجريمة والعدالة الجنائية",
                "Crime prevention and criminal justice", "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص",
                "Improving the coordination of efforts against trafficking in persons", "A/RES/70/179", "22",
                "A/RES/68/192", LocalDate.of(2016, 7, 1), LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1),
                LocalDate.of(2016, 5, 30), cycleId, "en", DigitStyle.ARABIC_INDIC);
    }
}
