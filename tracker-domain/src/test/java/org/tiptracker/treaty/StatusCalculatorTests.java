package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tiptracker.treaty.ActionKind.ACCESSION;
import static org.tiptracker.treaty.ActionKind.APPROVAL;
import static org.tiptracker.treaty.ActionKind.DENUNCIATION;
import static org.tiptracker.treaty.ActionKind.RATIFICATION;
import static org.tiptracker.treaty.ActionKind.SIGNATURE;
import static org.tiptracker.treaty.TreatyCode.TIP;
import static org.tiptracker.treaty.TreatyCode.UNTOC;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StatusCalculatorTests {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static TreatyAction a(String iso3, TreatyCode t, ActionKind k, String date) {
        return TreatyAction.of(iso3, t, k, d(date));
    }

    private final List<TreatyAction> actions = List.of(
            a("ALB", UNTOC, SIGNATURE, "2000-12-12"), a("ALB", UNTOC, RATIFICATION, "2002-08-21"),
            a("ALB", TIP, SIGNATURE, "2000-12-12"), a("ALB", TIP, RATIFICATION, "2002-08-21"),
            a("SLE", UNTOC, SIGNATURE, "2001-11-27"), a("SLE", UNTOC, RATIFICATION, "2014-08-12"),
            a("ERI", UNTOC, ACCESSION, "2014-09-25"),
            a("EUU", UNTOC, SIGNATURE, "2000-12-12"), a("EUU", UNTOC, APPROVAL, "2004-05-21"),
            a("COG", UNTOC, SIGNATURE, "2000-12-14"),
            new TreatyAction(9L, "XXX", UNTOC, ACCESSION, d("2005-01-01"), null),
            new TreatyAction(10L, "XXX", UNTOC, DENUNCIATION, d("2015-01-01"), "denounced"),
            a("XXX", TIP, ACCESSION, "2006-01-01"));

    private final StatusCalculator calc = new StatusCalculator(actions);

    @Test
    void partyWithEntryIntoForce() {
        ParticipantTreatyStatus s = calc.status("ALB", UNTOC, d("2016-05-30"));
        assertThat(s.kind()).isEqualTo(StatusKind.PARTY);
        assertThat(s.signature()).isEqualTo(d("2000-12-12"));
        assertThat(s.instrumentDate()).isEqualTo(d("2002-08-21"));
        assertThat(s.instrumentKind()).isEqualTo(RATIFICATION);
        assertThat(s.entryIntoForce()).isEqualTo(d("2003-09-29"));
        assertThat(s.marker()).isEmpty();
        assertThat(calc.status("EUU", UNTOC, d("2016-05-30")).marker()).isEqualTo("AA");
        assertThat(calc.status("ERI", UNTOC, d("2014-09-25")).marker()).isEqualTo("a");
    }

    @Test
    void signedButInstrumentLaterIsSignatory() {
        ParticipantTreatyStatus s = calc.status("SLE", UNTOC, d("2014-08-11"));
        assertThat(s.kind()).isEqualTo(StatusKind.SIGNATORY);
        assertThat(s.signature()).isEqualTo(d("2001-11-27"));
        assertThat(s.instrumentDate()).isNull();
        assertThat(s.instrumentKind()).isNull();
        assertThat(s.entryIntoForce()).isNull();
        assertThat(s.marker()).isEmpty();
        assertThat(calc.status("SLE", UNTOC, d("2014-08-12")).kind()).isEqualTo(StatusKind.PARTY);
        assertThat(calc.status("SLE", UNTOC, d("2014-08-12")).entryIntoForce()).isEqualTo(d("2014-09-11"));
    }

    @Test
    void noneBeforeAnyActionOrForUnknownParticipants() {
        assertThat(calc.status("SLE", UNTOC, d("2001-11-26")).kind()).isEqualTo(StatusKind.NONE);
        assertThat(calc.status("SLE", UNTOC, d("2001-11-26")).signature()).isNull();
        assertThat(calc.status("ERI", UNTOC, d("2014-09-24")).kind()).isEqualTo(StatusKind.NONE);
        assertThat(calc.status("FRA", UNTOC, d("2016-05-30")).kind()).isEqualTo(StatusKind.NONE);
        assertThat(calc.status("ALB", TreatyCode.FIREARMS, d("2016-05-30")).kind()).isEqualTo(StatusKind.NONE);
    }

    @Test
    void denunciationEndsPartyStatusOnItsDateAndEndsTheProtocolsToo() {
        assertThat(calc.status("XXX", UNTOC, d("2014-12-31")).kind()).isEqualTo(StatusKind.PARTY);
        assertThat(calc.status("XXX", UNTOC, d("2015-01-01")).kind()).isEqualTo(StatusKind.NONE);
        assertThat(calc.status("XXX", TIP, d("2014-12-31")).kind()).isEqualTo(StatusKind.PARTY);
        assertThat(calc.status("XXX", TIP, d("2015-01-01")).kind()).isEqualTo(StatusKind.NONE);
    }

    @Test
    void counts() {
        // ALB, EUU, XXX parties; SLE and COG signatories
        assertThat(calc.partyCount(UNTOC, d("2014-08-11"))).isEqualTo(3);
        assertThat(calc.signatoryCount(UNTOC, d("2014-08-11"))).isEqualTo(2);
        assertThat(calc.signedCount(UNTOC, d("2014-08-11"))).isEqualTo(4);
        // SLE, ERI joined; XXX left
        assertThat(calc.partyCount(UNTOC, d("2016-05-30"))).isEqualTo(4);
        assertThat(calc.signatoryCount(UNTOC, d("2016-05-30"))).isEqualTo(1);
        assertThat(calc.signedCount(UNTOC, d("2000-12-12"))).isEqualTo(2);
        assertThat(calc.signedCount(UNTOC, d("2000-12-11"))).isZero();
        assertThat(calc.partyCount(UNTOC, d("2002-08-20"))).isZero();
        assertThat(calc.partyCount(UNTOC, d("2002-08-21"))).isEqualTo(1);
    }

    @Test
    void countsAgreeWithStatusForEveryDate() {
        List<String> participants = List.of("ALB", "SLE", "ERI", "EUU", "COG", "XXX");
        for (LocalDate day = d("2000-12-01"); day.isBefore(d("2016-01-01")); day = day.plusDays(17)) {
            for (TreatyCode t : TreatyCode.values()) {
                LocalDate on = day;
                long parties = participants.stream().filter(p -> calc.status(p, t, on).kind() == StatusKind.PARTY).count();
                long signatories = participants.stream()
                        .filter(p -> calc.status(p, t, on).kind() == StatusKind.SIGNATORY).count();
                assertThat(calc.partyCount(t, on)).as("%s %s", t, on).isEqualTo(parties);
                assertThat(calc.signatoryCount(t, on)).as("%s %s", t, on).isEqualTo(signatories);
            }
        }
    }

    @Test
    void becamePartiesIsChronologicalWithTiesByCode() {
        StatusCalculator c = new StatusCalculator(List.of(
                a("ZMB", UNTOC, ACCESSION, "2005-04-24"), a("BEN", UNTOC, ACCESSION, "2004-08-30"),
                a("AGO", UNTOC, ACCESSION, "2005-04-24"), a("ALB", UNTOC, ACCESSION, "2002-08-21")));
        assertThat(c.becameParties(UNTOC, d("2004-08-30"), d("2005-04-24")))
                .containsExactly(new PartyChange("BEN", UNTOC, ACCESSION, d("2004-08-30")),
                        new PartyChange("AGO", UNTOC, ACCESSION, d("2005-04-24")),
                        new PartyChange("ZMB", UNTOC, ACCESSION, d("2005-04-24")));
        assertThat(c.becameParties(UNTOC, d("2004-08-31"), d("2005-04-23"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> c.becameParties(UNTOC, d("2005-01-02"), d("2005-01-01")));
    }

    @Test
    void changesIncludeSignaturesAndDenunciations() {
        assertThat(calc.changes(UNTOC, d("2000-12-12"), d("2000-12-31"))).containsExactly(
                new PartyChange("ALB", UNTOC, SIGNATURE, d("2000-12-12")),
                new PartyChange("EUU", UNTOC, SIGNATURE, d("2000-12-12")),
                new PartyChange("COG", UNTOC, SIGNATURE, d("2000-12-14")));
        assertThat(calc.changes(UNTOC, d("2014-01-01"), d("2015-12-31"))).containsExactly(
                new PartyChange("SLE", UNTOC, RATIFICATION, d("2014-08-12")),
                new PartyChange("ERI", UNTOC, ACCESSION, d("2014-09-25")),
                new PartyChange("XXX", UNTOC, DENUNCIATION, d("2015-01-01")));
        assertThat(calc.changes(TIP, d("2015-01-01"), d("2015-01-01")))
                .containsExactly(new PartyChange("XXX", TIP, DENUNCIATION, d("2015-01-01")));
    }

    @Test
    void cumulativeSeriesSteps() {
        assertThat(calc.cumulativeParties(UNTOC)).containsExactly(
                Map.entry(d("2002-08-21"), 1L), Map.entry(d("2004-05-21"), 2L), Map.entry(d("2005-01-01"), 3L),
                Map.entry(d("2014-08-12"), 4L), Map.entry(d("2014-09-25"), 5L), Map.entry(d("2015-01-01"), 4L));
        assertThat(calc.cumulativeParties(TreatyCode.SOM)).isEmpty();
    }

    @Test
    void actionsOfAParticipantInDateOrder() {
        assertThat(calc.actionsOf("ALB")).extracting(TreatyAction::treaty, TreatyAction::kind).containsExactly(
                tuple(UNTOC, SIGNATURE), tuple(TIP, SIGNATURE),
                tuple(UNTOC, RATIFICATION), tuple(TIP, RATIFICATION));
        assertThat(calc.actionsOf("XXX")).extracting(TreatyAction::date)
                .containsExactly(d("2005-01-01"), d("2006-01-01"), d("2015-01-01"));
        assertThat(calc.actionsOf("FRA")).isEmpty();
    }

    @Test
    void aRenewedInstrumentStartsANewPeriod() {
        StatusCalculator c = new StatusCalculator(List.of(
                a("XXX", UNTOC, ACCESSION, "2005-01-01"),
                new TreatyAction(null, "XXX", UNTOC, DENUNCIATION, d("2010-01-01"), "t"),
                a("XXX", UNTOC, ACCESSION, "2012-01-01")));
        assertThat(c.status("XXX", UNTOC, d("2011-01-01")).kind()).isEqualTo(StatusKind.NONE);
        assertThat(c.status("XXX", UNTOC, d("2013-01-01")).instrumentDate()).isEqualTo(d("2012-01-01"));
        assertThat(c.becameParties(UNTOC, d("2000-01-01"), d("2020-01-01"))).extracting(PartyChange::date)
                .containsExactly(d("2005-01-01"), d("2012-01-01"));
        assertThat(c.partyCount(UNTOC, d("2013-01-01"))).isEqualTo(1);
    }
}
