package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One official short name of a participant and the period in which it was used.
 *
 * @param nameAr     UN Arabic short name
 * @param nameEn     UN English short name
 * @param validFrom  first day of use, inclusive; {@code null} = since always
 * @param validUntil first day it is no longer used (exclusive); {@code null} = still valid
 */
public record ParticipantName(String nameAr, String nameEn, LocalDate validFrom, LocalDate validUntil) {

    public ParticipantName {
        if (nameAr == null || nameAr.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("a participant name needs Arabic and English text");
        }
        if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("empty validity period " + validFrom + " .. " + validUntil);
        }
    }

    /** A name valid from {@code validFrom} onwards (or always, if null). */
    public static ParticipantName since(String nameAr, String nameEn, LocalDate validFrom) {
        return new ParticipantName(nameAr, nameEn, validFrom, null);
    }

    /** Whether this name is the one in use on {@code d}. */
    public boolean validOn(LocalDate d) {
        Objects.requireNonNull(d, "date");
        return (validFrom == null || !d.isBefore(validFrom)) && (validUntil == null || d.isBefore(validUntil));
    }
}
