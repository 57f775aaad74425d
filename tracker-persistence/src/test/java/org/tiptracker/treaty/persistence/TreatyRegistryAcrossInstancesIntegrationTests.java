package org.tiptracker.treaty.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.treaty.StatusKind;
import org.tiptracker.treaty.TreatyCode;

/**
 * Two instances, one database: a change written by anyone (here plain SQL, as another instance or a
 * tool would, without telling this JVM) is in the next snapshot of every instance, and both
 * instances' snapshots carry the same generation, the database's counter.
 */
@SpringBootTest
class TreatyRegistryAcrossInstancesIntegrationTests {

    @Autowired
    TreatyRegistry instanceA;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    TreatyRepository treaties;

    @Autowired
    TreatyActionRepository actions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeMadeElsewhereIsSeenByTheNextSnapshotOfEveryInstance() {
        TreatyRegistry instanceB = new TreatyRegistry(participants, treaties, actions, jdbc);
        LocalDate day = LocalDate.of(2099, 1, 2);
        assertThat(instanceA.snapshot().calculator().status("VAT", TreatyCode.FIREARMS, day).kind()).isEqualTo(StatusKind.NONE);
        assertThat(instanceB.snapshot().calculator().status("VAT", TreatyCode.FIREARMS, day).kind()).isEqualTo(StatusKind.NONE);
        long before = instanceA.snapshot().generation();
        assertThat(instanceB.snapshot().generation()).isEqualTo(before);
        Long id = jdbc.queryForObject("insert into treaty_action (participant_id, treaty_code, kind, action_date, created_by,"
                + " updated_by) select id, 'FIREARMS', 'ACCESSION', ?, 'another instance', 'another instance'"
                + " from participant where iso3 = 'VAT' returning id", Long.class, day.minusDays(1));
        try {
            assertThat(instanceA.snapshot().generation()).isGreaterThan(before);
            assertThat(instanceA.snapshot().calculator().status("VAT", TreatyCode.FIREARMS, day).kind()).isEqualTo(StatusKind.PARTY);
            assertThat(instanceB.snapshot().calculator().status("VAT", TreatyCode.FIREARMS, day).kind()).isEqualTo(StatusKind.PARTY);
            assertThat(instanceB.snapshot().generation()).isEqualTo(instanceA.snapshot().generation());
        } finally {
            jdbc.update("delete from treaty_action where id = ?", id);
        }
        assertThat(instanceA.snapshot().calculator().status("VAT", TreatyCode.FIREARMS, day).kind()).isEqualTo(StatusKind.NONE);
    }
}
