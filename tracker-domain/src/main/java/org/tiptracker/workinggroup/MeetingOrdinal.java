package org.tiptracker.workinggroup;

/**
 * The Working Group counts its meetings: {@code اجتماعه الأول}, {@code اجتماعه الخامس},
 * {@code اجتماعه الثامن} in Arabic (masculine, definite, agreeing with {@code اجتماع}); "first",
 * "fifth", "eighth" in English.
 */
public final class MeetingOrdinal {

    public static final int MAX = 30;

    private static final String[] UNITS_AR = {"", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
        "السابع", "الثامن", "التاسع", "العاشر"};
    /** The units as they stand before {@code عشر} and before {@code والعشرون}. */
    private static final String[] COMPOUND_UNITS_AR = {"", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس",
        "السادس", "السابع", "الثامن", "التاسع"};
    private static final String[] EN = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    private static final String[] EN_UNITS = {"", "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth"};

    private MeetingOrdinal() {
    }

    /** 1 → {@code الأول}, 5 → {@code الخامس}, 11 → {@code الحادي عشر}, 21 → {@code الحادي والعشرون}. */
    public static String arabic(int n) {
        check(n);
        if (n <= 10) {
            return UNITS_AR[n];
        }
        if (n < 20) {
            return COMPOUND_UNITS_AR[n - 10] + " عشر";
        }
        if (n == 20) {
            return "العشرون";
        }
        if (n < 30) {
            return COMPOUND_UNITS_AR[n - 20] + " والعشرون";
        }
        return "الثلاثون";
    }

    /** 1 → "first", 21 → "twenty-first". */
    public static String english(int n) {
        check(n);
        if (n <= 20) {
            return EN[n];
        }
        if (n < 30) {
            return "twenty-" + EN_UNITS[n - 20];
        }
        return "thirtieth";
    }

    private static void check(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("meeting number must be 1.." + MAX + ", not " + n);
        }
    }
}
