package org.tiptracker.trustfund;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.tiptracker.common.DomainException;

/**
 * The currencies a contribution or a grant may be in: the ISO 4217 codes of circulating
 * currencies (the codes for gold, testing, fund units and "no currency" are not money).
 */
public final class Currencies {

    private static final Set<String> NOT_MONEY = Set.of("XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD",
            "XPT", "XSU", "XTS", "XUA", "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW");
    private static final Set<String> CODES;

    static {
        Set<String> codes = new TreeSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            if (!NOT_MONEY.contains(c.getCurrencyCode())) {
                codes.add(c.getCurrencyCode());
            }
        }
        CODES = Set.copyOf(codes);
    }

    /** Currencies offered first in forms. */
    public static final java.util.List<String> COMMON = java.util.List.of("USD", "EUR", "GBP", "CHF", "JPY", "SEK",
            "NOK", "DKK", "AUD", "CAD", "QAR", "AED", "SAR");

    private Currencies() {
    }

    /** Every accepted code, sorted. */
    public static Set<String> all() {
        return new TreeSet<>(CODES);
    }

    /** Whether {@code code} (already upper case) is an accepted currency. */
    public static boolean known(String code) {
        return code != null && CODES.contains(code);
    }

    /** The code in upper case, or a rule violation when it is missing or not an accepted currency. */
    public static String check(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainException("trustfund.currency.required");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!known(upper)) {
            throw new DomainException("trustfund.currency.unknown", code.strip());
        }
        return upper;
    }
}
