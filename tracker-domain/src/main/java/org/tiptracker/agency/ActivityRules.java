package org.tiptracker.agency;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.tiptracker.common.DomainException;

/**
 * What an activity must say about itself, whatever else is recorded: its agency and kind, a title,
 * a description of reasonable length, dates in order, a source symbol written as UN symbols are,
 * and partners other than the agency itself. Whether the agency, countries and partners exist is
 * asked of the records.
 */
public final class ActivityRules {

    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_SYMBOL = 100;
    /** Latin letters, digits and the punctuation of UN symbols. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9./()\\- ]+");

    private ActivityRules() {
    }

    /** Refuses the first rule the entry breaks ({@code agency}: the acronym as entered). */
    public static void check(String agency, ActivityKind kind, String title, String description, LocalDate start,
                             LocalDate end, String sourceSymbol) {
        if (agency == null || agency.isBlank()) {
            throw new DomainException("activity.agency.required");
        }
        if (kind == null) {
            throw new DomainException("activity.kind.required");
        }
        if (title == null || title.isBlank()) {
            throw new DomainException("activity.title.required");
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            throw new DomainException("activity.description.tooLong", MAX_DESCRIPTION);
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainException("activity.dates.order");
        }
        String symbol = sourceSymbol == null || sourceSymbol.isBlank() ? null : sourceSymbol.strip();
        if (symbol != null && (symbol.length() > MAX_SYMBOL || !SYMBOL.matcher(symbol).matches())) {
            throw new DomainException("activity.source.symbolInvalid");
        }
    }

    /** An agency is not its own partner (acronyms as recorded). */
    public static void checkPartner(String agency, String partner) {
        if (agency.equalsIgnoreCase(partner)) {
            throw new DomainException("activity.partner.self");
        }
    }
}
