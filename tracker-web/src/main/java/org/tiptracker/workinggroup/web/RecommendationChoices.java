package org.tiptracker.workinggroup.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tiptracker.workinggroup.RecommendationLabel;
import org.tiptracker.workinggroup.persistence.RecommendationChoice;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;

/**
 * The Working Group's recommendations as the options of a select, grouped by meeting, for a
 * measure citing the recommendation it answers: {@code ٢٠١٣ (أ) ينبغي للدول الأطراف أن تبحث…}.
 */
@Component
public class RecommendationChoices {

    static final int LABEL_CHARS = 70;

    private final WorkingGroupService service;
    private final WorkingGroupPages pages;

    RecommendationChoices(WorkingGroupService service, WorkingGroupPages pages) {
        this.service = service;
        this.pages = pages;
    }

    /** One meeting's options. */
    public record Group(String label, List<Option> options) {
    }

    /** One option: the recommendation's id as text and its short label. */
    public record Option(String value, String label) {
    }

    public List<Group> groups(Locale locale) {
        return service.choices().stream().map(c -> new Group(pages.meetingName(c.meetingNumber(), c.year(), locale),
                c.options().stream().map(o -> new Option(Long.toString(o.id()),
                        RecommendationLabel.arabic(c.year(), o.position(), o.textAr(), LABEL_CHARS))).toList()))
                .toList();
    }
}
