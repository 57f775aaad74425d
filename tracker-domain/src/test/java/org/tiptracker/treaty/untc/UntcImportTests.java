package org.tiptracker.treaty.untc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantKind;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;

/** The UNTC file and what its rows would record, without a database. */
class UntcImportTests {

    static final String HEADER = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final ParticipantNames names = ParticipantNames.of(List.of(
            Participant.of("AND", "020", ParticipantKind.STATE, "Europe", "أندورا", "Andorra"),
            Participant.of("CIV", "384", ParticipantKind.STATE, "Africa", "كوت ديفوار", "Côte d'Ivoire"),
            new Participant("TUR", "792", ParticipantKind.STATE, "Asia", List.of(
                    new ParticipantName("تركيا", "Türkiye", LocalDate.of(2022, 6, 1), null),
                    new ParticipantName("تركيا", "Turkey", null, LocalDate.of(2022, 5, 31))))),
            Map.of(ParticipantNames.normalize("Republic of Türkiye"), "TUR", "atlantis", "ATL"));

    private static List<List<String>> file(String rows) {
        return UntcFile.records((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private ActionImportPreview evaluate(String rows, Map<String, List<TreatyAction>> recorded) {
        return UntcImport.evaluate(file(rows), TreatyCode.UNTOC, names, recorded, TODAY);
    }

    @Test
    void aRowGivesItsSignatureAndItsInstrumentWithTheirKinds() {
        ActionImportPreview preview = evaluate("Andorra,14 Dec 2000,2011-09-23\nCote d'Ivoire,,25 Oct 2012 a\n", Map.of());
        ActionImportRow row = preview.rows().get(0);
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.iso3()).isEqualTo("AND");
        assertThat(row.outcomes()).extracting(ActionImportOutcome::kind).containsExactly(ActionKind.SIGNATURE, ActionKind.RATIFICATION);
        assertThat(row.outcomes()).extracting(ActionImportOutcome::date)
                .containsExactly(LocalDate.of(2000, 12, 14), LocalDate.of(2011, 9, 23));
        assertThat(preview.rows().get(1).outcomes()).extracting(ActionImportOutcome::kind).containsExactly(ActionKind.ACCESSION);
        assertThat(preview.newActions()).isEqualTo(3);
    }

    @Test
    void participantsAreFoundByCodeCurrentOrFormerNameOrVariant() {
        assertThat(names.resolve("civ")).isEqualTo("CIV");
        assertThat(names.resolve("Cote d’Ivoire 3")).isEqualTo("CIV");
        assertThat(names.resolve("Turkey")).isEqualTo("TUR");
        assertThat(names.resolve("Republic of Turkiye")).isEqualTo("TUR");
        assertThat(names.resolve("Atlantis")).isNull(); // a variant of no participant
        assertThat(ParticipantNames.normalize("St. Vincent and  the Grenadines")).isEqualTo("saint vincent and the grenadines");
        assertThat(ParticipantNames.normalize("Gambia (the)")).isEqualTo("gambia");
    }

    @Test
    void aDateAlreadyRecordedIsUnchangedAndADifferentOneIsAConflict() {
        Map<String, List<TreatyAction>> recorded = Map.of("AND", List.of(
                TreatyAction.of("AND", TreatyCode.UNTOC, ActionKind.SIGNATURE, LocalDate.of(2000, 12, 14))));
        assertThat(evaluate("Andorra,14 December 2000,\n", recorded).unchanged()).isEqualTo(1);
        ActionImportOutcome conflict = evaluate("Andorra,15 Dec 2000,\n", recorded).rows().get(0).outcomes().get(0);
        assertThat(conflict.messageKey()).isEqualTo("import.row.conflict");
    }

    @Test
    void aBadRowIsReportedAndTheOthersStillRead() {
        ActionImportPreview preview = evaluate("Atlantis,14 Dec 2000,\nAndorra,31 Feb 2001,\n=HYPERLINK(1),,\n"
                + "Andorra,,2011-09-23 x\n", Map.of());
        assertThat(preview.rows()).extracting(r -> r.outcomes().get(0).messageKey()).containsExactly(
                "import.row.participant.unknown", "import.row.date.impossible", "import.row.formula",
                "import.row.participant.duplicate");
        assertThat(preview.valid()).isFalse();
    }

    @Test
    void aFileIsRefusedAsAWholeWhenItIsNotTheUntcLayout() {
        assertThatThrownBy(() -> UntcFile.records(new byte[0])).extracting("messageKey").isEqualTo("import.file.empty");
        assertThatThrownBy(() -> UntcFile.records("Name,Date\nAndorra,2000-12-14\n".getBytes(StandardCharsets.UTF_8)))
                .extracting("messageKey").isEqualTo("import.file.header");
        assertThatThrownBy(() -> UntcFile.records(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .extracting("messageKey").isEqualTo("import.file.notUtf8");
        assertThatThrownBy(() -> UntcImport.evaluate(file(""), TreatyCode.TIP, names, Map.of(), TODAY))
                .extracting("messageKey").isEqualTo("import.file.noRows");
        assertThatThrownBy(() -> UntcImport.checkRequest(TreatyCode.TIP, " ")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("import.reason.required");
        byte[] withMark = ("\uFEFF" + HEADER + "Andorra,14 Dec 2000,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(UntcFile.records(withMark)).hasSize(2);
    }
}
