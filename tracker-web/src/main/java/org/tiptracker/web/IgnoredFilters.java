package org.tiptracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The filter values a list page could not apply (an unknown organ, a meeting that does not exist, a
 * year that is not a number): the page says so, in the reader's language, instead of silently
 * showing everything.
 */
public final class IgnoredFilters {

    private record Ignored(String labelKey, String value) {
    }

    private final List<Ignored> ignored = new ArrayList<>();

    /** Notes {@code given} as ignored when it was given but not {@code understood} (null). */
    public IgnoredFilters check(String labelKey, String given, Object understood) {
        if (given != null && !given.isBlank() && understood == null) {
            ignored.add(new Ignored(labelKey, given.length() > 40 ? given.substring(0, 40) + "…" : given));
        }
        return this;
    }

    public List<String> messages(MessageSource messages, Locale locale) {
        return ignored.stream().map(i -> messages.getMessage("filter.ignored",
                new Object[] {messages.getMessage(i.labelKey(), null, i.labelKey(), locale), i.value()}, locale)).toList();
    }
}
