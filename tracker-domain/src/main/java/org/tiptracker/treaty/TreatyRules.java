package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tiptracker.common.DomainException;

/**
 * The rules a treaty action must satisfy, checked against the participant's other actions on all
 * four treaties. Violations are reported as {@link DomainException}s with the keys below; each
 * key's arguments are listed with it.
 * <p>
 * Dates compare inclusively: a Protocol instrument deposited on the same day as the Convention
 * instrument is valid, and so is a ratification on the day of signature.
 */
public final class TreatyRules {

    /** The action is dated after today. Args: date, today. */
    public static final String FUTURE_DATE = "treaty.rule.future-date";
    /** The action is dated before the treaty was adopted. Args: treaty, date, adoption date. */
    public static final String BEFORE_ADOPTION = "treaty.rule.before-adoption";
    /** A signature after the treaty was closed for signature. Args: treaty, date, deadline. */
    public static final String SIGNATURE_CLOSED = "treaty.rule.signature-closed";
    /** A second signature of the same treaty. Args: treaty, date of the existing signature. */
    public static final String SIGNATURE_DUPLICATE = "treaty.rule.signature-duplicate";
    /**
     * An instrument (or a signature) while the participant is already bound, or an instrument that
     * would make a later instrument redundant. Args: treaty, date of the existing instrument.
     */
    public static final String ALREADY_BOUND = "treaty.rule.already-bound";
    /** Ratification, acceptance or approval without an earlier or same-day signature. Args: treaty, date. */
    public static final String NEEDS_SIGNATURE = "treaty.rule.needs-signature";
    /** A Protocol instrument while not party to the Convention on that date (UNTOC art. 37). Args: treaty, date. */
    public static final String NEEDS_CONVENTION = "treaty.rule.needs-convention";
    /** A declaration, reservation or objection without a signature or instrument on or before its date. Args: treaty, date. */
    public static final String NOTIFICATION_NEEDS_INSTRUMENT = "treaty.rule.notification-needs-instrument";
    /** A withdrawal of reservation without an earlier or same-day reservation. Args: treaty, date. */
    public static final String WITHDRAWAL_NEEDS_RESERVATION = "treaty.rule.withdrawal-needs-reservation";
    /** A denunciation while not party on that date. Args: treaty, date. */
    public static final String DENUNCIATION_NEEDS_PARTY = "treaty.rule.denunciation-needs-party";
    /** A notification without text. Args: action kind. */
    public static final String NOTIFICATION_TEXT_REQUIRED = "treaty.rule.notification-text-required";
    /** Removing a Convention instrument (or adding a gap) would leave a Protocol instrument without it. Args: treaty, date of the Protocol instrument. */
    public static final String DELETE_BREAKS_PROTOCOL = "treaty.rule.delete-breaks-protocol";
    /** Removing the action would invalidate another action. Args: kind, treaty, date of the dependent action. */
    public static final String DELETE_BREAKS_DEPENDENT = "treaty.rule.delete-breaks-dependent";

    /**
     * Rules that a user may knowingly override to record what the depositary recorded. The UN Treaty
     * Collection lists some ratifications without a signature (e.g. Antigua and Barbuda, Trafficking
     * Protocol, 17 February 2010; Bahamas, Firearms Protocol, 26 September 2008).
     */
    public static final Set<String> WAIVABLE = Set.of(NEEDS_SIGNATURE);

    private static final Set<String> RELATIONAL = Set.of(SIGNATURE_DUPLICATE, ALREADY_BOUND, NEEDS_SIGNATURE,
            NEEDS_CONVENTION, NOTIFICATION_NEEDS_INSTRUMENT, WITHDRAWAL_NEEDS_RESERVATION, DENUNCIATION_NEEDS_PARTY);

    private TreatyRules() {
    }

    /**
     * Checks a new or edited action and throws the first violation.
     *
     * @param candidate the action to record
     * @param otherActionsOfParticipant the participant's other actions on all treaties; when editing,
     *        without the edited action (an action with the candidate's non-null id is ignored, and so
     *        are actions of other participants)
     * @param today the current date
     * @throws DomainException for the first rule violated
     */
    public static void check(TreatyAction candidate, Collection<TreatyAction> otherActionsOfParticipant,
                             LocalDate today) {
        check(candidate, otherActionsOfParticipant, today, Set.of());
    }

    /**
     * As {@link #check(TreatyAction, Collection, LocalDate)}, but ignores the given rules, which must be
     * among {@link #WAIVABLE}. Meant for recording depositary data that departs from the usual rules
     * after the user has confirmed it.
     */
    public static void check(TreatyAction candidate, Collection<TreatyAction> otherActionsOfParticipant,
                             LocalDate today, Set<String> waived) {
        for (String key : waived) {
            if (!WAIVABLE.contains(key)) {
                throw new IllegalArgumentException("rule cannot be waived: " + key);
            }
        }
        for (DomainException v : violations(candidate, otherActionsOfParticipant, today)) {
            if (!waived.contains(v.messageKey())) {
                throw v;
            }
        }
    }

    /** All rules the candidate violates, most basic first (empty if it is valid). */
    public static List<DomainException> violations(TreatyAction candidate,
                                                   Collection<TreatyAction> otherActionsOfParticipant,
                                                   LocalDate today) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(today, "today");
        List<DomainException> out = new ArrayList<>();
        Treaty treaty = Treaties.of(candidate.treaty());
        LocalDate d = candidate.date();
        if (candidate.kind().isNotification() && (candidate.text() == null || candidate.text().isBlank())) {
            out.add(new DomainException(NOTIFICATION_TEXT_REQUIRED, candidate.kind()));
        }
        if (d.isAfter(today)) {
            out.add(new DomainException(FUTURE_DATE, d, today));
        }
        if (d.isBefore(treaty.adopted())) {
            out.add(new DomainException(BEFORE_ADOPTION, treaty.code(), d, treaty.adopted()));
        }
        if (candidate.kind() == ActionKind.SIGNATURE && d.isAfter(treaty.signatureDeadline())) {
            out.add(new DomainException(SIGNATURE_CLOSED, treaty.code(), d, treaty.signatureDeadline()));
        }
        out.addAll(relationalViolations(candidate, others(candidate, otherActionsOfParticipant)));
        return out;
    }

    /**
     * Checks that removing an action leaves the participant's remaining actions valid, e.g. that a
     * Convention instrument is not removed while Protocol instruments depend on it. Problems that
     * already existed before the removal are not reported.
     *
     * @param removed the action to remove
     * @param remaining the participant's actions without {@code removed}
     * @throws DomainException {@link #DELETE_BREAKS_PROTOCOL} or {@link #DELETE_BREAKS_DEPENDENT}
     */
    public static void checkRemoval(TreatyAction removed, Collection<TreatyAction> remaining) {
        Objects.requireNonNull(removed, "removed");
        List<TreatyAction> rest = others(removed, remaining);
        DomainException firstBroken = null;
        for (TreatyAction a : rest) {
            List<TreatyAction> after = new ArrayList<>(rest);
            after.remove(a);
            List<TreatyAction> before = new ArrayList<>(after);
            before.add(removed);
            Set<String> keysBefore = keys(relationalViolations(a, before));
            for (DomainException v : relationalViolations(a, after)) {
                if (keysBefore.contains(v.messageKey())) {
                    continue;
                }
                if (v.messageKey().equals(NEEDS_CONVENTION)) {
                    throw new DomainException(DELETE_BREAKS_PROTOCOL, a.treaty(), a.date());
                }
                if (firstBroken == null) {
                    firstBroken = new DomainException(DELETE_BREAKS_DEPENDENT, a.kind(), a.treaty(), a.date());
                }
            }
        }
        if (firstBroken != null) {
            throw firstBroken;
        }
    }

    /**
     * The date the treaty enters into force for a participant that deposited its instrument on
     * {@code deposit}: the thirtieth day after deposit (deposit + 30 days; UNTOC art. 38(2) and the
     * corresponding Protocol articles), but not before the treaty itself entered into force.
     */
    public static LocalDate entryIntoForce(Treaty treaty, LocalDate deposit) {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(deposit, "deposit");
        LocalDate thirtiethDay = deposit.plusDays(30);
        return thirtiethDay.isBefore(treaty.entryIntoForce()) ? treaty.entryIntoForce() : thirtiethDay;
    }

    private static List<TreatyAction> others(TreatyAction candidate, Collection<TreatyAction> actions) {
        List<TreatyAction> out = new ArrayList<>();
        if (actions == null) {
            return out;
        }
        for (TreatyAction a : actions) {
            if (a == null || !a.iso3().equals(candidate.iso3()) || a == candidate) {
                continue;
            }
            if (candidate.id() != null && candidate.id().equals(a.id())) {
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private static Set<String> keys(List<DomainException> violations) {
        return Set.copyOf(violations.stream().map(DomainException::messageKey).toList());
    }

    /** The rules that depend on the participant's other actions. */
    private static List<DomainException> relationalViolations(TreatyAction c, List<TreatyAction> others) {
        List<DomainException> out = new ArrayList<>();
        TreatyCode t = c.treaty();
        LocalDate d = c.date();
        ActionKind kind = c.kind();
        if (kind == ActionKind.SIGNATURE) {
            others.stream()
                    .filter(a -> a.treaty() == t && a.kind() == ActionKind.SIGNATURE)
                    .findFirst()
                    .ifPresent(s -> out.add(new DomainException(SIGNATURE_DUPLICATE, t, s.date())));
            TreatyAction binding = Bindings.bindingInstrument(others, t, d);
            if (binding != null) {
                out.add(new DomainException(ALREADY_BOUND, t, binding.date()));
            }
        } else if (kind.isInstrument()) {
            TreatyAction binding = Bindings.bindingInstrument(others, t, d);
            if (binding != null) {
                out.add(new DomainException(ALREADY_BOUND, t, binding.date()));
            } else {
                TreatyAction later = laterUnseparatedInstrument(others, t, d);
                if (later != null) {
                    out.add(new DomainException(ALREADY_BOUND, t, later.date()));
                }
            }
            if (kind.confirmsSignature() && others.stream().noneMatch(a -> a.treaty() == t
                    && a.kind() == ActionKind.SIGNATURE && !a.date().isAfter(d))) {
                out.add(new DomainException(NEEDS_SIGNATURE, t, d));
            }
            if (Treaties.of(t).isProtocol() && !Bindings.boundOn(others, TreatyCode.UNTOC, d)) {
                out.add(new DomainException(NEEDS_CONVENTION, t, d));
            }
        } else if (kind == ActionKind.DENUNCIATION) {
            if (!Bindings.boundOn(others, t, d)) {
                out.add(new DomainException(DENUNCIATION_NEEDS_PARTY, t, d));
            }
        } else if (kind == ActionKind.WITHDRAWAL_OF_RESERVATION) {
            if (others.stream().noneMatch(a -> a.treaty() == t && a.kind() == ActionKind.RESERVATION
                    && !a.date().isAfter(d))) {
                out.add(new DomainException(WITHDRAWAL_NEEDS_RESERVATION, t, d));
            }
        } else if (others.stream().noneMatch(a -> a.treaty() == t
                && (a.kind() == ActionKind.SIGNATURE || a.kind().isInstrument()) && !a.date().isAfter(d))) {
            out.add(new DomainException(NOTIFICATION_NEEDS_INSTRUMENT, t, d));
        }
        return out;
    }

    /** An instrument after {@code d} with no ending event from {@code d} up to its date, or null. */
    private static TreatyAction laterUnseparatedInstrument(List<TreatyAction> others, TreatyCode t, LocalDate d) {
        TreatyAction found = null;
        for (TreatyAction j : others) {
            if (j.treaty() == t && j.kind().isInstrument() && j.date().isAfter(d)
                    && Bindings.firstEndBetween(others, t, d, j.date()) == null
                    && (found == null || j.date().isBefore(found.date()))) {
                found = j;
            }
        }
        return found;
    }
}
