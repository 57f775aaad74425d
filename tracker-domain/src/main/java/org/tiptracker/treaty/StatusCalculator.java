package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable snapshot of all treaty actions that answers status questions as of any date.
 * Everything is derived once in the constructor; lookups are cheap.
 * <p>
 * Definitions:
 * <ul>
 * <li><b>party</b> as of a date: an instrument deposited on or before that date and not ended by a
 * denunciation dated on or before it. A denunciation counts from the date recorded for it (not from
 * the later date on which it takes effect under UNTOC art. 40); a denunciation of the Convention also
 * ends party status under its Protocols (art. 40(3)).</li>
 * <li><b>signatory</b>: signed on or before the date and not party then (this includes a participant
 * whose instrument was deposited after the date, and one that signed and later denounced).
 * {@link #signedCount} counts everybody who had signed, party or not.</li>
 * </ul>
 */
public final class StatusCalculator {

    private static final Comparator<TreatyAction> ACTION_ORDER = Comparator.comparing(TreatyAction::date)
            .thenComparing(TreatyAction::treaty)
            .thenComparing(TreatyAction::kind)
            .thenComparing(TreatyAction::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Comparator<PartyChange> CHANGE_ORDER = Comparator.comparing(PartyChange::date)
            .thenComparing(PartyChange::iso3)
            .thenComparing(PartyChange::kind);

    /** What is known of one participant and one treaty. */
    private record Standing(LocalDate signature, List<Bindings.Period> periods) {
    }

    /** Per treaty: sorted change dates with the party count after each. */
    private record Series(LocalDate[] dates, long[] counts) {
        long countOn(LocalDate d) {
            int i = Arrays.binarySearch(dates, d);
            int idx = i >= 0 ? i : -i - 2;
            return idx < 0 ? 0 : counts[idx];
        }
    }

    private final Map<String, List<TreatyAction>> actionsByParticipant = new HashMap<>();
    private final Map<TreatyCode, Map<String, Standing>> standings = new EnumMap<>(TreatyCode.class);
    private final Map<TreatyCode, Series> partySeries = new EnumMap<>(TreatyCode.class);
    private final Map<TreatyCode, LocalDate[]> signatureDates = new EnumMap<>(TreatyCode.class);
    private final Map<TreatyCode, List<PartyChange>> starts = new EnumMap<>(TreatyCode.class);
    private final Map<TreatyCode, List<PartyChange>> allChanges = new EnumMap<>(TreatyCode.class);

    public StatusCalculator(Collection<TreatyAction> allActions) {
        Objects.requireNonNull(allActions, "allActions");
        Map<String, List<TreatyAction>> grouped = new HashMap<>();
        for (TreatyAction a : allActions) {
            grouped.computeIfAbsent(Objects.requireNonNull(a, "action").iso3(), k -> new ArrayList<>()).add(a);
        }
        grouped.forEach((iso3, list) -> {
            list.sort(ACTION_ORDER);
            actionsByParticipant.put(iso3, List.copyOf(list));
        });
        for (TreatyCode t : TreatyCode.values()) {
            index(t);
        }
    }

    private void index(TreatyCode t) {
        Map<String, Standing> byIso = new HashMap<>();
        List<PartyChange> startList = new ArrayList<>();
        List<PartyChange> changeList = new ArrayList<>();
        List<LocalDate> sigDates = new ArrayList<>();
        TreeMap<LocalDate, Long> deltas = new TreeMap<>();
        for (Map.Entry<String, List<TreatyAction>> e : actionsByParticipant.entrySet()) {
            String iso3 = e.getKey();
            LocalDate signature = e.getValue().stream()
                    .filter(a -> a.treaty() == t && a.kind() == ActionKind.SIGNATURE)
                    .map(TreatyAction::date).min(Comparator.naturalOrder()).orElse(null);
            List<Bindings.Period> periods = Bindings.periods(e.getValue(), t);
            if (signature == null && periods.isEmpty()) {
                continue;
            }
            byIso.put(iso3, new Standing(signature, List.copyOf(periods)));
            if (signature != null) {
                sigDates.add(signature);
                changeList.add(new PartyChange(iso3, t, ActionKind.SIGNATURE, signature));
            }
            for (Bindings.Period p : periods) {
                PartyChange start = new PartyChange(iso3, t, p.start().kind(), p.start().date());
                startList.add(start);
                changeList.add(start);
                deltas.merge(p.start().date(), 1L, Long::sum);
                if (p.end() != null) {
                    changeList.add(new PartyChange(iso3, t, ActionKind.DENUNCIATION, p.end()));
                    deltas.merge(p.end(), -1L, Long::sum);
                }
            }
        }
        startList.sort(CHANGE_ORDER);
        changeList.sort(CHANGE_ORDER);
        LocalDate[] dates = new LocalDate[deltas.size()];
        long[] counts = new long[deltas.size()];
        long running = 0;
        int i = 0;
        for (Map.Entry<LocalDate, Long> d : deltas.entrySet()) {
            running += d.getValue();
            dates[i] = d.getKey();
            counts[i++] = running;
        }
        LocalDate[] sigs = sigDates.toArray(new LocalDate[0]);
        Arrays.sort(sigs);
        standings.put(t, byIso);
        partySeries.put(t, new Series(dates, counts));
        signatureDates.put(t, sigs);
        starts.put(t, List.copyOf(startList));
        allChanges.put(t, List.copyOf(changeList));
    }

    /** The participant's status towards the treaty as of {@code asOf}. */
    public ParticipantTreatyStatus status(String iso3, TreatyCode treaty, LocalDate asOf) {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(asOf, "asOf");
        Standing s = standings.get(treaty).get(iso3);
        if (s == null) {
            return new ParticipantTreatyStatus(iso3, treaty, StatusKind.NONE, null, null, null, null);
        }
        LocalDate signature = s.signature() != null && !s.signature().isAfter(asOf) ? s.signature() : null;
        Bindings.Period p = periodOn(s, asOf);
        if (p != null) {
            LocalDate deposit = p.start().date();
            return new ParticipantTreatyStatus(iso3, treaty, StatusKind.PARTY, signature, deposit,
                    p.start().kind(), TreatyRules.entryIntoForce(Treaties.of(treaty), deposit));
        }
        StatusKind kind = signature != null ? StatusKind.SIGNATORY : StatusKind.NONE;
        return new ParticipantTreatyStatus(iso3, treaty, kind, signature, null, null, null);
    }

    private static Bindings.Period periodOn(Standing s, LocalDate asOf) {
        for (Bindings.Period p : s.periods()) {
            if (!p.start().date().isAfter(asOf) && (p.end() == null || asOf.isBefore(p.end()))) {
                return p;
            }
        }
        return null;
    }

    /** Number of parties as of the date (regional organizations included, as the UNTC counts them). */
    public long partyCount(TreatyCode t, LocalDate asOf) {
        return partySeries.get(Objects.requireNonNull(t, "treaty")).countOn(Objects.requireNonNull(asOf, "asOf"));
    }

    /** Number of participants that had signed by the date and were not party then. */
    public long signatoryCount(TreatyCode t, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        long n = 0;
        for (Standing s : standings.get(Objects.requireNonNull(t, "treaty")).values()) {
            if (s.signature() != null && !s.signature().isAfter(asOf) && periodOn(s, asOf) == null) {
                n++;
            }
        }
        return n;
    }

    /** Number of participants that had signed by the date, whether party or not. */
    public long signedCount(TreatyCode t, LocalDate asOf) {
        LocalDate[] sigs = signatureDates.get(Objects.requireNonNull(t, "treaty"));
        Objects.requireNonNull(asOf, "asOf");
        int i = Arrays.binarySearch(sigs, asOf);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < sigs.length && sigs[i + 1].equals(asOf)) {
            i++;
        }
        return i + 1;
    }

    /**
     * Participants that became parties in the period (both ends inclusive), by deposit date and then
     * code; the change's kind is the instrument's kind.
     */
    public List<PartyChange> becameParties(TreatyCode t, LocalDate fromInclusive, LocalDate toInclusive) {
        return between(starts.get(Objects.requireNonNull(t, "treaty")), fromInclusive, toInclusive);
    }

    /**
     * Signatures, new parties and ended party status (kind {@link ActionKind#DENUNCIATION}, also when
     * caused by a denunciation of the Convention) in the period, both ends inclusive, chronological.
     */
    public List<PartyChange> changes(TreatyCode t, LocalDate from, LocalDate to) {
        return between(allChanges.get(Objects.requireNonNull(t, "treaty")), from, to);
    }

    private static List<PartyChange> between(List<PartyChange> sorted, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
        return sorted.stream().filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to)).toList();
    }

    /**
     * The party count as a step series: one entry per date on which the count changed, with the count
     * from that date on.
     */
    public List<Map.Entry<LocalDate, Long>> cumulativeParties(TreatyCode t) {
        Series s = partySeries.get(Objects.requireNonNull(t, "treaty"));
        List<Map.Entry<LocalDate, Long>> out = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < s.dates().length; i++) {
            if (s.counts()[i] != previous) {
                out.add(Map.entry(s.dates()[i], s.counts()[i]));
                previous = s.counts()[i];
            }
        }
        return List.copyOf(out);
    }

    /** All actions of the participant on all treaties, by date (then treaty and kind). */
    public List<TreatyAction> actionsOf(String iso3) {
        return actionsByParticipant.getOrDefault(iso3, List.of());
    }
}
