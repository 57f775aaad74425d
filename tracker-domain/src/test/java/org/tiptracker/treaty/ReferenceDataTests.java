package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tiptracker.treaty.TreatyCode.TIP;
import static org.tiptracker.treaty.TreatyCode.UNTOC;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

/**
 * Checks the calculator and the rules against the real reference file (UNTC data, see
 * {@code shared/data/SOURCES.md}) and the figures of the Secretary-General's report of 2016.
 */
class ReferenceDataTests {

    private static final LocalDate AS_OF = LocalDate.of(2016, 5, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<ReferenceActions.Row> rows;
    private static List<TreatyAction> actions;
    private static StatusCalculator calc;

    @BeforeAll
    static void load() {
        rows = ReferenceActions.rows();
        actions = ReferenceActions.actions(rows);
        calc = new StatusCalculator(actions);
    }

    @Test
    void theFileIsComplete() {
        assertThat(rows).hasSize(646);
        assertThat(rows).extracting(ReferenceActions.Row::iso3).allMatch(s -> s.matches("[A-Z]{3}"));
    }

    @Test
    void partiesAsOfTheReportDate() {
        assertThat(calc.partyCount(UNTOC, AS_OF)).isEqualTo(186);
        assertThat(calc.partyCount(TIP, AS_OF)).isEqualTo(169);
        assertThat(calc.partyCount(UNTOC, LocalDate.of(2015, 1, 31))).isEqualTo(185);
    }

    @Test
    void countsAgreeWithPerParticipantStatus() {
        Set<String> participants = Set.copyOf(rows.stream().map(ReferenceActions.Row::iso3).toList());
        for (TreatyCode t : TreatyCode.values()) {
            for (LocalDate on : List.of(LocalDate.of(2003, 9, 29), AS_OF, TODAY)) {
                long parties = participants.stream().filter(p -> calc.status(p, t, on).kind() == StatusKind.PARTY).count();
                long signatories = participants.stream()
                        .filter(p -> calc.status(p, t, on).kind() == StatusKind.SIGNATORY).count();
                assertThat(calc.partyCount(t, on)).as("%s parties %s", t, on).isEqualTo(parties);
                assertThat(calc.signatoryCount(t, on)).as("%s signatories %s", t, on).isEqualTo(signatories);
            }
            List<Map.Entry<LocalDate, Long>> series = calc.cumulativeParties(t);
            assertThat(series.get(series.size() - 1).getValue()).isEqualTo(calc.partyCount(t, TODAY));
        }
    }

    @Test
    void conventionPartiesInTheReportingPeriod() {
        assertThat(calc.becameParties(UNTOC, LocalDate.of(2013, 12, 18), AS_OF))
                .extracting(PartyChange::iso3, c -> c.date().toString())
                .containsExactly(
                        tuple("SLE", "2014-08-12"),
                        tuple("ERI", "2014-09-25"),
                        tuple("TON", "2014-10-03"),
                        tuple("BRB", "2014-11-11"),
                        tuple("WSM", "2014-12-17"),
                        tuple("PSE", "2015-01-02"),
                        tuple("KOR", "2015-11-05"));
    }

    @Test
    void protocolPartiesInTheReportingPeriod() {
        assertThat(calc.becameParties(TIP, LocalDate.of(2013, 12, 18), AS_OF))
                .extracting(PartyChange::iso3)
                .containsExactly("SLE", "AFG", "AGO", "ERI", "BRB", "SDN", "CZE", "LKA", "SGP", "KOR");
        assertThat(calc.status("CZE", TIP, AS_OF).instrumentDate()).isEqualTo(LocalDate.of(2014, 12, 17));
    }

    /**
     * Replays the file through the rules in date order (Convention before Protocols and signature
     * before instrument on the same day). The only departures are ratifications the UNTC lists
     * without a signature; with that rule waived, every row is accepted.
     */
    @Test
    void theRealDataSatisfiesTheRules() {
        List<TreatyAction> ordered = new ArrayList<>(actions);
        ordered.sort(Comparator.comparing(TreatyAction::date).thenComparing(TreatyAction::treaty)
                .thenComparing(TreatyAction::kind).thenComparing(TreatyAction::iso3));

        Map<String, List<TreatyAction>> accepted = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (TreatyAction a : ordered) {
            List<TreatyAction> earlier = accepted.computeIfAbsent(a.iso3(), k -> new ArrayList<>());
            for (DomainException e : TreatyRules.violations(a, earlier, TODAY)) {
                violations.add(a.treaty() + " " + a.iso3() + " " + a.kind() + " " + a.date() + ": " + e.messageKey());
            }
            assertThatCode(() -> TreatyRules.check(a, earlier, TODAY, TreatyRules.WAIVABLE))
                    .as("%s", a).doesNotThrowAnyException();
            earlier.add(a);
        }

        assertThat(violations).containsExactlyInAnyOrder(
                "TIP ATG RATIFICATION 2010-02-17: " + TreatyRules.NEEDS_SIGNATURE,
                "FIREARMS BHS RATIFICATION 2008-09-26: " + TreatyRules.NEEDS_SIGNATURE);
    }

    @Test
    void removingSierraLeonesConventionInstrumentWouldBreakItsProtocol() {
        List<TreatyAction> sle = calc.actionsOf("SLE");
        TreatyAction conventionInstrument = sle.stream()
                .filter(a -> a.treaty() == UNTOC && a.kind().isInstrument()).findFirst().orElseThrow();
        List<TreatyAction> remaining = new ArrayList<>(sle);
        remaining.remove(conventionInstrument);

        assertThatThrownBy(() -> TreatyRules.checkRemoval(conventionInstrument, remaining))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(TreatyRules.DELETE_BREAKS_PROTOCOL));
    }
}
