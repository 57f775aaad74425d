package org.tiptracker.workinggroup.persistence;

import org.tiptracker.workinggroup.Addressee;

/**
 * What the secretariat enters for a recommendation: the meeting, the paragraph of the meeting's
 * report (optional), the letter's place in the abjad sequence (1 = (أ)), addressee, theme, texts.
 */
public record RecommendationCommand(Long meetingId, Integer paragraph, Integer position, Addressee addressee,
                                    String themeCode, String textAr, String textEn, String source) {
}
