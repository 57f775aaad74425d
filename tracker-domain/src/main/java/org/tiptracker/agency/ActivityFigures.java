package org.tiptracker.agency;

import org.tiptracker.common.DomainException;

/**
 * The optional counts an activity reports; each is a non-negative whole number when given.
 * Message keys of the labels: {@code activity.figure.<field>}; a refused count names its field.
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
            throw DomainException.onField("countriesReached", "activity.figure.countriesTooMany", "countriesReached");
        }
    }

    private static void check(Integer value, String field) {
        if (value != null && value < 0) {
            throw DomainException.onField(field, "activity.figure.negative", field);
        }
        if (value != null && value > MAX) {
            throw DomainException.onField(field, "activity.figure.tooLarge", field);
        }
    }
}
