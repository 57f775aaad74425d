package org.tiptracker.web;

import java.time.LocalDate;

import org.tiptracker.arabic.DateEntry;
import org.tiptracker.common.DomainException;

/** Dates in query strings: day/month/year or ISO {@code YYYY-MM-DD}, real calendar dates, in a sane range. */
public final class RequestDates {

    private static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private RequestDates() {
    }

    /**
     * The parsed date, or {@code fallback} when the parameter is absent or empty. Read as a date
     * field is typed ({@code 30/05/2016}, {@code ٣٠/٠٥/٢٠١٦}) or as ISO ({@code 2016-05-30}, the
     * form links and bookmarks carry): see {@link DateEntry}.
     */
    public static LocalDate parse(String name, String value, LocalDate fallback) {
        if (DateEntry.isBlank(value)) {
            return fallback;
        }
        String trimmed = value.strip();
        LocalDate date = DateEntry.parse(trimmed)
                .orElseThrow(() -> new DomainException("input.date.invalid", new ParameterName(name), abbreviate(trimmed)));
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
