package org.tiptracker.search.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.search.SearchAudience;
import org.tiptracker.search.SearchKind;
import org.tiptracker.search.persistence.SearchResults;
import org.tiptracker.search.persistence.SearchService;

/**
 * {@code /search?q=&kind=&year=&page=}: every record matching a query, grouped by kind (the
 * first hits of each, with their count); with a kind, that kind's hits page by page. Unknown kinds
 * and years are reported on the page, and the search runs over all kinds and years.
 */
@Controller
record SearchController(SearchService search, SearchViews views, MessageSource messages) {

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "kind", required = false) String kindCode,
                  @RequestParam(name = "year", required = false) String yearText,
                  @RequestParam(name = "page", required = false, defaultValue = "1") String pageText,
                  Locale locale, Model model) {
        SearchRequest request = SearchRequest.read(q, kindCode, yearText, pageText);
        SearchAudience audience = views.audience();
        SearchResults results = search.search(request.query(), request.kind(), request.year(), request.page(), audience,
                true, org.tiptracker.web.DisplayFormat.isEnglish(locale));
        model.addAttribute("q", results.query());
        model.addAttribute("kind", request.kind());
        model.addAttribute("year", request.year());
        model.addAttribute("problems", request.problems().stream()
                .map(p -> messages.getMessage("search.problem." + p.key(), new Object[] {p.value()}, locale)).toList());
        model.addAttribute("results", results);
        java.util.Map<SearchKind, List<SearchHitView>> groups = new java.util.LinkedHashMap<>();
        for (SearchHitView hit : views.views(results.hits(), results.query(), locale)) {
            groups.computeIfAbsent(hit.kind(), k -> new java.util.ArrayList<>()).add(hit);
        }
        model.addAttribute("groups", groups);
        model.addAttribute("kinds", Arrays.stream(SearchKind.values()).filter(audience::sees).toList());
        model.addAttribute("years", years());
        model.addAttribute("maxLength", org.tiptracker.search.SearchTerms.MAX_LENGTH);
        return "search/results";
    }

    static List<Integer> years() {
        int now = java.time.Year.now().getValue();
        return java.util.stream.IntStream.rangeClosed(2000, now + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
