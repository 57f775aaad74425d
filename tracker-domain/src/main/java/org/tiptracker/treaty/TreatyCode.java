package org.tiptracker.treaty;

import java.util.Locale;
import java.util.Optional;

/** The Convention (UNTOC) and its three Protocols. */
public enum TreatyCode {
    /** United Nations Convention against Transnational Organized Crime (UNTC XVIII-12). */
    UNTOC,
    /** Trafficking in Persons Protocol (XVIII-12-a). */
    TIP,
    /** Smuggling of Migrants Protocol (XVIII-12-b). */
    SOM,
    /** Firearms Protocol (XVIII-12-c). */
    FIREARMS;

    /** Parses a code case-insensitively, ignoring surrounding blanks; empty for null or unknown text. */
    public static Optional<TreatyCode> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().toUpperCase(Locale.ROOT);
        for (TreatyCode c : values()) {
            if (c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
