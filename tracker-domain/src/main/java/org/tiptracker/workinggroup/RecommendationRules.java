package org.tiptracker.workinggroup;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.common.DomainException;

/**
 * What a recommendation must be: a paragraph number of the meeting's report (when given) from 1
 * to {@link #MAX_PARAGRAPH}, a letter within the abjad sequence, an addressee, an Arabic text of
 * at most {@link MeetingRules#MAX_TEXT} characters. Its meeting, its theme and whether its letter
 * is free are the database's to say.
 */
public final class RecommendationRules {

    public static final int MAX_PARAGRAPH = 999;

    private RecommendationRules() {
    }

    public static void check(Integer paragraph, Integer position, Addressee addressee, String textAr) {
        if (paragraph != null && (paragraph < 1 || paragraph > MAX_PARAGRAPH)) {
            throw new DomainException("wg.recommendation.paragraph.range", 1, MAX_PARAGRAPH);
        }
        if (position == null || position < 1 || position > Abjad.size()) {
            throw new DomainException("wg.recommendation.position.range", Abjad.size());
        }
        if (addressee == null) {
            throw new DomainException("wg.recommendation.addressee.required");
        }
        MeetingRules.checkLength(textAr, MeetingRules.MAX_TEXT);
        if (textAr == null || textAr.isBlank()) {
            throw new DomainException("wg.recommendation.textAr.required");
        }
    }
}
