package org.tiptracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.tiptracker.common.DomainException;

/** Dates in query strings: strict ISO {@code YYYY-MM-DD}, real calendar dates, in a sane range. */
public final class RequestDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private RequestDates() {
    }

    /** The parsed date, or {@code fallback} when the parameter is absent or empty. */
    public static LocalDate parse(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        // Either kind of digits: ٢٠١٦-٠٥-٣٠ is 2016-05-30.
        String trimmed = org.tiptracker.arabic.UnArabic.westernDigits(value.trim());
        if (trimmed.length() > 10) {
            throw new DomainException("input.date.invalid", new ParameterName(name), abbreviate(trimmed));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(trimmed, ISO);
        } catch (DateTimeParseException e) {
            throw new DomainException("input.date.invalid", new ParameterName(name), abbreviate(trimmed));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DomainException("input.date.outOfRange", new ParameterName(name), trimmed);
        }
        return date;
    }

    /** Checks that a period runs forward. */
    public static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("input.period.reversed", from.toString(), to.toString());
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
