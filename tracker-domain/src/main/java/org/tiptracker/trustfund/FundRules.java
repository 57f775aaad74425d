package org.tiptracker.trustfund;

import java.time.LocalDate;

import org.tiptracker.common.DomainException;

/**
 * The Trust Fund's rules that need no stored record: dates within the fund's years, a call's year,
 * a period that does not end before it starts, what each record must name. Each refusal's key
 * names its field ({@code trustfund.<field>.<rule>}).
 */
public final class FundRules {

    /**
     * The day the fund was established: the Global Plan of Action, adopted by the General Assembly
     * in resolution 64/293 on 30 July 2010 (seed 001, para. 59), established it (para. 79). Its years
     * of operation to a date, over which the yearly average is taken, run from this day.
     */
    public static final LocalDate ESTABLISHED = LocalDate.of(2010, 7, 30);

    /** The earliest and the latest date a record of the fund may carry. */
    public static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private FundRules() {
    }

    /** Refuses a missing value with {@code requiredKey}; returns it otherwise. */
    public static <T> T required(T value, String requiredKey) {
        if (value == null) {
            throw new DomainException(requiredKey);
        }
        return value;
    }

    /** A date the record must have ({@code requiredKey} when absent), within the fund's years ({@code rangeKey}). */
    public static LocalDate date(LocalDate date, String requiredKey, String rangeKey) {
        required(date, requiredKey);
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DomainException(rangeKey, EARLIEST, LATEST);
        }
        return date;
    }

    /** A date the record may leave out; when given, within the fund's years. */
    public static LocalDate optionalDate(LocalDate date, String rangeKey) {
        return date == null ? null : date(date, null, rangeKey);
    }

    /** A period whose two ends, when both are known, are in order ({@code key} otherwise). */
    public static void inOrder(LocalDate start, LocalDate end, String key) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainException(key);
        }
    }

    /** A call's year: required, within the fund's years. */
    public static int callYear(Integer year) {
        required(year, "trustfund.year.required");
        if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
            throw new DomainException("trustfund.year.range", EARLIEST.getYear(), LATEST.getYear());
        }
        return year;
    }

    /** An expenditure of the kind {@code OTHER} says what it was. */
    public static void described(ExpenditureKind kind, String description) {
        if (kind == ExpenditureKind.OTHER && description == null) {
            throw new DomainException("trustfund.description.required");
        }
    }
}
