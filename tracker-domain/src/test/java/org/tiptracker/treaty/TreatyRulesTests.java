package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tiptracker.treaty.ActionKind.ACCEPTANCE;
import static org.tiptracker.treaty.ActionKind.ACCESSION;
import static org.tiptracker.treaty.ActionKind.APPROVAL;
import static org.tiptracker.treaty.ActionKind.DECLARATION;
import static org.tiptracker.treaty.ActionKind.DENUNCIATION;
import static org.tiptracker.treaty.ActionKind.OBJECTION;
import static org.tiptracker.treaty.ActionKind.RATIFICATION;
import static org.tiptracker.treaty.ActionKind.RESERVATION;
import static org.tiptracker.treaty.ActionKind.SIGNATURE;
import static org.tiptracker.treaty.ActionKind.SUCCESSION;
import static org.tiptracker.treaty.ActionKind.WITHDRAWAL_OF_RESERVATION;
import static org.tiptracker.treaty.TreatyCode.FIREARMS;
import static org.tiptracker.treaty.TreatyCode.SOM;
import static org.tiptracker.treaty.TreatyCode.TIP;
import static org.tiptracker.treaty.TreatyCode.UNTOC;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class TreatyRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ISO = "ALB";

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static TreatyAction act(TreatyCode t, ActionKind k, String date) {
        return TreatyAction.of(ISO, t, k, d(date));
    }

    static TreatyAction note(TreatyCode t, ActionKind k, String date) {
        return new TreatyAction(null, ISO, t, k, d(date), "text of the " + k.name().toLowerCase());
    }

    static void assertValid(TreatyAction candidate, TreatyAction... others) {
        assertThatCode(() -> TreatyRules.check(candidate, List.of(others), TODAY)).doesNotThrowAnyException();
    }

    static DomainException rejection(TreatyAction candidate, Collection<TreatyAction> others) {
        try {
            TreatyRules.check(candidate, others, TODAY);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a rule violation for " + candidate);
    }

    static void assertKey(TreatyAction candidate, String key, TreatyAction... others) {
        assertThat(rejection(candidate, List.of(others)).messageKey()).isEqualTo(key);
    }

    private static final TreatyAction UNTOC_SIG = act(UNTOC, SIGNATURE, "2000-12-12");
    private static final TreatyAction UNTOC_RAT = act(UNTOC, RATIFICATION, "2002-08-21");

    @Nested
    class Dates {

        @Test
        void futureDateIsRejected() {
            DomainException e = rejection(act(UNTOC, ACCESSION, "2026-11-23"), List.of());
            assertThat(e.messageKey()).isEqualTo(TreatyRules.FUTURE_DATE);
            assertThat(e.args()).containsExactly(d("2026-11-23"), TODAY);
        }

        @Test
        void todayIsAllowed() {
            assertValid(act(UNTOC, ACCESSION, "2026-11-22"));
        }

        @Test
        void beforeAdoptionIsRejected() {
            assertKey(act(UNTOC, SIGNATURE, "2000-11-14"), TreatyRules.BEFORE_ADOPTION);
            assertValid(act(UNTOC, SIGNATURE, "2000-11-15"));
            DomainException e = rejection(act(FIREARMS, SIGNATURE, "2001-05-30"), List.of());
            assertThat(e.messageKey()).isEqualTo(TreatyRules.BEFORE_ADOPTION);
            assertThat(e.args()).containsExactly(FIREARMS, d("2001-05-30"), d("2001-05-31"));
            assertValid(act(FIREARMS, SIGNATURE, "2001-07-11"));
        }
    }

    @Nested
    class Signatures {

        @Test
        void signatureClosesAfterTwelveDecember2002() {
            assertValid(act(TIP, SIGNATURE, "2002-12-12"));
            DomainException e = rejection(act(TIP, SIGNATURE, "2002-12-13"), List.of());
            assertThat(e.messageKey()).isEqualTo(TreatyRules.SIGNATURE_CLOSED);
            assertThat(e.args()).containsExactly(TIP, d("2002-12-13"), d("2002-12-12"));
            assertKey(act(FIREARMS, SIGNATURE, "2003-01-10"), TreatyRules.SIGNATURE_CLOSED);
        }

        @Test
        void secondSignatureIsRejected() {
            assertKey(act(UNTOC, SIGNATURE, "2001-01-10"), TreatyRules.SIGNATURE_DUPLICATE, UNTOC_SIG);
            assertValid(act(TIP, SIGNATURE, "2001-01-10"), UNTOC_SIG);
        }

        @Test
        void signatureAfterBecomingPartyIsRejected() {
            assertKey(act(UNTOC, SIGNATURE, "2002-08-22"), TreatyRules.ALREADY_BOUND,
                    act(UNTOC, ACCESSION, "2002-08-21"));
        }

        @Test
        void otherParticipantsAndTheEditedActionAreIgnored() {
            TreatyAction foreign = new TreatyAction(1L, "DZA", UNTOC, SIGNATURE, d("2000-12-12"), null);
            TreatyAction edited = new TreatyAction(2L, ISO, UNTOC, SIGNATURE, d("2000-12-12"), null);
            TreatyAction candidate = new TreatyAction(2L, ISO, UNTOC, SIGNATURE, d("2000-12-14"), null);
            assertValid(candidate, foreign, edited);
        }
    }

    @Nested
    class Instruments {

        @Test
        void ratificationAcceptanceAndApprovalNeedAnEarlierOrSameDaySignature() {
            for (ActionKind k : List.of(RATIFICATION, ACCEPTANCE, APPROVAL)) {
                assertValid(act(UNTOC, k, "2002-08-21"), UNTOC_SIG);
                assertValid(act(UNTOC, k, "2000-12-12"), UNTOC_SIG);
                assertKey(act(UNTOC, k, "2002-08-21"), TreatyRules.NEEDS_SIGNATURE);
                assertKey(act(UNTOC, k, "2000-12-11"), TreatyRules.NEEDS_SIGNATURE,
                        act(UNTOC, SIGNATURE, "2000-12-12"));
                assertKey(act(UNTOC, k, "2002-08-21"), TreatyRules.NEEDS_SIGNATURE, act(TIP, SIGNATURE, "2000-12-12"));
            }
        }

        @Test
        void accessionAndSuccessionNeedNoSignature() {
            assertValid(act(UNTOC, ACCESSION, "2014-09-25"));
            assertValid(act(UNTOC, SUCCESSION, "2006-10-23"));
        }

        @Test
        void aWaivedSignatureRuleRecordsTheDepositarysData() {
            TreatyAction rat = act(TIP, RATIFICATION, "2010-02-17");
            TreatyAction convention = act(UNTOC, RATIFICATION, "2002-07-24");
            TreatyAction conventionSig = act(UNTOC, SIGNATURE, "2001-09-26");

            assertKey(rat, TreatyRules.NEEDS_SIGNATURE, conventionSig, convention);
            assertThatCode(() -> TreatyRules.check(rat, List.of(conventionSig, convention), TODAY,
                    Set.of(TreatyRules.NEEDS_SIGNATURE))).doesNotThrowAnyException();
            assertThatThrownBy(() -> TreatyRules.check(rat, List.of(), TODAY, Set.of(TreatyRules.NEEDS_SIGNATURE)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith(TreatyRules.NEEDS_CONVENTION);
            assertThatIllegalArgumentException().isThrownBy(
                    () -> TreatyRules.check(rat, List.of(), TODAY, Set.of(TreatyRules.NEEDS_CONVENTION)));
        }

        @Test
        void oneInstrumentPerTreaty() {
            DomainException e = rejection(act(UNTOC, ACCESSION, "2010-01-01"), List.of(UNTOC_SIG, UNTOC_RAT));
            assertThat(e.messageKey()).isEqualTo(TreatyRules.ALREADY_BOUND);
            assertThat(e.args()).containsExactly(UNTOC, d("2002-08-21"));
            assertKey(act(UNTOC, RATIFICATION, "2002-08-21"), TreatyRules.ALREADY_BOUND, UNTOC_SIG, UNTOC_RAT);
        }

        @Test
        void anEarlierInstrumentCannotPrecedeALaterOneWithoutADenunciationBetween() {
            assertKey(act(UNTOC, ACCESSION, "2001-01-01"), TreatyRules.ALREADY_BOUND, act(UNTOC, ACCESSION, "2005-01-01"));
            assertValid(act(UNTOC, ACCESSION, "2001-01-01"),
                    note(UNTOC, DENUNCIATION, "2003-01-01"), act(UNTOC, ACCESSION, "2005-01-01"));
        }

        @Test
        void aNewInstrumentAfterADenunciationIsAllowed() {
            TreatyAction den = note(UNTOC, DENUNCIATION, "2010-01-01");
            assertValid(act(UNTOC, ACCESSION, "2012-01-01"), UNTOC_SIG, UNTOC_RAT, den);
            assertKey(act(UNTOC, ACCESSION, "2009-12-31"), TreatyRules.ALREADY_BOUND, UNTOC_SIG, UNTOC_RAT, den);
        }

        @Test
        void aProtocolInstrumentNeedsTheConventionOnOrBeforeItsDate() {
            TreatyAction tipSig = act(TIP, SIGNATURE, "2000-12-12");
            assertValid(act(TIP, RATIFICATION, "2002-08-21"), UNTOC_SIG, UNTOC_RAT, tipSig);
            assertValid(act(TIP, RATIFICATION, "2003-01-01"), UNTOC_SIG, UNTOC_RAT, tipSig);
            DomainException e = rejection(act(TIP, RATIFICATION, "2002-08-20"), List.of(UNTOC_SIG, UNTOC_RAT, tipSig));
            assertThat(e.messageKey()).isEqualTo(TreatyRules.NEEDS_CONVENTION);
            assertThat(e.args()).containsExactly(TIP, d("2002-08-20"));
            assertKey(act(SOM, ACCESSION, "2005-01-01"), TreatyRules.NEEDS_CONVENTION, UNTOC_SIG);
        }

        @Test
        void aProtocolInstrumentAfterTheConventionWasDenouncedIsRejected() {
            TreatyAction den = note(UNTOC, DENUNCIATION, "2010-01-01");
            assertValid(act(FIREARMS, ACCESSION, "2009-12-31"), UNTOC_SIG, UNTOC_RAT, den);
            assertKey(act(FIREARMS, ACCESSION, "2010-01-01"), TreatyRules.NEEDS_CONVENTION, UNTOC_SIG, UNTOC_RAT, den);
        }

        @Test
        void denouncingTheConventionEndsTheProtocolsToo() {
            TreatyAction den = note(UNTOC, DENUNCIATION, "2010-01-01");
            TreatyAction tip = act(TIP, ACCESSION, "2005-01-01");
            TreatyAction again = act(UNTOC, ACCESSION, "2012-01-01");
            assertValid(act(TIP, ACCESSION, "2013-01-01"), UNTOC_SIG, UNTOC_RAT, tip, den, again);
        }
    }

    @Nested
    class Notifications {

        @Test
        void notificationsNeedText() {
            TreatyAction blank = new TreatyAction(null, ISO, UNTOC, RESERVATION, d("2002-08-21"), "  ");
            DomainException e = rejection(blank, List.of(UNTOC_SIG, UNTOC_RAT));
            assertThat(e.messageKey()).isEqualTo(TreatyRules.NOTIFICATION_TEXT_REQUIRED);
            assertThat(e.args()).containsExactly(RESERVATION);
            assertValid(note(UNTOC, RESERVATION, "2002-08-21"), UNTOC_SIG, UNTOC_RAT);
        }

        @Test
        void declarationsReservationsAndObjectionsNeedASignatureOrInstrument() {
            for (ActionKind k : List.of(DECLARATION, RESERVATION, OBJECTION)) {
                assertValid(note(UNTOC, k, "2000-12-12"), UNTOC_SIG);
                assertValid(note(UNTOC, k, "2014-09-25"), act(UNTOC, ACCESSION, "2014-09-25"));
                assertKey(note(UNTOC, k, "2000-12-11"), TreatyRules.NOTIFICATION_NEEDS_INSTRUMENT, UNTOC_SIG);
                assertKey(note(TIP, k, "2005-01-01"), TreatyRules.NOTIFICATION_NEEDS_INSTRUMENT, UNTOC_SIG, UNTOC_RAT);
            }
        }

        @Test
        void withdrawalNeedsAReservation() {
            TreatyAction reservation = note(UNTOC, RESERVATION, "2002-08-21");
            assertValid(note(UNTOC, WITHDRAWAL_OF_RESERVATION, "2010-01-01"), UNTOC_SIG, UNTOC_RAT, reservation);
            assertKey(note(UNTOC, WITHDRAWAL_OF_RESERVATION, "2010-01-01"), TreatyRules.WITHDRAWAL_NEEDS_RESERVATION,
                    UNTOC_SIG, UNTOC_RAT);
            assertKey(note(UNTOC, WITHDRAWAL_OF_RESERVATION, "2002-08-20"), TreatyRules.WITHDRAWAL_NEEDS_RESERVATION,
                    UNTOC_SIG, UNTOC_RAT, reservation);
        }

        @Test
        void denunciationNeedsBeingParty() {
            assertValid(note(UNTOC, DENUNCIATION, "2010-01-01"), UNTOC_SIG, UNTOC_RAT);
            assertKey(note(UNTOC, DENUNCIATION, "2010-01-01"), TreatyRules.DENUNCIATION_NEEDS_PARTY, UNTOC_SIG);
            assertKey(note(UNTOC, DENUNCIATION, "2002-08-20"), TreatyRules.DENUNCIATION_NEEDS_PARTY, UNTOC_SIG, UNTOC_RAT);
            assertKey(note(UNTOC, DENUNCIATION, "2012-01-01"), TreatyRules.DENUNCIATION_NEEDS_PARTY,
                    UNTOC_SIG, UNTOC_RAT, note(UNTOC, DENUNCIATION, "2010-01-01"));
        }
    }

    @Nested
    class Violations {

        @Test
        void listsEveryViolationMostBasicFirst() {
            TreatyAction candidate = new TreatyAction(null, ISO, TIP, DENUNCIATION, d("2030-01-01"), null);
            assertThat(TreatyRules.violations(candidate, List.of(), TODAY)).extracting(DomainException::messageKey)
                    .containsExactly(TreatyRules.NOTIFICATION_TEXT_REQUIRED, TreatyRules.FUTURE_DATE,
                            TreatyRules.DENUNCIATION_NEEDS_PARTY);
            assertThat(TreatyRules.violations(act(UNTOC, SIGNATURE, "2000-12-12"), List.of(), TODAY)).isEmpty();
        }
    }

    @Nested
    class Removal {

        private final TreatyAction tipSig = act(TIP, SIGNATURE, "2000-12-12");
        private final TreatyAction tipRat = act(TIP, RATIFICATION, "2002-08-21");

        @Test
        void removingTheConventionInstrumentUnderAProtocolIsRejected() {
            DomainException e = catchRemoval(UNTOC_RAT, List.of(UNTOC_SIG, tipSig, tipRat));
            assertThat(e.messageKey()).isEqualTo(TreatyRules.DELETE_BREAKS_PROTOCOL);
            assertThat(e.args()).containsExactly(TIP, d("2002-08-21"));
        }

        @Test
        void removingASignatureARatificationRestsOnIsRejected() {
            DomainException e = catchRemoval(UNTOC_SIG, List.of(UNTOC_RAT));
            assertThat(e.messageKey()).isEqualTo(TreatyRules.DELETE_BREAKS_DEPENDENT);
            assertThat(e.args()).containsExactly(RATIFICATION, UNTOC, d("2002-08-21"));
        }

        @Test
        void removingADenunciationThatAllowedARenewedInstrumentIsRejected() {
            TreatyAction den = note(UNTOC, DENUNCIATION, "2010-01-01");
            TreatyAction again = act(UNTOC, ACCESSION, "2012-01-01");
            assertThat(catchRemoval(den, List.of(UNTOC_SIG, UNTOC_RAT, again)).messageKey())
                    .isEqualTo(TreatyRules.DELETE_BREAKS_DEPENDENT);
        }

        @Test
        void removingIndependentActionsIsAllowed() {
            assertThatCode(() -> TreatyRules.checkRemoval(tipRat, List.of(UNTOC_SIG, UNTOC_RAT, tipSig)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> TreatyRules.checkRemoval(tipSig, List.of(UNTOC_SIG, UNTOC_RAT)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> TreatyRules.checkRemoval(UNTOC_RAT, List.of(UNTOC_SIG, tipSig)))
                    .doesNotThrowAnyException();
        }

        @Test
        void problemsThatExistedBeforeDoNotBlockARemoval() {
            TreatyAction unsignedRatification = act(TIP, RATIFICATION, "2010-02-17");
            TreatyAction reservation = note(UNTOC, RESERVATION, "2002-08-21");
            assertThatCode(() -> TreatyRules.checkRemoval(reservation,
                    List.of(UNTOC_SIG, UNTOC_RAT, unsignedRatification))).doesNotThrowAnyException();
        }

        private DomainException catchRemoval(TreatyAction removed, List<TreatyAction> remaining) {
            try {
                TreatyRules.checkRemoval(removed, remaining);
            } catch (DomainException e) {
                return e;
            }
            throw new AssertionError("expected removal of " + removed + " to be rejected");
        }
    }

    @Nested
    class EntryIntoForce {

        @Test
        void depositBeforeTheConventionEnteredIntoForce() {
            assertThat(TreatyRules.entryIntoForce(Treaties.of(UNTOC), d("2002-08-21"))).isEqualTo(d("2003-09-29"));
        }

        @Test
        void thirtiethDayAfterDeposit() {
            assertThat(TreatyRules.entryIntoForce(Treaties.of(UNTOC), d("2014-08-12"))).isEqualTo(d("2014-09-11"));
            assertThat(TreatyRules.entryIntoForce(Treaties.of(UNTOC), d("2003-08-30"))).isEqualTo(d("2003-09-29"));
            assertThat(TreatyRules.entryIntoForce(Treaties.of(UNTOC), d("2003-08-31"))).isEqualTo(d("2003-09-30"));
        }

        @Test
        void aProtocolNotBeforeItsOwnEntryIntoForce() {
            assertThat(TreatyRules.entryIntoForce(Treaties.of(TIP), d("2003-09-29"))).isEqualTo(d("2003-12-25"));
            assertThat(TreatyRules.entryIntoForce(Treaties.of(FIREARMS), d("2004-03-18"))).isEqualTo(d("2005-07-03"));
            assertThat(TreatyRules.entryIntoForce(Treaties.of(SOM), d("2004-01-29"))).isEqualTo(d("2004-02-28"));
        }
    }
}
