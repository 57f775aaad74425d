package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action of a participant on a treaty, dated as the depositary records it
 * (for instruments: the date of deposit, not of entry into force).
 *
 * @param id     database id; {@code null} before saving
 * @param iso3   the participant
 * @param treaty the treaty
 * @param kind   what was done
 * @param date   date of the action
 * @param text   text of a notification (declaration, reservation...); may be null otherwise
 */
public record TreatyAction(Long id, String iso3, TreatyCode treaty, ActionKind kind, LocalDate date, String text) {

    public TreatyAction {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    /** An unsaved action without text. */
    public static TreatyAction of(String iso3, TreatyCode treaty, ActionKind kind, LocalDate date) {
        return new TreatyAction(null, iso3, treaty, kind, date, null);
    }
}
