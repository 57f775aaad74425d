/**
 * One search across the application: what a query names ({@link org.tiptracker.search.SearchTerms}),
 * who may see which hits ({@link org.tiptracker.search.SearchAudience}) and the highlighted passage
 * a hit shows ({@link org.tiptracker.search.SearchSnippet}). The matching itself runs in the
 * database (full-text search over an index kept by triggers).
 */
package org.tiptracker.search;
