package org.tiptracker.treaty;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of treaty action recorded by the depositary: a signature, the deposit of an
 * instrument that makes the participant a party, or a later notification.
 */
public enum ActionKind {
    SIGNATURE,
    RATIFICATION,
    ACCEPTANCE,
    APPROVAL,
    ACCESSION,
    SUCCESSION,
    DECLARATION,
    RESERVATION,
    OBJECTION,
    WITHDRAWAL_OF_RESERVATION,
    DENUNCIATION;

    /** Whether this is the deposit of an instrument of consent to be bound (ratification to succession). */
    public boolean isInstrument() {
        return compareTo(RATIFICATION) >= 0 && compareTo(SUCCESSION) <= 0;
    }

    /** Whether this is a notification (declaration to denunciation). */
    public boolean isNotification() {
        return compareTo(DECLARATION) >= 0;
    }

    /** Whether the instrument is one that confirms an earlier signature (ratification, acceptance, approval). */
    public boolean confirmsSignature() {
        return this == RATIFICATION || this == ACCEPTANCE || this == APPROVAL;
    }

    /**
     * The marker the UN Treaty Collection prints after the date: none for ratification,
     * "A" acceptance, "AA" approval, "a" accession, "d" succession; empty for all other kinds.
     */
    public String marker() {
        return switch (this) {
            case ACCEPTANCE -> "A";
            case APPROVAL -> "AA";
            case ACCESSION -> "a";
            case SUCCESSION -> "d";
            default -> "";
        };
    }

    /**
     * The instrument kind for a UNTC marker (case-sensitive; blanks around it ignored).
     * An empty marker means ratification; null or an unknown marker gives empty.
     */
    public static Optional<ActionKind> fromMarker(String marker) {
        if (marker == null) {
            return Optional.empty();
        }
        return switch (marker.strip()) {
            case "" -> Optional.of(RATIFICATION);
            case "A" -> Optional.of(ACCEPTANCE);
            case "AA" -> Optional.of(APPROVAL);
            case "a" -> Optional.of(ACCESSION);
            case "d" -> Optional.of(SUCCESSION);
            default -> Optional.empty();
        };
    }

    /** Parses a kind by name, case-insensitively (e.g. "ratification"); empty for null or unknown text. */
    public static Optional<ActionKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (ActionKind k : values()) {
            if (k.name().equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
