package org.tiptracker.search.web;

import org.tiptracker.search.SearchKind;
import org.tiptracker.search.SearchSnippet;

/**
 * A hit as the page and the API show it: its kind, its title and passage in the language shown
 * (with that language's code, which differs from the page's when the record has no text in the
 * page's language), its printed and ISO dates, and its link.
 */
public record SearchHitView(SearchKind kind, long id, String title, String titleLang, String symbol,
                            SearchSnippet snippet, String snippetLang, String date, java.time.LocalDate isoDate,
                            String url, boolean exact) {

    public String kindCode() {
        return kind.code();
    }

    public String titleDir() {
        return "ar".equals(titleLang) ? "rtl" : "ltr";
    }

    public String snippetDir() {
        return "ar".equals(snippetLang) ? "rtl" : "ltr";
    }
}
