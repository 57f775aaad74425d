package org.tiptracker.arabic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A name with a date, such as a State and the day it became a party:
 * {@code سيراليون (١٢ آب/أغسطس ٢٠١٤)}.
 *
 * @param organization whether the name is that of a regional economic integration organization
 *                     (the European Union), which a sentence that counts States names apart
 *                     instead of counting it as a State
 */
public record NamedDate(String name, LocalDate date, boolean organization) {

    /** Validates that both parts are present. */
    public NamedDate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
    }

    /** A State (or other participant that is not an organization) with its date. */
    public NamedDate(String name, LocalDate date) {
        this(name, date, false);
    }

    /** A regional economic integration organization with its date. */
    public static NamedDate organization(String name, LocalDate date) {
        return new NamedDate(name, date, true);
    }
}
