package org.tiptracker.common;

import java.util.List;
import java.util.Optional;

/**
 * The five regions of the United Nations' geographic scheme (M49) that participants are grouped in,
 * as the records name them.
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

    /** Whether {@code region} (as recorded) is one of the five. */
    public static boolean known(String region) {
        return region != null && ALL.contains(region);
    }
}
