package org.tiptracker.agency;

import org.tiptracker.common.DomainException;

/**
 * The optional counts an activity reports; each is a non-negative whole number when given.
 * Message keys of the labels: {@code activity.figure.<field>}.
 */
public record ActivityFigures(Integer peopleTrained, Integer victimsAssisted, Integer suspectsArrested,
                              Integer countriesReached) {

    public static final ActivityFigures NONE = new ActivityFigures(null, null, null, null);
    /** More than any single activity can plausibly report (the world has fewer than 8 billion people, but this is a typing guard). */
    public static final int MAX = 100_000_000;

    public ActivityFigures {
        check(peopleTrained, "peopleTrained");
        check(victimsAssisted, "victimsAssisted");
        check(suspectsArrested, "suspectsArrested");
        check(countriesReached, "countriesReached");
        if (countriesReached != null && countriesReached > 250) {
            throw new DomainException("activity.figure.countriesTooMany", "countriesReached");
        }
    }

    private static void check(Integer value, String field) {
        if (value != null && value < 0) {
            throw new DomainException("activity.figure.negative", field);
        }
        if (value != null && value > MAX) {
            throw new DomainException("activity.figure.tooLarge", field);
        }
    }
}
