package org.tiptracker.search;

import java.util.Locale;
import java.util.Optional;

/** What a search hit is, in the order the results page groups them. */
public enum SearchKind {
    PARTICIPANT, DOCUMENT, RECOMMENDATION, MEASURE, ACTIVITY, PROJECT, REPORT, THEME;

    /** The name the index and the API use: {@code participant}, {@code document}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code code} (any case), or empty when there is none. */
    public static Optional<SearchKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (SearchKind kind : values()) {
            if (kind.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
