package org.tiptracker.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.tiptracker.awareness.persistence.AdoptionCommand;
import org.tiptracker.awareness.persistence.AwarenessService;

/**
 * Demonstration Blue Heart countries, with the embedded database only. The documents name Peru
 * (2014), Colombia (by July 2016) and Ecuador (2019) and report 12 countries by 1 July 2016 and
 * 18 by 29 July 2019, with Peru the latest in 2014 and Ecuador the latest in 2019. The other
 * countries are not named: ten invented adoptions between 2010 and 2013 and five in 2017-2018
 * make the computed counts meet the reported ones. Loaded once.
 */
@DemoData
@Order(37)
record AwarenessDemoData(AwarenessService service, org.springframework.jdbc.core.JdbcTemplate jdbc)
        implements ApplicationRunner {

    static final String SOURCE = "demonstration";
    static final List<AdoptionCommand> ROWS = List.of(
            new AdoptionCommand("MEX", 2010, null, SOURCE), new AdoptionCommand("ESP", 2010, null, SOURCE),
            new AdoptionCommand("PRT", 2011, null, SOURCE), new AdoptionCommand("BRA", 2011, null, SOURCE),
            new AdoptionCommand("BOL", 2012, null, SOURCE), new AdoptionCommand("CRI", 2012, null, SOURCE),
            new AdoptionCommand("DOM", 2012, null, SOURCE), new AdoptionCommand("GTM", 2013, null, SOURCE),
            new AdoptionCommand("HND", 2013, null, SOURCE), new AdoptionCommand("SLV", 2013, null, SOURCE),
            new AdoptionCommand("ARG", 2017, null, SOURCE), new AdoptionCommand("CHL", 2017, null, SOURCE),
            new AdoptionCommand("PAN", 2018, null, SOURCE), new AdoptionCommand("PRY", 2018, null, SOURCE),
            new AdoptionCommand("URY", 2018, null, SOURCE));

    private static final Logger log = LoggerFactory.getLogger(AwarenessDemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from blue_heart_adoption where demo", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        log.info("Demonstration Blue Heart countries loaded: {}", service.addDemoAdoptions(ROWS));
    }
}
