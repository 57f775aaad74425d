package org.tiptracker.workinggroup.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.MeetingName;
import org.tiptracker.workinggroup.persistence.MeetingSummary;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Meeting;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Theme;

/** How the Working Group pages print meetings and recommendations in the user's language. */
@Component
record WorkingGroupPages(MessageSource messages, DisplayFormat format) {

    /** {@code الاجتماع الخامس (٢٠١٣)}, "Fifth meeting (2013)". */
    String meetingName(Meeting m, Locale locale) {
        return MeetingName.of(m.number(), m.year(), DisplayFormat.isEnglish(locale), format.arabic());
    }

    /** The meeting's dates ({@code ٩-١١ أيلول/سبتمبر ٢٠١٩}), or empty when not recorded. */
    String dates(Meeting m, Locale locale) {
        if (m.startDate() == null) {
            return "";
        }
        if (m.endDate() == null || m.endDate().equals(m.startDate())) {
            return format.date(m.startDate(), locale);
        }
        if (DisplayFormat.isEnglish(locale)) {
            return format.date(m.startDate(), locale) + " – " + format.date(m.endDate(), locale);
        }
        return format.arabic().dateRange(m.startDate(), m.endDate());
    }

    String venue(Meeting m, Locale locale) {
        String venue = DisplayFormat.isEnglish(locale) && m.venueEn() != null ? m.venueEn() : m.venueAr();
        return venue == null ? (m.venueEn() == null ? "" : m.venueEn()) : venue;
    }

    String year(int year, Locale locale) {
        return format.year(year, locale);
    }

    String number(long n, Locale locale) {
        return format.number(n, locale);
    }

    String addressee(Addressee addressee, Locale locale) {
        return messages.getMessage("wg.addressee." + addressee.name(), null, locale);
    }

    /**
     * A sub-paragraph's label in the user's language: {@code (أ)} in Arabic, "(a)" in English (the
     * English text of the same paper letters its items a, b, c, ... where the Arabic uses the abjad
     * order; after "(z)" come "(aa)", "(bb)", ...).
     */
    static String letter(int position, Locale locale) {
        if (!DisplayFormat.isEnglish(locale)) {
            return Abjad.item(position);
        }
        char letter = (char) ('a' + (position - 1) % 26);
        return "(" + String.valueOf(letter).repeat(1 + (position - 1) / 26) + ")";
    }

    /** The recommendation's full reference: {@code الاجتماع الخامس (٢٠١٣)، الفقرة ١٦ (أ)}. */
    String reference(Recommendation r, Locale locale) {
        String meeting = meetingName(r.meeting(), locale);
        if (r.paragraph() == null) {
            return messages.getMessage("wg.recommendation.reference", new Object[] {meeting, letter(r.position(), locale)}, locale);
        }
        return messages.getMessage("wg.recommendation.referenceWithParagraph",
                new Object[] {meeting, number(r.paragraph(), locale), letter(r.position(), locale)}, locale);
    }

    /** Each theme's name by its code, in the user's language. */
    static Map<String, String> themeNames(List<Theme> themes, Locale locale) {
        Map<String, String> out = new HashMap<>();
        themes.forEach(t -> out.put(t.code(), t.name(locale)));
        return out;
    }

    /** The options of a meeting select: its id and its name. */
    List<List<String>> meetingOptions(List<MeetingSummary> meetings, Locale locale) {
        return meetings.stream().map(s -> List.of(Long.toString(s.meeting().id()), meetingName(s.meeting(), locale))).toList();
    }

    /** The options of a theme select: its code and its name. */
    static List<List<String>> themeOptions(List<Theme> themes, Locale locale) {
        return themes.stream().map(t -> List.of(t.code(), t.name(locale))).toList();
    }
}
