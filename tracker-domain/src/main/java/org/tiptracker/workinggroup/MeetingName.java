package org.tiptracker.workinggroup;

import org.tiptracker.arabic.UnArabic;

/** A meeting as the pages name it: {@code الاجتماع الخامس (٢٠١٣)}, "Fifth meeting (2013)". */
public final class MeetingName {

    private MeetingName() {
    }

    /** The Arabic name, the year in {@code digits}' style. */
    public static String arabic(int number, int year, UnArabic digits) {
        return "الاجتماع " + MeetingOrdinal.arabic(number) + " (" + digits.year(year) + ")";
    }

    public static String english(int number, int year) {
        String ordinal = MeetingOrdinal.english(number);
        return Character.toUpperCase(ordinal.charAt(0)) + ordinal.substring(1) + " meeting (" + year + ")";
    }

    public static String of(int number, int year, boolean english, UnArabic digits) {
        return english ? english(number, year) : arabic(number, year, digits);
    }
}
