package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiptracker.treaty.ActionKind.ACCESSION;
import static org.tiptracker.treaty.ActionKind.APPROVAL;
import static org.tiptracker.treaty.ActionKind.RATIFICATION;
import static org.tiptracker.treaty.ActionKind.SIGNATURE;
import static org.tiptracker.treaty.TreatyCode.UNTOC;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TreatyMapTests {

    static final List<TreatyAction> ACTIONS = List.of(
            TreatyAction.of("SLE", UNTOC, SIGNATURE, LocalDate.parse("2001-11-27")),
            TreatyAction.of("SLE", UNTOC, RATIFICATION, LocalDate.parse("2014-08-12")),
            TreatyAction.of("ERI", UNTOC, ACCESSION, LocalDate.parse("2014-09-25")),
            TreatyAction.of("EUU", UNTOC, SIGNATURE, LocalDate.parse("2000-12-12")),
            TreatyAction.of("EUU", UNTOC, APPROVAL, LocalDate.parse("2004-05-21")));

    static final List<Participant> PARTICIPANTS = List.of(
            Participant.of("SLE", "694", ParticipantKind.STATE, "Africa", "سيراليون", "Sierra Leone"),
            Participant.of("ERI", "232", ParticipantKind.STATE, "Africa", "إريتريا", "Eritrea"),
            Participant.of("EUU", null, ParticipantKind.REGIONAL_ORGANIZATION, null, "الاتحاد الأوروبي", "European Union"),
            new Participant("SWZ", "748", ParticipantKind.STATE, "Africa", List.of(
                    new ParticipantName("سوازيلند", "Swaziland", null, LocalDate.parse("2018-04-19")),
                    new ParticipantName("إسواتيني", "Eswatini", LocalDate.parse("2018-04-19"), null))));

    @Test
    void eachParticipantWithItsStatusItsActionAndItsNameOnTheDate() {
        TreatyMap map = TreatyMap.of(PARTICIPANTS, new StatusCalculator(ACTIONS), UNTOC, LocalDate.parse("2014-09-01"));
        assertThat(map.rows()).extracting(TreatyMap.Row::status)
                .containsExactly(StatusKind.PARTY, StatusKind.NONE, StatusKind.PARTY, StatusKind.NONE);
        TreatyMap.Row sierraLeone = map.rows().get(0);
        assertThat(sierraLeone.action()).isEqualTo(RATIFICATION);
        assertThat(sierraLeone.date()).isEqualTo(LocalDate.parse("2014-08-12"));
        assertThat(map.rows().get(2).m49()).isNull();
        assertThat(map.rows().get(3).nameEn()).isEqualTo("Swaziland");
        assertThat(map.count(StatusKind.PARTY)).isEqualTo(2);
        assertThat(map.count(StatusKind.SIGNATORY)).isZero();
        assertThat(map.count(StatusKind.NONE)).isEqualTo(2);
    }

    @Test
    void aSignatoryShowsItsSignatureAndTheCountsAreTheCalculatorsOnAnyDate() {
        StatusCalculator calculator = new StatusCalculator(ACTIONS);
        for (String day : List.of("2001-01-01", "2002-01-01", "2014-08-12", "2014-09-25", "2020-01-01")) {
            TreatyMap map = TreatyMap.of(PARTICIPANTS, calculator, UNTOC, LocalDate.parse(day));
            assertThat((long) map.count(StatusKind.PARTY)).as(day).isEqualTo(calculator.partyCount(UNTOC, LocalDate.parse(day)));
            assertThat((long) map.count(StatusKind.SIGNATORY)).as(day)
                    .isEqualTo(calculator.signatoryCount(UNTOC, LocalDate.parse(day)));
        }
        TreatyMap.Row sierraLeone = TreatyMap.of(PARTICIPANTS, calculator, UNTOC, LocalDate.parse("2010-01-01")).rows().get(0);
        assertThat(sierraLeone.status()).isEqualTo(StatusKind.SIGNATORY);
        assertThat(sierraLeone.action()).isNull();
        assertThat(sierraLeone.date()).isEqualTo(LocalDate.parse("2001-11-27"));
        assertThat(TreatyMap.of(PARTICIPANTS, calculator, UNTOC, LocalDate.parse("2020-01-01")).rows().get(3).nameEn())
                .isEqualTo("Eswatini");
    }
}
