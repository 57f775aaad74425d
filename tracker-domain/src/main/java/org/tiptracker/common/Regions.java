package org.tiptracker.common;

import java.util.List;
import java.util.Optional;

/**
 * The five regions of the United Nations' geographic scheme (M49) that participants are grouped in,
 * as the records name them. This is the one classification of participants by region: every page,
 * filter and export shows and filters on it (through {@link #messageKey(String)}), and names it in its
 * heading ("Region (UN M49)"). The M49 sub-regions ("Latin America and the Caribbean") are a finer
 * level of the same scheme, shown only on a participant's page and labelled as such; the regions the
 * Secretary-General's report names for agency activities ("West Africa") are another list
 * ({@code org.tiptracker.agency.ActivityRegion}), not a classification of participants.
 */
public final class Regions {

    public static final List<String> ALL = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");

    private Regions() {
    }

    /** The region named {@code given} whatever its case and surrounding spaces; empty when there is none. */
    public static Optional<String> parse(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String name = given.strip();
        return ALL.stream().filter(r -> r.equalsIgnoreCase(name)).findFirst();
    }

    /** The key of the message naming the region recorded as {@code region}: {@code region.Americas}, or {@code region.none}. */
    public static String messageKey(String region) {
        return "region." + (known(region) ? region : "none");
    }

    /** Whether {@code region} (as recorded) is one of the five. */
    public static boolean known(String region) {
        return region != null && ALL.contains(region);
    }
}
