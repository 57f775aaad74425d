package org.tiptracker.arabic;

/**
 * The abjad sequence that letters sub-paragraphs ({@code (أ) (ب) (ج) (د) (هـ) ...}) and, by the
 * letters' names, sections of a chapter ({@code ألف- باء- جيم- ...}).
 *
 * <p>The sequence is kept here, once. Up to (س), the fifteenth, it is confirmed by the seeds
 * (seed 004 para. 13 runs (أ)–(ك); seed 002 para. 2 runs (أ)–(س)). After (س) it follows the
 * classical abjad order (ع ف ص ق ر ش ت ث خ ذ ض ظ غ), which is uncertain: seed 002 prints (ق)
 * for its sixteenth item where this order gives (ع). Change {@link #SEQUENCE} if the editors
 * confirm otherwise.
 */
public final class Abjad {

    /** Letter and its name, in abjad order. */
    private static final String[][] SEQUENCE = {
        {"أ", "ألف"}, {"ب", "باء"}, {"ج", "جيم"}, {"د", "دال"}, {"هـ", "هاء"}, {"و", "واو"},
        {"ز", "زاي"}, {"ح", "حاء"}, {"ط", "طاء"}, {"ي", "ياء"}, {"ك", "كاف"}, {"ل", "لام"},
        {"م", "ميم"}, {"ن", "نون"}, {"س", "سين"},
        // Uncertain from here on (see the class comment).
        {"ع", "عين"}, {"ف", "فاء"}, {"ص", "صاد"}, {"ق", "قاف"}, {"ر", "راء"}, {"ش", "شين"},
        {"ت", "تاء"}, {"ث", "ثاء"}, {"خ", "خاء"}, {"ذ", "ذال"}, {"ض", "ضاد"}, {"ظ", "ظاء"},
        {"غ", "غين"}
    };

    private Abjad() {
    }

    /** How many letters the sequence has. */
    public static int size() {
        return SEQUENCE.length;
    }

    /** The letter at {@code index1Based}: 1 → {@code أ}, 5 → {@code هـ}, 11 → {@code ك}. */
    public static String letter(int index1Based) {
        return entry(index1Based)[0];
    }

    /** A sub-paragraph label: 1 → {@code (أ)}, 11 → {@code (ك)}. */
    public static String item(int index1Based) {
        return "(" + letter(index1Based) + ")";
    }

    /** The letter's name, used for sections: 1 → {@code ألف}, 7 → {@code زاي}. */
    public static String name(int index1Based) {
        return entry(index1Based)[1];
    }

    private static String[] entry(int index1Based) {
        if (index1Based < 1 || index1Based > SEQUENCE.length) {
            throw new IllegalArgumentException(
                    "abjad index must be 1.." + SEQUENCE.length + ", not " + index1Based);
        }
        return SEQUENCE[index1Based - 1];
    }
}
