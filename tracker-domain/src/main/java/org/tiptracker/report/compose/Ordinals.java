package org.tiptracker.report.compose;

/**
 * Feminine ordinals, as a session ({@code دورتها الحادية والسبعين}) or an edition
 * ({@code الطبعة الثانية}) takes them, and their English forms.
 */
final class Ordinals {

    private static final String[] UNITS = {"", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
        "السابعة", "الثامنة", "التاسعة", "العاشرة"};
    private static final String[] COMPOUND = {"", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
        "السابعة", "الثامنة", "التاسعة"};
    private static final String[] TENS_GENITIVE = {"", "", "العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين",
        "السبعين", "الثمانين", "التسعين"};
    private static final String[] TENS_NOMINATIVE = {"", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون",
        "السبعون", "الثمانون", "التسعون"};
    private static final String[] EN = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] EN_TENS = {"", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight",
        "ninet"};

    private Ordinals() {
    }

    /** 71 → {@code الحادية والسبعين} (genitive), 2 → {@code الثانية}; 1–99. */
    static String feminineGenitive(int n) {
        return feminine(n, TENS_GENITIVE);
    }

    /** 71 → {@code الحادية والسبعون}. */
    static String feminineNominative(int n) {
        return feminine(n, TENS_NOMINATIVE);
    }

    private static String feminine(int n, String[] tens) {
        check(n);
        if (n <= 10) {
            return UNITS[n];
        }
        if (n < 20) {
            return COMPOUND[n - 10] + " عشرة";
        }
        int unit = n % 10;
        return unit == 0 ? tens[n / 10] : COMPOUND[unit] + " و" + tens[n / 10];
    }

    /** 71 → "seventy-first". */
    static String english(int n) {
        check(n);
        if (n < 20) {
            return EN[n];
        }
        int unit = n % 10;
        String tens = EN_TENS[n / 10];
        return unit == 0 ? tens + "ieth" : tens + "y-" + EN[unit];
    }

    private static void check(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("an ordinal from 1 to 99, not " + n);
        }
    }
}
