package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state or organization that takes treaty actions.
 *
 * @param iso3   ISO 3166-1 alpha-3 code (for the European Union the placeholder {@code EUU})
 * @param m49    UN M49 code, three digits; {@code null} where none exists (European Union)
 * @param kind   state, observer state or regional organization
 * @param region English M49 region key, e.g. {@code Africa}; {@code null} where none applies
 * @param names  the current name and any former ones; periods must not overlap.
 *               Stored ordered by start of validity.
 */
public record Participant(String iso3, String m49, ParticipantKind kind, String region, List<ParticipantName> names) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern M49 = Pattern.compile("\\d{3}");
    private static final Comparator<ParticipantName> BY_START =
            Comparator.comparing(ParticipantName::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Participant {
        if (iso3 == null || !ISO3.matcher(iso3).matches()) {
            throw new IllegalArgumentException("iso3 must be three upper-case letters: " + iso3);
        }
        if (m49 != null && !M49.matcher(m49).matches()) {
            throw new IllegalArgumentException("m49 must be three digits: " + m49);
        }
        Objects.requireNonNull(kind, "kind");
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("participant " + iso3 + " needs at least one name");
        }
        List<ParticipantName> sorted = new ArrayList<>(names);
        sorted.forEach(n -> Objects.requireNonNull(n, "name"));
        sorted.sort(BY_START);
        for (int i = 1; i < sorted.size(); i++) {
            ParticipantName a = sorted.get(i - 1);
            ParticipantName b = sorted.get(i);
            if (a.validUntil() == null || b.validFrom() == null || b.validFrom().isBefore(a.validUntil())) {
                throw new IllegalArgumentException("overlapping name periods for " + iso3 + ": "
                        + a.nameEn() + " and " + b.nameEn());
            }
        }
        names = List.copyOf(sorted);
    }

    /** A participant with a single name that has always been valid. */
    public static Participant of(String iso3, String m49, ParticipantKind kind, String region,
                                 String nameAr, String nameEn) {
        return new Participant(iso3, m49, kind, region, List.of(new ParticipantName(nameAr, nameEn, null, null)));
    }

    /**
     * The name in use on {@code d}. If no name covers {@code d} (a gap, or a date after the last
     * name expired) the most recent name started by then is returned; before all names, the earliest.
     */
    public ParticipantName nameOn(LocalDate d) {
        Objects.requireNonNull(d, "date");
        ParticipantName started = null;
        for (ParticipantName n : names) {
            if (n.validOn(d)) {
                return n;
            }
            if (n.validFrom() == null || !n.validFrom().isAfter(d)) {
                started = n;
            }
        }
        return started != null ? started : names.get(0);
    }

    /** The open-ended name, or else the latest one. */
    public ParticipantName currentName() {
        for (ParticipantName n : names) {
            if (n.validUntil() == null) {
                return n;
            }
        }
        return names.get(names.size() - 1);
    }
}
