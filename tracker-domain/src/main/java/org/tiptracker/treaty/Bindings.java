package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * When a participant is bound by a treaty, derived from its actions. A participant is bound on a
 * day if it deposited an instrument on or before that day and no ending event falls between the
 * deposit and that day (inclusive). Ending events are denunciations of the treaty and, for a
 * Protocol, denunciations of the Convention (UNTOC art. 40(3)). A denunciation counts from the
 * date recorded for it.
 */
final class Bindings {

    /** A period of being a party; {@code end} exclusive, null if still running. */
    record Period(TreatyAction start, LocalDate end, TreatyAction endedBy) {
    }

    private static final Comparator<TreatyAction> CHRONOLOGICAL =
            Comparator.comparing(TreatyAction::date)
                    .thenComparing(a -> a.kind() == ActionKind.DENUNCIATION ? 1 : 0);

    private Bindings() {
    }

    static boolean endsBinding(TreatyAction a, TreatyCode treaty) {
        return a.kind() == ActionKind.DENUNCIATION
                && (a.treaty() == treaty || (a.treaty() == TreatyCode.UNTOC && Treaties.of(treaty).isProtocol()));
    }

    /** The instrument that binds the participant on {@code d}, or null. */
    static TreatyAction bindingInstrument(Collection<TreatyAction> actions, TreatyCode treaty, LocalDate d) {
        TreatyAction best = null;
        for (TreatyAction i : actions) {
            if (i.treaty() != treaty || !i.kind().isInstrument() || i.date().isAfter(d)) {
                continue;
            }
            if (firstEndBetween(actions, treaty, i.date(), d) == null
                    && (best == null || i.date().isAfter(best.date()))) {
                best = i;
            }
        }
        return best;
    }

    static boolean boundOn(Collection<TreatyAction> actions, TreatyCode treaty, LocalDate d) {
        return bindingInstrument(actions, treaty, d) != null;
    }

    /** The earliest ending event of {@code treaty} dated within [from, to], or null. */
    static TreatyAction firstEndBetween(Collection<TreatyAction> actions, TreatyCode treaty,
                                        LocalDate from, LocalDate to) {
        TreatyAction first = null;
        for (TreatyAction e : actions) {
            if (endsBinding(e, treaty) && !e.date().isBefore(from) && !e.date().isAfter(to)
                    && (first == null || e.date().isBefore(first.date()))) {
                first = e;
            }
        }
        return first;
    }

    /**
     * The periods in which the participant was a party, from the actions of one participant
     * (any treaties). Instruments deposited while already bound are ignored; a period ended on
     * the day it began is dropped.
     */
    static List<Period> periods(Collection<TreatyAction> actions, TreatyCode treaty) {
        List<TreatyAction> events = new ArrayList<>();
        for (TreatyAction a : actions) {
            if ((a.treaty() == treaty && a.kind().isInstrument()) || endsBinding(a, treaty)) {
                events.add(a);
            }
        }
        events.sort(CHRONOLOGICAL);
        List<Period> periods = new ArrayList<>();
        TreatyAction start = null;
        for (TreatyAction e : events) {
            if (e.kind().isInstrument()) {
                if (start == null) {
                    start = e;
                }
            } else if (start != null) {
                if (start.date().isBefore(e.date())) {
                    periods.add(new Period(start, e.date(), e));
                }
                start = null;
            }
        }
        if (start != null) {
            periods.add(new Period(start, null, null));
        }
        return periods;
    }
}
