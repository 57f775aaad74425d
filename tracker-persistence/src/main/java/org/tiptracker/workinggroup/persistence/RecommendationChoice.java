package org.tiptracker.workinggroup.persistence;

import java.util.List;

/** Recommendations grouped by meeting, for a select: the meeting's number and year, and its recommendations. */
public record RecommendationChoice(long meetingId, int meetingNumber, int year, List<Option> options) {

    /** One recommendation: its id, letter position and Arabic text. */
    public record Option(long id, int position, String textAr) {
    }
}
