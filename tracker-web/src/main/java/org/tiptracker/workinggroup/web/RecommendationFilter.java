package org.tiptracker.workinggroup.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.persistence.MeetingSummary;
import org.tiptracker.workinggroup.persistence.RecommendationCriteria;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Theme;

/** The recommendations browser's filters as typed (kept for the form) and as understood (unknown values are ignored). */
record RecommendationFilter(String meeting, String theme, String addressee, String q, RecommendationCriteria criteria) {

    private static final int MAX_QUERY = 200;

    static RecommendationFilter of(String meeting, String theme, String addressee, String q, List<MeetingSummary> meetings,
                                   List<Theme> themes) {
        Long meetingId = meetings.stream().map(s -> s.meeting().id())
                .filter(id -> id.toString().equals(meeting)).findFirst().orElse(null);
        String themeCode = themes.stream().map(Theme::code).filter(c -> c.equals(theme)).findFirst().orElse(null);
        Addressee who = Arrays.stream(Addressee.values()).filter(a -> a.name().equals(addressee)).findFirst()
                .orElse(null);
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        return new RecommendationFilter(meetingId == null ? "" : meetingId.toString(), themeCode == null ? "" : themeCode,
                who == null ? "" : who.name(), query,
                new RecommendationCriteria(meetingId, themeCode, who, query.isEmpty() ? null : query));
    }

    Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("meeting", meeting);
        out.put("theme", theme);
        out.put("addressee", addressee);
        out.put("q", q);
        return out;
    }
}
