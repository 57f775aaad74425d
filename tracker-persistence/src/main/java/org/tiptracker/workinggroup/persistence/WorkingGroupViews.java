package org.tiptracker.workinggroup.persistence;

import java.time.LocalDate;
import java.util.Locale;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.MeetingFormat;

/** What the Working Group's service gives the web layer: records only, never entities. */
public final class WorkingGroupViews {

    private WorkingGroupViews() {
    }

    /** A meeting as recorded; {@code version} is what an edit must be based on. */
    public record Meeting(long id, int number, int year, LocalDate startDate, LocalDate endDate, String venueAr,
                          String venueEn, MeetingFormat format, String reportSymbol, String leadInAr, String subjectAr,
                          String source, boolean demo, long version) {
    }

    /**
     * A recommendation with its meeting; {@code position} is the letter's place in the abjad
     * sequence, {@code paragraph} the paragraph of the meeting's report (null when not recorded).
     */
    public record Recommendation(long id, Meeting meeting, Integer paragraph, int position, Addressee addressee,
                                 String themeCode, String textAr, String textEn, String source, boolean demo,
                                 long version) {

        static Recommendation of(WgRecommendationEntity r) {
            return new Recommendation(r.getId(), r.getMeeting().view(), r.getParagraph(), r.getPosition(),
                    r.getAddressee(), r.getThemeCode(), r.getTextAr(), r.getTextEn(), r.getSource(), r.isDemo(),
                    r.getVersion());
        }

        /** The sub-paragraph's label: {@code (أ)}. */
        public String letter() {
            return Abjad.item(position);
        }
    }

    /** A recommendation theme of the managed list. */
    public record Theme(String code, String nameAr, String nameEn) {

        static Theme of(WgThemeEntity t) {
            return new Theme(t.getCode(), t.getNameAr(), t.getNameEn());
        }

        /** The name in the interface language ({@code en} or Arabic). */
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
        }
    }
}
