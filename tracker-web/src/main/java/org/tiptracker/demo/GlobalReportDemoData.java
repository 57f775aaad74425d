package org.tiptracker.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.persistence.CountryCommand;
import org.tiptracker.globalreport.persistence.GlobalReportService;

/**
 * Demonstration rows for the 2014 Global Report, with the embedded database only: the documents
 * give the shares (seed 001, para. 4) but not the countries behind them. 128 states (the edition's
 * coverage, para. 72), taken in ISO order, get invented statuses and bands in numbers that give
 * the report's figures when computed: 109 full, 13 partial, 6 none (85, 10 and 5 per cent);
 * 51 under 10 convictions a year, 19 none, 58 ten or more (40 and 15 per cent). Which country
 * gets which is shuffled with a fixed seed and means nothing. Loaded once.
 */
@DemoData
@Order(36)
record GlobalReportDemoData(GlobalReportService service, JdbcTemplate jdbc) implements ApplicationRunner {

    static final int COUNTRIES = 128;
    static final int FULL = 109;
    static final int PARTIAL = 13;
    static final int NO_CONVICTIONS = 19;
    static final int UNDER_10 = 51;

    private static final Logger log = LoggerFactory.getLogger(GlobalReportDemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        List<Long> edition = jdbc.queryForList("select id from global_report_edition where year = 2014", Long.class);
        if (edition.isEmpty()) {
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from global_report_country where demo and edition_id = ?",
                Integer.class, edition.get(0));
        if (existing != null && existing > 0) {
            return;
        }
        List<String> states = jdbc.queryForList(
                "select iso3 from participant where kind = 'STATE' order by iso3 limit " + COUNTRIES, String.class);
        if (states.size() < COUNTRIES) {
            return;
        }
        int added = service.addDemoCountries(edition.get(0), rows(states));
        log.info("Demonstration Global Report 2014 rows loaded: {}", added);
    }

    static List<CountryCommand> rows(List<String> states) {
        List<CriminalizationStatus> statuses = new ArrayList<>();
        List<ConvictionBand> bands = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            statuses.add(i < FULL ? CriminalizationStatus.FULL : i < FULL + PARTIAL ? CriminalizationStatus.PARTIAL
                    : CriminalizationStatus.NONE);
            bands.add(i < NO_CONVICTIONS ? ConvictionBand.NONE : i < NO_CONVICTIONS + UNDER_10 ? ConvictionBand.UNDER_10
                    : ConvictionBand.TEN_OR_MORE);
        }
        Collections.shuffle(statuses, new Random(2014));
        Collections.shuffle(bands, new Random(2012));
        List<CountryCommand> rows = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            rows.add(new CountryCommand(states.get(i), statuses.get(i), bands.get(i)));
        }
        return rows;
    }
}
