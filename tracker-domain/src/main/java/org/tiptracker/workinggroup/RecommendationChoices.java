package org.tiptracker.workinggroup;

import java.util.List;

/**
 * The Working Group's recommendations as the options of a select, grouped by meeting, for a
 * measure citing the recommendation it answers: {@code ٢٠١٣ (أ) ينبغي للدول الأطراف أن تبحث…}.
 */
public final class RecommendationChoices {

    /** How many characters of a recommendation's text its option shows. */
    public static final int LABEL_CHARS = 70;

    private RecommendationChoices() {
    }

    /** One meeting's options, under the meeting's name. */
    public record Group(String label, List<Option> options) {
    }

    /** One option: the recommendation's id as text and its short label. */
    public record Option(String value, String label) {
    }

    /** A recommendation to choose: its id, its letter's place and its Arabic text. */
    public record Recommendation(long id, int position, String textAr) {
    }

    /** The group of one meeting's recommendations, named as the page's language names the meeting. */
    public static Group group(String meetingName, int year, List<Recommendation> recommendations) {
        return new Group(meetingName, recommendations.stream().map(r -> new Option(Long.toString(r.id()),
                RecommendationLabel.arabic(year, r.position(), r.textAr(), LABEL_CHARS))).toList());
    }
}
