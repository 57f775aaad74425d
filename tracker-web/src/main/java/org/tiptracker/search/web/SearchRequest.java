package org.tiptracker.search.web;

import java.util.ArrayList;
import java.util.List;

import org.tiptracker.search.SearchKind;
import org.tiptracker.search.SearchTerms;

/**
 * The search's parameters as read from a request: the query, a known kind or none, a year or none,
 * a page (0 first, from the 1-based {@code page} parameter), and what could not be read (an
 * unknown kind, a year or page that is not a number), reported to the reader instead of dropped.
 */
record SearchRequest(String query, SearchKind kind, Integer year, int page, List<Problem> problems) {

    /** A parameter that could not be read: the message key's last part and the value given. */
    record Problem(String key, String value) {
    }

    static SearchRequest read(String q, String kindCode, String yearText, String pageText) {
        List<Problem> problems = new ArrayList<>();
        SearchKind kind = null;
        if (kindCode != null && !kindCode.isBlank()) {
            kind = SearchKind.fromCode(kindCode).orElse(null);
            if (kind == null) {
                problems.add(new Problem("kind", shortened(kindCode)));
            }
        }
        Integer year = null;
        if (yearText != null && !yearText.isBlank()) {
            Integer parsed = number(yearText);
            if (parsed == null || parsed < 1945 || parsed > 2100) {
                problems.add(new Problem("year", shortened(yearText)));
            } else {
                year = parsed;
            }
        }
        int page = 0;
        if (pageText != null && !pageText.isBlank()) {
            Integer parsed = number(pageText);
            if (parsed == null || parsed < 1) {
                problems.add(new Problem("page", shortened(pageText)));
            } else {
                page = parsed - 1;
            }
        }
        String query = SearchTerms.of(q).text();
        return new SearchRequest(query, kind, year, page, List.copyOf(problems));
    }

    /** A number in Western or Arabic-Indic digits, or null. */
    private static Integer number(String text) {
        String western = org.tiptracker.arabic.UnArabic.westernDigits(text.strip());
        if (!western.matches("[0-9]{1,6}")) {
            return null;
        }
        return Integer.parseInt(western);
    }

    private static String shortened(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
