package org.tiptracker.workinggroup.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.workinggroup.MeetingOrdinal;
import org.tiptracker.workinggroup.persistence.WgMeetingEntity;
import org.tiptracker.workinggroup.persistence.WgRecommendationEntity;

/** How the Working Group pages print meetings and recommendations in the user's language. */
@Component
public class WorkingGroupPages {

    private final MessageSource messages;
    private final DisplayFormat format;

    WorkingGroupPages(MessageSource messages, DisplayFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** {@code الاجتماع الخامس (٢٠١٣)}, "Fifth meeting (2013)". */
    public String meetingName(WgMeetingEntity m, Locale locale) {
        return meetingName(m.getNumber(), m.getYear(), locale);
    }

    public String meetingName(int number, int year, Locale locale) {
        if (DisplayFormat.isEnglish(locale)) {
            String ordinal = MeetingOrdinal.english(number);
            return messages.getMessage("wg.meeting.name", new Object[] {
                Character.toUpperCase(ordinal.charAt(0)) + ordinal.substring(1), Integer.toString(year)}, locale);
        }
        return messages.getMessage("wg.meeting.name", new Object[] {MeetingOrdinal.arabic(number),
            format.arabic().year(year)}, locale);
    }

    /** The meeting's dates ({@code ٩-١١ أيلول/سبتمبر ٢٠١٩}), or empty when not recorded. */
    public String dates(WgMeetingEntity m, Locale locale) {
        if (m.getStartDate() == null) {
            return "";
        }
        if (m.getEndDate() == null || m.getEndDate().equals(m.getStartDate())) {
            return format.date(m.getStartDate(), locale);
        }
        if (DisplayFormat.isEnglish(locale)) {
            return format.date(m.getStartDate(), locale) + " – " + format.date(m.getEndDate(), locale);
        }
        return format.arabic().dateRange(m.getStartDate(), m.getEndDate());
    }

    public String venue(WgMeetingEntity m, Locale locale) {
        String venue = DisplayFormat.isEnglish(locale) && m.getVenueEn() != null ? m.getVenueEn() : m.getVenueAr();
        return venue == null ? (m.getVenueEn() == null ? "" : m.getVenueEn()) : venue;
    }

    public String year(int year, Locale locale) {
        return format.year(year, locale);
    }

    public String number(long n, Locale locale) {
        return format.number(n, locale);
    }

    /** The sub-paragraph label: {@code (أ)} (the abjad letters are kept in English pages too, as cited). */
    public String letter(WgRecommendationEntity r) {
        return Abjad.item(r.getPosition());
    }

    /** The recommendation's full reference: {@code الاجتماع الخامس (٢٠١٣)، الفقرة ١٦ (أ)}. */
    public String reference(WgRecommendationEntity r, Locale locale) {
        String meeting = meetingName(r.getMeeting(), locale);
        if (r.getParagraph() == null) {
            return messages.getMessage("wg.recommendation.reference", new Object[] {meeting, letter(r)}, locale);
        }
        return messages.getMessage("wg.recommendation.referenceWithParagraph",
                new Object[] {meeting, number(r.getParagraph(), locale), letter(r)}, locale);
    }
}
