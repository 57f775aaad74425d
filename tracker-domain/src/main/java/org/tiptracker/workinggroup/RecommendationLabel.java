package org.tiptracker.workinggroup;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.UnArabic;

/** Short labels for choosing a recommendation from a list: {@code ٢٠١٣ (أ) ينبغي للدول الأطراف أن…}. */
public final class RecommendationLabel {

    private static final UnArabic AR = UnArabic.arabicIndic();

    private RecommendationLabel() {
    }

    /** Year, letter and the first {@code maxChars} characters of the text, cut at a word. */
    public static String arabic(int year, int position, String text, int maxChars) {
        return AR.year(year) + " " + Abjad.item(position) + " " + shortened(RecommendationParagraph.withoutClosing(text), maxChars);
    }

    /** The text cut at the last space before {@code maxChars}, with an ellipsis when cut. */
    public static String shortened(String text, int maxChars) {
        String t = text == null ? "" : text.strip();
        if (t.length() <= maxChars) {
            return t;
        }
        int cut = t.lastIndexOf(' ', maxChars);
        return (cut > maxChars / 2 ? t.substring(0, cut) : t.substring(0, maxChars)).strip() + "…";
    }
}
