package org.tiptracker.treaty.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.TreatyRules;
import org.tiptracker.treaty.untc.ActionImportOutcome.Type;
import org.tiptracker.treaty.untc.ActionImportOutcome;
import org.tiptracker.treaty.untc.ActionImportPreview;
import org.tiptracker.treaty.untc.ActionImportRow;
import org.tiptracker.treaty.untc.UntcFile;

/**
 * Imports in the UN Treaty Collection layout on a real PostgreSQL with the reference data. Actions
 * are added only for the Smuggling of Migrants Protocol, for participants without any action on it,
 * and removed again after each test.
 */
@SpringBootTest
class ActionImportServiceIntegrationTests {

    static final String HEADER = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";

    @Autowired
    ActionImportService service;

    @Autowired
    TreatyRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    final String reason = "import test " + UUID.randomUUID();

    @AfterEach
    void removeImportedActions() {
        List<Long> ids = jdbc.queryForList("select entity_id from audit_entry where operation = 'IMPORT' and reason = ?",
                Long.class, reason);
        for (Long id : ids) {
            jdbc.update("delete from treaty_action where id = ?", id);
        }
        jdbc.update("delete from audit_entry where operation = 'IMPORT' and reason = ?", reason);
    }

    @Test
    void aValidFileRecordsEveryRowWithAnAuditEntry() {
        byte[] file = csv("""
                Andorra,14 Dec 2000,22 Sep 2012
                Bangladesh 2,,15 July 2012 a
                brn,,2009-03-25 a
                St. Lucia,,16 Jul 2014 a
                """);
        int countBefore = somActions();

        ActionImportPreview preview = service.preview(file, TreatyCode.SOM, reason);

        assertThat(preview.valid()).isTrue();
        assertThat(preview.rows()).extracting(ActionImportRow::iso3).containsExactly("AND", "BGD", "BRN", "LCA");
        assertThat(preview.rows()).extracting(ActionImportRow::rowNumber).containsExactly(2, 3, 4, 5);
        assertThat(preview.rows().get(0).outcomes()).extracting(ActionImportOutcome::type, ActionImportOutcome::kind,
                ActionImportOutcome::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Type.NEW_SIGNATURE, ActionKind.SIGNATURE, LocalDate.of(2000, 12, 14)),
                org.assertj.core.groups.Tuple.tuple(Type.NEW_INSTRUMENT, ActionKind.RATIFICATION, LocalDate.of(2012, 9, 22)));
        assertThat(preview.rows().get(1).outcomes().get(0).kind()).isEqualTo(ActionKind.ACCESSION);
        assertThat(preview.newSignatures()).isEqualTo(1);
        assertThat(preview.newInstruments()).isEqualTo(4);
        assertThat(somActions()).as("a preview records nothing").isEqualTo(countBefore);

        long generation = registry.snapshot().generation();
        int recorded = service.apply(file, TreatyCode.SOM, "  " + reason + " ", "secretariat");

        assertThat(recorded).isEqualTo(5);
        assertThat(somActions()).isEqualTo(countBefore + 5);
        assertThat(jdbc.queryForObject("select a.kind || ' ' || a.action_date from treaty_action a join participant p "
                + "on p.id = a.participant_id where p.iso3 = 'BRN' and a.treaty_code = 'SOM'", String.class))
                .isEqualTo("ACCESSION 2009-03-25");
        List<Map<String, Object>> audit = jdbc.queryForList(
                "select username, entity_type, before_state, after_state from audit_entry where operation = 'IMPORT' "
                        + "and reason = ? order by id", reason);
        assertThat(audit).hasSize(5);
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.get("username")).isEqualTo("secretariat");
            assertThat(entry.get("entity_type")).isEqualTo("TreatyAction");
            assertThat(entry.get("before_state")).isNull();
            assertThat((String) entry.get("after_state")).contains("treaty=SOM");
        });
        assertThat((String) audit.get(0).get("after_state")).contains("participant=AND", "kind=SIGNATURE", "date=2000-12-14");
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        assertThat(snapshot.generation()).isGreaterThan(generation);
        assertThat(snapshot.actions()).filteredOn(a -> a.treaty() == TreatyCode.SOM && a.iso3().equals("LCA"))
                .extracting(TreatyAction::kind, TreatyAction::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionKind.ACCESSION, LocalDate.of(2014, 7, 16)));

        // The same file again: every row is now recorded with the same dates.
        ActionImportPreview again = service.preview(file, TreatyCode.SOM, reason);
        assertThat(again.valid()).isTrue();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.newActions()).isZero();
        assertThatThrownBy(() -> service.apply(file, TreatyCode.SOM, reason, "secretariat"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.nothingNew");
    }

    @Test
    void oneBadRowAndNothingIsRecorded() {
        byte[] file = csv("""
                Andorra,14 Dec 2000,22 Sep 2012
                Atlantis,,1 Jan 2010 a
                Bangladesh,,15 Jul 2012 a
                """);
        int countBefore = somActions();

        ActionImportPreview preview = service.preview(file, TreatyCode.SOM, reason);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.errorRows()).isEqualTo(1);
        ActionImportOutcome error = preview.rows().get(1).outcomes().get(0);
        assertThat(error.messageKey()).isEqualTo("import.row.participant.unknown");
        assertThat(error.args()).containsExactly("Atlantis");
        assertThatThrownBy(() -> service.apply(file, TreatyCode.SOM, reason, "secretariat"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.invalid");
        assertThat(somActions()).isEqualTo(countBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where reason = ?", Integer.class, reason)).isZero();
    }

    @Test
    void recordedRowsAreUnchangedWhateverTheSpellingOfTheName() {
        byte[] file = csv("""
                Czech Republic,12 Dec 2000,24 Sep 2013
                "  swaziland ",14 December 2000,2012-09-24
                Côte d'Ivoire 3,15 Dec 2000,25 Oct 2012
                Turkey,13 Dec 2000,25 Mar 2003
                Netherlands (the),12 Dec 2000,26 May 2004
                """);

        ActionImportPreview preview = service.preview(file, TreatyCode.UNTOC, reason);

        assertThat(preview.rows()).extracting(ActionImportRow::iso3).containsExactly("CZE", "SWZ", "CIV", "TUR", "NLD");
        assertThat(preview.rows()).flatExtracting(ActionImportRow::outcomes).extracting(ActionImportOutcome::type)
                .containsOnly(Type.UNCHANGED).hasSize(10);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.newActions()).isZero();
    }

    @Test
    void aDifferentDateOrKindIsAConflictAndNeverOverwrites() {
        byte[] file = csv("""
                Afghanistan,14 Dec 2000,24 Sep 2004
                Pakistan,,13 Jan 2010 a
                """);

        ActionImportPreview preview = service.preview(file, TreatyCode.UNTOC, reason);

        assertThat(preview.valid()).isFalse();
        List<ActionImportOutcome> afghanistan = preview.rows().get(0).outcomes();
        assertThat(afghanistan.get(0).type()).isEqualTo(Type.UNCHANGED);
        assertThat(afghanistan.get(1).messageKey()).isEqualTo("import.row.conflict");
        assertThat(afghanistan.get(1).args()).containsExactly(ActionKind.RATIFICATION, LocalDate.of(2003, 9, 24),
                ActionKind.RATIFICATION, LocalDate.of(2004, 9, 24));
        ActionImportOutcome pakistan = preview.rows().get(1).outcomes().get(0);
        assertThat(pakistan.messageKey()).isEqualTo("import.row.conflict");
        assertThat(pakistan.args()).containsExactly(ActionKind.RATIFICATION, LocalDate.of(2010, 1, 13),
                ActionKind.ACCESSION, LocalDate.of(2010, 1, 13));
        assertThatThrownBy(() -> service.apply(file, TreatyCode.UNTOC, reason, "secretariat"))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.queryForObject("select a.action_date from treaty_action a join participant p on p.id = a.participant_id "
                + "where p.iso3 = 'AFG' and a.treaty_code = 'UNTOC' and a.kind = 'RATIFICATION'", LocalDate.class))
                .isEqualTo(LocalDate.of(2003, 9, 24));
    }

    @Test
    void eachRowErrorIsReportedWithItsKey() {
        byte[] file = csv("""
                Nepal,14/12/2000,
                Pakistan,,31 Feb 2011
                Yemen,,24 Sep 2003 x
                Nepal,,1 Jan 2012 a
                Nepal,13 Dec 2002,
                Somalia,,1 Jan 2010 a
                Vanuatu,,
                <script>alert(1)</script>,,1 Jan 2010 a
                Brunei Darussalam,,"=HYPERLINK(""http://example.org"")"
                Maldives,,1 Jan 2014 a,extra
                """);

        ActionImportPreview preview = service.preview(file, TreatyCode.SOM, reason);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.errorRows()).isEqualTo(10);
        List<ActionImportRow> rows = preview.rows();
        assertThat(rows.get(0).outcomes().get(0).messageKey()).isEqualTo("import.row.date.malformed");
        assertThat(rows.get(1).outcomes().get(0).messageKey()).isEqualTo("import.row.date.impossible");
        assertThat(rows.get(2).outcomes().get(0).messageKey()).isEqualTo("import.row.marker.unknown");
        assertThat(rows.get(2).outcomes().get(0).args()).containsExactly("x");
        assertThat(rows.get(3).outcomes().get(0).messageKey()).isEqualTo("import.row.participant.duplicate");
        assertThat(rows.get(3).outcomes().get(0).args()).containsExactly(2);
        assertThat(rows.get(4).outcomes().get(0).messageKey()).isEqualTo("import.row.participant.duplicate");
        assertThat(rows.get(5).outcomes().get(0).messageKey()).isEqualTo(TreatyRules.NEEDS_CONVENTION);
        assertThat(rows.get(5).outcomes().get(0).args()).containsExactly(TreatyCode.SOM, LocalDate.of(2010, 1, 1));
        assertThat(rows.get(6).outcomes().get(0).messageKey()).isEqualTo("import.row.empty");
        assertThat(rows.get(7).outcomes().get(0).messageKey()).isEqualTo("import.row.participant.unknown");
        assertThat(rows.get(7).participant()).isEqualTo("<script>alert(1)</script>");
        assertThat(rows.get(8).outcomes().get(0).messageKey()).isEqualTo("import.row.formula");
        assertThat(rows.get(8).outcomes()).hasSize(1);
        assertThat(rows.get(9).outcomes().get(0).messageKey()).isEqualTo("import.row.columns");
    }

    @Test
    void aSignatureAfterTheDeadlineBreaksATreatyRule() {
        ActionImportPreview preview = service.preview(csv("Nepal,13 Dec 2002,\n"), TreatyCode.SOM, reason);

        ActionImportOutcome outcome = preview.rows().get(0).outcomes().get(0);
        assertThat(outcome.messageKey()).isEqualTo(TreatyRules.SIGNATURE_CLOSED);
        assertThat(outcome.args()).containsExactly(TreatyCode.SOM, LocalDate.of(2002, 12, 13), LocalDate.of(2002, 12, 12));
        assertThat(preview.valid()).isFalse();
    }

    @Test
    void aFormulaCellRefusesTheFile() {
        byte[] file = csv("""
                Andorra,14 Dec 2000,22 Sep 2012
                "@SUM(1,2)",,1 Jan 2012 a
                """);
        int countBefore = somActions();

        ActionImportPreview preview = service.preview(file, TreatyCode.SOM, reason);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.rows().get(1).outcomes()).extracting(ActionImportOutcome::messageKey)
                .containsExactly("import.row.formula");
        assertThat(preview.rows().get(1).outcomes().get(0).args()).containsExactly("@SUM(1,2)");
        assertThatThrownBy(() -> service.apply(file, TreatyCode.SOM, reason, "secretariat"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.invalid");
        assertThat(somActions()).isEqualTo(countBefore);
    }

    @Test
    void filesThatAreNotUntcTablesAreRefused() {
        byte[] latin1 = (HEADER + "Côte d'Ivoire,15 Dec 2000,25 Oct 2012\n").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, reason, "import.file.notUtf8");
        assertRefused(new byte[0], reason, "import.file.empty");
        assertRefused(" \n".getBytes(StandardCharsets.UTF_8), reason, "import.file.empty");
        assertRefused(HEADER.getBytes(StandardCharsets.UTF_8), reason, "import.file.noRows");
        assertRefused("Name,Signature,Ratification\nAndorra,14 Dec 2000,\n".getBytes(StandardCharsets.UTF_8), reason,
                "import.file.header");
        assertRefused(csv("Andorra,14 Dec 2000,22 Sep 2012\n"), " ", "import.reason.required");
        assertRefused(csv("Andorra,\"14 Dec 2000,\n"), reason, "import.file.unreadable");
        byte[] large = new byte[UntcFile.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertRefused(large, reason, "import.file.tooLarge");
        assertRefused(csv("Andorra,14 Dec 2000,\n".repeat(UntcFile.MAX_ROWS + 1)), reason,
                "import.file.tooManyRows");
        assertThatThrownBy(() -> service.preview(csv("Andorra,14 Dec 2000,\n"), null, reason))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.treaty.required");
        assertThatThrownBy(() -> service.apply(latin1, TreatyCode.UNTOC, reason, "secretariat"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.file.notUtf8");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() {
        byte[] body = (HEADER + "Afghanistan,14 Dec 2000,24 Sep 2003\r\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);

        ActionImportPreview preview = service.preview(file, TreatyCode.UNTOC, reason);

        assertThat(preview.valid()).isTrue();
        assertThat(preview.unchanged()).isEqualTo(2);
    }

    private void assertRefused(byte[] file, String why, String key) {
        assertThatThrownBy(() -> service.preview(file, TreatyCode.SOM, why))
                .as(key).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }

    private int somActions() {
        return jdbc.queryForObject("select count(*) from treaty_action where treaty_code = 'SOM'", Integer.class);
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }
}
