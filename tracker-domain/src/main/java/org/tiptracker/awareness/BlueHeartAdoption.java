package org.tiptracker.awareness;

import java.time.LocalDate;

/**
 * A country's adoption of the Blue Heart campaign: its year when known, otherwise only a date by
 * which a document says it had adopted the campaign. At least one of the two is given.
 */
public record BlueHeartAdoption(Integer year, LocalDate knownBy) {

    public BlueHeartAdoption {
        if (year == null && knownBy == null) {
            throw new IllegalArgumentException("an adoption needs a year or a date by which it was known");
        }
    }

    /**
     * The first day on which the country counts as having adopted: 1 January of its year (the
     * documents give years only, and count a country adopted in the year of the document, as
     * seed 002 does for Ecuador in July 2019), or the date by which it was known.
     */
    public LocalDate countsFrom() {
        return year != null ? LocalDate.of(year, 1, 1) : knownBy;
    }
}
