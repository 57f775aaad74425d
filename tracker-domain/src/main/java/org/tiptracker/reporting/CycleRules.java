package org.tiptracker.reporting;

import java.time.LocalDate;

import org.tiptracker.common.DomainException;

/**
 * What a reporting cycle must have, whatever is stored: its four texts (titles, note verbale,
 * mandate) and three dates, the period in order and the deadline not before the period starts.
 * Who is asked, and whether they already answered, needs the records and is checked where they are.
 */
public final class CycleRules {

    private CycleRules() {
    }

    /** The text of {@code field} ({@code titleAr}, {@code titleEn}, {@code noteReference}, {@code resolution}); refused when empty. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.onField(field, "cycle." + field + ".required");
        }
        return value;
    }

    /** The period covered and the deadline: all three given, the period in order, the deadline not before the period. */
    public static void dates(LocalDate periodStart, LocalDate periodEnd, LocalDate deadline) {
        if (periodStart == null || periodEnd == null || deadline == null) {
            throw new DomainException("cycle.dates.required");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw DomainException.onField("periodEnd", "cycle.period.order");
        }
        if (deadline.isBefore(periodStart)) {
            throw DomainException.onField("deadline", "cycle.deadline.beforePeriod");
        }
    }

    /** The status a cycle is saved with: a draft when none is given. */
    public static CycleStatus status(CycleStatus status) {
        return status == null ? CycleStatus.DRAFT : status;
    }
}
