package org.tiptracker.workinggroup.persistence;

import org.tiptracker.workinggroup.Addressee;

/** Filters of the recommendations browser; null means "any". {@code q} is searched forgiving Arabic spelling variants. */
public record RecommendationCriteria(Long meetingId, String themeCode, Addressee addressee, String q) {

    public static final RecommendationCriteria ALL = new RecommendationCriteria(null, null, null, null);
}
