package org.tiptracker.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiptracker.common.DomainException;
import org.tiptracker.search.SearchKind;
import org.tiptracker.search.persistence.SearchResults;
import org.tiptracker.search.persistence.SearchService;
import org.tiptracker.search.web.SearchHitView;
import org.tiptracker.search.web.SearchViews;

/** The one search as JSON: the same hits as /search, for the same reader. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Search", description = "Every record matching a query, in Arabic or English")
record SearchApiController(SearchService search, SearchViews views) {

    record HitJson(String kind, long id, String title, String snippet, String snippetHtml, String url, LocalDate date) {
    }

    record SearchJson(String query, String kind, Integer year, int page, int total, java.util.Map<String, Integer> counts,
                      List<HitJson> hits) {
    }

    @GetMapping("/search")
    @Operation(summary = "Search every record",
            description = "Hits ranked across kinds (an exact symbol, number, code or name first), 20 per page. "
                    + "Anonymous callers get what anonymous pages show: no measures, no report drafts; a focal point "
                    + "also gets its own state's measures. `snippet` is plain text; `snippetHtml` marks the matching "
                    + "words with <mark> (the text itself escaped). `counts` are per kind, each at most 1000.")
    SearchJson search(@Parameter(description = "the query, Arabic or English; a symbol such as A/RES/70/179 or ١٧٩/٧٠")
                      @RequestParam(name = "q", required = false, defaultValue = "") String q,
                      @Parameter(description = "participant, document, recommendation, measure, activity, project, report or theme")
                      @RequestParam(name = "kind", required = false) String kind,
                      @RequestParam(name = "year", required = false) Integer year,
                      @Parameter(description = "1 for the first page")
                      @RequestParam(name = "page", required = false, defaultValue = "1") int page,
                      Locale locale) {
        SearchKind k = null;
        if (kind != null && !kind.isBlank()) {
            k = SearchKind.fromCode(kind).orElseThrow(() -> new DomainException("search.kind.unknown", kind));
        }
        SearchResults results = search.search(q, k, year, Math.max(0, page - 1), views.audience(), false,
                org.tiptracker.web.DisplayFormat.isEnglish(locale));
        List<HitJson> hits = views.views(results.hits(), results.query(), locale).stream().map(SearchApiController::json).toList();
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        results.counts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> counts.put(e.getKey().code(), e.getValue()));
        return new SearchJson(results.query(), k == null ? null : k.code(), year, results.page() + 1, results.total(),
                counts, hits);
    }

    private static HitJson json(SearchHitView v) {
        return new HitJson(v.kindCode(), v.id(), v.title(), v.snippet().plain(), v.snippet().html(), v.url(), v.isoDate());
    }
}
