package org.tiptracker.search.persistence;

import java.util.List;
import java.util.Map;

import org.tiptracker.search.SearchKind;

/**
 * A page of hits and how many there are of each kind.
 *
 * @param query   the query as searched
 * @param kind    the kind searched, or null for all
 * @param year    the year searched, or null for all
 * @param page    the page (0 first)
 * @param counts  matches per kind, in the kinds' order; a count is at most {@link SearchService#COUNT_LIMIT}
 * @param total   the matches of the kind searched (all kinds when none), at most the limit per kind
 * @param hits    this page's hits, best first; with no kind, up to {@link SearchService#GROUP_SIZE} per kind
 */
public record SearchResults(String query, SearchKind kind, Integer year, int page, Map<SearchKind, Integer> counts,
                            int total, List<SearchHit> hits) {

    public SearchResults {
        counts = Map.copyOf(counts);
        hits = List.copyOf(hits);
    }

    /** Whether the count of {@code kind} reached the limit (the page says "more than"). */
    public boolean capped(SearchKind k) {
        return counts.getOrDefault(k, 0) >= SearchService.COUNT_LIMIT;
    }

    /** Whether some kind's count reached the limit, so that {@link #total()} is a lower bound. */
    public boolean anyCapped() {
        return counts.values().stream().anyMatch(n -> n >= SearchService.COUNT_LIMIT);
    }

    public int pages() {
        return Math.max(1, (total + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
    }

    public List<SearchHit> hitsOf(SearchKind k) {
        return hits.stream().filter(h -> h.kind() == k).toList();
    }
}
