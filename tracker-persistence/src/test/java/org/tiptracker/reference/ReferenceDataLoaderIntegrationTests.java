package org.tiptracker.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/** The reference data on a real PostgreSQL, migrated by Flyway and validated by Hibernate. */
@SpringBootTest
class ReferenceDataLoaderIntegrationTests {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TreatyRegistry registry;

    @Test
    void loadsEveryParticipantTreatyAndAction() {
        assertThat(jdbc.queryForObject("select count(*) from participant", Integer.class)).isEqualTo(198);
        assertThat(jdbc.queryForObject("select count(*) from treaty", Integer.class)).isEqualTo(4);
        // 646 rows: a signature and/or a deposit each.
        Integer expected = jdbc.queryForObject("select count(*) from reference_row where row_key like 'action:%'", Integer.class);
        assertThat(expected).isGreaterThan(646);
        assertThat(jdbc.queryForObject("select name_ar from participant where iso3 = 'KOR'", String.class)).isEqualTo("جمهورية كوريا");
        assertThat(jdbc.queryForObject("select region_ar from participant where iso3 = 'EGY'", String.class)).isEqualTo("أفريقيا");
        assertThat(jdbc.queryForObject("select kind from participant where iso3 = 'EUU'", String.class)).isEqualTo("REGIONAL_ORGANIZATION");
        assertThat(jdbc.queryForObject("select kind from participant where iso3 = 'PSE'", String.class)).isEqualTo("OBSERVER_STATE");
    }

    @Test
    void knowsUpToWhenEachTreatysRecordsAreComplete() {
        var snapshot = registry.snapshot();
        assertThat(snapshot.treaty(TreatyCode.TIP).recordsCompleteTo()).isEqualTo(LocalDate.of(2016, 5, 30));
        assertThat(snapshot.treaty(TreatyCode.UNTOC).recordsCompleteTo()).isEqualTo(LocalDate.of(2016, 5, 30));
        assertThat(snapshot.treaty(TreatyCode.SOM).recordsCompleteTo()).isEqualTo(LocalDate.of(2014, 7, 10));
        assertThat(snapshot.treaty(TreatyCode.FIREARMS).recordsCompleteTo()).isEqualTo(LocalDate.of(2014, 7, 10));
        assertThat(snapshot.treaty(TreatyCode.TIP).recordsCompleteOn(LocalDate.of(2016, 5, 30))).isTrue();
        assertThat(snapshot.treaty(TreatyCode.TIP).recordsCompleteOn(LocalDate.of(2020, 10, 15))).isFalse();
        // the actions found after May 2016: 174 TIP parties on 15 October 2020 (the UN's: 178, seed 004)
        assertThat(snapshot.calculator().partyCount(TreatyCode.TIP, LocalDate.of(2020, 10, 15))).isEqualTo(174);
        assertThat(snapshot.calculator().partyCount(TreatyCode.SOM, LocalDate.of(2020, 10, 15))).isEqualTo(141);
        assertThat(snapshot.calculator().partyCount(TreatyCode.FIREARMS, LocalDate.of(2020, 10, 15))).isEqualTo(110);
    }

    @Test
    void reproducesTheCountsOfTheSecretaryGeneralsReport() {
        var calculator = registry.snapshot().calculator();
        LocalDate asOf = LocalDate.of(2016, 5, 30);
        assertThat(calculator.partyCount(TreatyCode.UNTOC, asOf)).isEqualTo(186);
        assertThat(calculator.partyCount(TreatyCode.TIP, asOf)).isEqualTo(169);
    }

    @Test
    void aSecondLoadChangesNothing() {
        Integer before = jdbc.queryForObject("select count(*) from treaty_action", Integer.class);
        ReferenceDataLoader.LoadReport report = loader.load();
        assertThat(report.total()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from treaty_action", Integer.class)).isEqualTo(before);
    }

    @Test
    void userEditsSurviveAReload() {
        jdbc.update("update participant set name_en = 'Changed by a user' where iso3 = 'NIU'");
        Long signature = jdbc.queryForObject(
                "select a.id from treaty_action a join participant p on p.id = a.participant_id "
                        + "where p.iso3 = 'NIU' and a.treaty_code = 'UNTOC' order by a.id limit 1", Long.class);
        String kind = jdbc.queryForObject("select kind from treaty_action where id = ?", String.class, signature);
        LocalDate date = jdbc.queryForObject("select action_date from treaty_action where id = ?", LocalDate.class, signature);
        jdbc.update("delete from treaty_action where id = ?", signature);
        try {
            loader.load();
            assertThat(jdbc.queryForObject("select name_en from participant where iso3 = 'NIU'", String.class))
                    .isEqualTo("Changed by a user");
            assertThat(jdbc.queryForObject("select count(*) from treaty_action a join participant p on p.id = a.participant_id "
                    + "where p.iso3 = 'NIU' and a.treaty_code = 'UNTOC' and a.kind = ?", Integer.class, kind)).isZero();
        } finally {
            jdbc.update("update participant set name_en = 'Niue' where iso3 = 'NIU'");
            jdbc.update("insert into treaty_action (participant_id, treaty_code, kind, action_date, created_by, updated_by) "
                    + "select p.id, 'UNTOC', ?, ?, 'test', 'test' from participant p where p.iso3 = 'NIU'", kind, date);
        }
    }
}
