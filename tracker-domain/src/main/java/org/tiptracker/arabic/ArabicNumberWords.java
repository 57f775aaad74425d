package org.tiptracker.arabic;

/**
 * Cardinal numbers 1–99 in words, as they stand before a counted noun. The numbers 3–10 take
 * the gender opposite to the noun's ({@code سبع دول}, {@code سبعة أطراف}); in compounds with
 * a feminine noun eight is written {@code ثمان} ({@code ثمان وثمانون دولة}, seed 001 para. 61).
 */
final class ArabicNumberWords {

    /** Highest number this class writes in words. */
    static final int MAX = 99;

    // Index 0..10; forms for a masculine noun (the number itself ends in ة).
    private static final String[] UNITS_FOR_MASCULINE = {
        "", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"
    };
    // Index 0..10; forms for a feminine noun.
    private static final String[] UNITS_FOR_FEMININE = {
        "", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"
    };
    // Index 2..9 (twenty .. ninety), nominative stems without the ending.
    private static final String[] TENS_STEMS = {
        "", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"
    };

    private ArabicNumberWords() {
    }

    /** {@code n} (1–99) in words for a noun of the given gender, in the given case. */
    static String words(int n, boolean feminineNoun, GrammaticalCase grammaticalCase) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("words are available for 1.." + MAX + ", not " + n);
        }
        boolean oblique = grammaticalCase == GrammaticalCase.OBLIQUE;
        if (n <= 10) {
            return simple(n, feminineNoun, oblique);
        }
        if (n < 20) {
            return teen(n - 10, feminineNoun, oblique);
        }
        String tens = TENS_STEMS[n / 10] + (oblique ? "ين" : "ون");
        int unit = n % 10;
        return unit == 0 ? tens : compoundUnit(unit, feminineNoun, oblique) + " و" + tens;
    }

    private static String simple(int n, boolean feminineNoun, boolean oblique) {
        if (n == 2) {
            return twoStem(feminineNoun) + (oblique ? "ين" : "ان");
        }
        return feminineNoun ? UNITS_FOR_FEMININE[n] : UNITS_FOR_MASCULINE[n];
    }

    private static String teen(int unit, boolean feminineNoun, boolean oblique) {
        String ten = feminineNoun ? "عشرة" : "عشر";
        if (unit == 1) {
            return (feminineNoun ? "إحدى" : "أحد") + " " + ten;
        }
        if (unit == 2) {
            return twoStem(feminineNoun) + (oblique ? "ي" : "ا") + " " + ten;
        }
        return simple(unit, feminineNoun, oblique) + " " + ten;
    }

    private static String compoundUnit(int unit, boolean feminineNoun, boolean oblique) {
        if (unit == 1) {
            return feminineNoun ? "إحدى" : "واحد";
        }
        if (unit == 8 && feminineNoun) {
            return "ثمان";
        }
        return simple(unit, feminineNoun, oblique);
    }

    private static String twoStem(boolean feminineNoun) {
        return feminineNoun ? "اثنت" : "اثن";
    }
}
