package org.tiptracker.search.persistence;

import java.time.LocalDate;

import org.tiptracker.search.SearchKind;

/**
 * One record that matches a query, as the index holds it.
 *
 * @param kind     what it is
 * @param id       its id in its own table
 * @param key      what its link or label needs besides the id: an ISO code, a symbol, an agency
 *                 acronym, a recommendation's {@code meeting:year:position}; may be null
 * @param parentId a measure's report; null otherwise
 * @param titleAr  its Arabic title, or null
 * @param titleEn  its English title, or null
 * @param passageAr the passage of its Arabic text around the match (unmarked), or null
 * @param passageEn the same for its English text, or null
 * @param date     its date (adoption, start, issue), or null
 * @param exact    whether the query named it exactly (symbol, number, code, full name)
 */
public record SearchHit(SearchKind kind, long id, String key, Long parentId, String titleAr, String titleEn,
                        String passageAr, String passageEn, LocalDate date, boolean exact) {
}
