package org.tiptracker.reporting;

import java.time.LocalDate;

/**
 * The answers counted on a date beside those counted to this day: the report's sentence names those
 * accepted (or submitted) on or before {@code asOf}, the tiles count every answer so far. The
 * difference is the answers that came after the date ({@link #after()}), or none when the date is
 * today or later. Refused when more answers are counted by the date than to this day.
 */
public record DatedAnswers(LocalDate asOf, long byDate, long toDate) {

    public DatedAnswers {
        if (asOf == null) {
            throw new IllegalArgumentException("no date");
        }
        if (byDate < 0 || byDate > toDate) {
            throw new IllegalArgumentException(byDate + " answers by " + asOf + " but " + toDate + " to date");
        }
    }

    /** Answers counted to date that came after {@code asOf}. */
    public long after() {
        return toDate - byDate;
    }

    /** Whether the two counts differ, so that a page must say why. */
    public boolean differ() {
        return after() != 0;
    }
}
