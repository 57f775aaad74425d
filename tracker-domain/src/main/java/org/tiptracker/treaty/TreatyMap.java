package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who stood where towards one treaty on a date, participant by participant, as the map draws it:
 * each participant named as on the date, its status (party, signatory only, none) and the action
 * behind it (the instrument and its deposit date for a party, the signature for a signatory).
 * The counts are the status page's: they come from the same {@link StatusCalculator}.
 *
 * @param rows   every participant, in the order given
 * @param counts participants per status (every status present, zero included)
 */
public record TreatyMap(TreatyCode treaty, LocalDate asOf, List<Row> rows, Map<StatusKind, Integer> counts) {

    /**
     * One participant on the date.
     *
     * @param m49    its UN M49 code (ISO 3166 numeric), null for the European Union
     * @param action the instrument that made it a party (null for a signatory or none)
     * @param date   the instrument's deposit date for a party, the signature's date for a signatory, else null
     */
    public record Row(String iso3, String m49, String nameAr, String nameEn, StatusKind status, ActionKind action,
                      LocalDate date) {
    }

    public TreatyMap {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }

    public static TreatyMap of(List<Participant> participants, StatusCalculator calculator, TreatyCode treaty,
                               LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        Map<StatusKind, Integer> counts = new EnumMap<>(StatusKind.class);
        for (StatusKind kind : StatusKind.values()) {
            counts.put(kind, 0);
        }
        for (Participant p : participants) {
            ParticipantTreatyStatus status = calculator.status(p.iso3(), treaty, asOf);
            ParticipantName name = p.nameOn(asOf);
            LocalDate date = switch (status.kind()) {
                case PARTY -> status.instrumentDate();
                case SIGNATORY -> status.signature();
                case NONE -> null;
            };
            rows.add(new Row(p.iso3(), p.m49(), name.nameAr(), name.nameEn(), status.kind(),
                    status.kind() == StatusKind.PARTY ? status.instrumentKind() : null, date));
            counts.merge(status.kind(), 1, Integer::sum);
        }
        return new TreatyMap(treaty, asOf, rows, counts);
    }

    public int count(StatusKind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
