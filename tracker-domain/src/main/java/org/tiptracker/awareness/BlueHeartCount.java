package org.tiptracker.awareness;

import java.time.LocalDate;
import java.util.Collection;

/** How many countries had adopted the Blue Heart campaign on a given date, from one row per country. */
public final class BlueHeartCount {

    private BlueHeartCount() {
    }

    public static long asOf(Collection<BlueHeartAdoption> adoptions, LocalDate date) {
        return adoptions.stream().filter(a -> !a.countsFrom().isAfter(date)).count();
    }

    /** Whether the computed count agrees with the one a document reports for the same date. */
    public static boolean agrees(Collection<BlueHeartAdoption> adoptions, LocalDate date, long reported) {
        return asOf(adoptions, date) == reported;
    }
}
