package org.tiptracker.arabic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A name with a date, such as a State and the day it became a party:
 * {@code سيراليون (١٢ آب/أغسطس ٢٠١٤)}.
 */
public record NamedDate(String name, LocalDate date) {

    /** Validates that both parts are present. */
    public NamedDate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
    }
}
