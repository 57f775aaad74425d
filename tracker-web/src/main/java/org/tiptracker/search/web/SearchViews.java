package org.tiptracker.search.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.search.SearchAudience;
import org.tiptracker.search.SearchKind;
import org.tiptracker.search.SearchSnippet;
import org.tiptracker.search.persistence.SearchHit;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;

/** Turns the index's hits into what the search page and the API show, in the reader's language. */
@Component
public record SearchViews(DisplayFormat format, MessageSource messages, CurrentActor actor) {

    /** Words of the passage a hit shows. */
    static final int SNIPPET_WORDS = 30;

    /** Who is searching: staff (secretariat, analysts, administrators), a focal point, or an anonymous visitor. */
    public SearchAudience audience() {
        return actor.find().map(a -> a.isSecretariat() || a.isAnalyst() ? SearchAudience.STAFF
                : a.isFocalPoint() && a.participantId() != null ? SearchAudience.focalPoint(a.participantId())
                : SearchAudience.ANONYMOUS).orElse(SearchAudience.ANONYMOUS);
    }

    public List<SearchHitView> views(List<SearchHit> hits, String query, Locale locale) {
        return hits.stream().map(h -> view(h, query, locale)).toList();
    }

    SearchHitView view(SearchHit hit, String query, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        String lang = english ? "en" : "ar";
        String title = english ? hit.titleEn() : hit.titleAr();
        String titleLang = lang;
        if (hit.kind() == SearchKind.RECOMMENDATION) {
            title = recommendationTitle(hit.key(), locale);
        } else if (title == null || title.isBlank()) {
            title = english ? hit.titleAr() : hit.titleEn();
            titleLang = english ? "ar" : "en";
        }
        String symbol = switch (hit.kind()) {
            case DOCUMENT, REPORT, ACTIVITY -> hit.key();
            default -> null;
        };
        if (title == null || title.isBlank()) {
            title = symbol != null ? symbol : "";
            titleLang = "en";
            symbol = null;
        }
        String passage = english ? hit.passageEn() : hit.passageAr();
        String passageLang = lang;
        if (passage == null || passage.isBlank()) {
            passage = english ? hit.passageAr() : hit.passageEn();
            passageLang = english ? "ar" : "en";
        }
        SearchSnippet snippet = SearchSnippet.of(passage, query, SNIPPET_WORDS);
        return new SearchHitView(hit.kind(), hit.id(), title, titleLang, symbol, snippet, passageLang,
                format.date(hit.date(), locale), hit.date(), url(hit), hit.exact());
    }

    /** The page behind a hit. */
    static String url(SearchHit hit) {
        return switch (hit.kind()) {
            case PARTICIPANT -> "/participants/" + hit.key();
            case DOCUMENT -> "/documents/" + hit.id();
            case RECOMMENDATION -> "/working-group/recommendations/" + hit.id();
            case MEASURE -> "/reports/" + hit.parentId();
            case ACTIVITY -> "/activities/" + hit.id();
            case PROJECT -> "/trust-fund/grants";
            case REPORT -> "/report-drafts/" + hit.id();
            case THEME -> "/awareness";
        };
    }

    /** {@code meeting:year:position} as the Working Group's papers name a recommendation. */
    private String recommendationTitle(String key, Locale locale) {
        String[] parts = key == null ? new String[0] : key.split(":");
        if (parts.length != 3) {
            return "";
        }
        int meeting = Integer.parseInt(parts[0]);
        int year = Integer.parseInt(parts[1]);
        int position = Integer.parseInt(parts[2]);
        boolean english = DisplayFormat.isEnglish(locale);
        String letter = english ? String.valueOf((char) ('a' + position - 1)) : Abjad.letter(position);
        return messages.getMessage("search.recommendation.title",
                new Object[] {format.number(meeting, locale), format.year(year, locale), letter}, locale);
    }
}
