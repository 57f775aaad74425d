package org.tiptracker.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tiptracker.arabic.UnArabic;

/**
 * A query as the search reads it: the text for full-text matching and the exact keys it names.
 * Keys are what people type to name one record: a document symbol ({@code A/RES/70/179},
 * {@code E/RES/2006/27}), a resolution number in English or Arabic order and in either kind of
 * digits ({@code 70/179}, {@code ١٧٩/٧٠}, {@code قرارها ١٧٩/٧٠}), an ISO code ({@code PER}) or a year.
 * The index stores each number in both orders, so a key matches however it is written. Keys are in
 * lower case with Western digits, as the index stores them.
 *
 * @param text the query as typed, stripped and shortened to {@link #MAX_LENGTH} characters
 * @param keys the exact keys, in the order found
 */
public record SearchTerms(String text, List<String> keys) {

    /** Longer queries are cut: nobody types more, and the database's parsers need a bound. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z]+(?:/[A-Za-z0-9.\\-]+)+");
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9/])[0-9]{1,4}/[0-9]{1,4}(?![0-9/])");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("([0-9]{1,4}/[0-9]{1,4})$");
    private static final Pattern CODE_OR_YEAR = Pattern.compile("(?<![A-Za-z0-9/])(?:[A-Za-z]{3}|[0-9]{3,4})(?![A-Za-z0-9/])");

    public SearchTerms {
        keys = List.copyOf(keys);
    }

    /** The terms of {@code query}; a null or blank query has empty text and no keys. */
    public static SearchTerms of(String query) {
        String text = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        String western = UnArabic.westernDigits(text);
        Set<String> keys = new LinkedHashSet<>();
        Matcher symbols = SYMBOL.matcher(western);
        while (symbols.find()) {
            String symbol = symbols.group().toLowerCase(Locale.ROOT);
            keys.add(symbol);
            Matcher number = TRAILING_NUMBER.matcher(symbol);
            if (number.find()) {
                keys.add(number.group(1));
            }
        }
        String withoutSymbols = SYMBOL.matcher(western).replaceAll(" ");
        Matcher numbers = NUMBER.matcher(withoutSymbols);
        while (numbers.find()) {
            keys.add(numbers.group());
        }
        Matcher codes = CODE_OR_YEAR.matcher(withoutSymbols);
        while (codes.find()) {
            keys.add(codes.group().toLowerCase(Locale.ROOT));
        }
        return new SearchTerms(text, List.copyOf(keys));
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** Whether the query names a document by its number or symbol (then words around it, such as {@code قرارها}, are not required). */
    public boolean namesNumber() {
        return keys.stream().anyMatch(k -> k.contains("/"));
    }
}
