package org.tiptracker.arabic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Letter-level steps shared by {@link UnArabicOrder} and {@link ArabicSearch}: dropping
 * diacritics, dropping the definite article, and folding letter variants together.
 */
final class ArabicText {

    private static final String ARTICLE = "\u0627\u0644";
    private static final String ARTICLE_WASLA = "\u0671\u0644";
    private static final char TATWEEL = '\u0640';

    private ArabicText() {
    }

    /**
     * {@code s} composed (NFC) without Arabic diacritics (U+064B–U+065F, U+0670) and tatweel.
     * Hamza letters such as {@code أ} stay as they are, so {@code ألمانيا} keeps its {@code أل}.
     */
    static String withoutMarks(String s) {
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (!isArabicMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code word} without a leading definite article {@code ال} (U+0627 U+0644, or with alif
     * wasla {@code ٱل}), if the word has more. {@code أل} is not an article.
     */
    static String withoutArticle(String word) {
        boolean hasArticle = word.startsWith(ARTICLE) || word.startsWith(ARTICLE_WASLA);
        return hasArticle && word.length() > ARTICLE.length() ? word.substring(ARTICLE.length()) : word;
    }

    /**
     * {@code word} with letter variants folded: lower-case; hamza seats and Latin accents
     * dropped by decomposition ({@code أ إ آ} → {@code ا}, {@code ؤ} → {@code و},
     * {@code ئ} → {@code ي}, {@code é} → {@code e}); {@code ٱ} → {@code ا}; {@code ة} → {@code ه};
     * {@code ى} → {@code ي}; Persian letter forms to their Arabic ones; Arabic-Indic and
     * Persian digits → Western.
     */
    static String foldLetters(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == TATWEEL) {
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static char fold(char c) {
        int digit = UnArabic.digitValue(c);
        if (digit >= 0) {
            return (char) ('0' + digit);
        }
        switch (c) {
            case '\u0671': return '\u0627'; // ٱ alif wasla
            case '\u0629': return '\u0647'; // ة -> ه
            case '\u0649': return '\u064A'; // ى -> ي
            case '\u06CC': return '\u064A'; // Persian ی -> ي
            case '\u06A9': return '\u0643'; // Persian ک -> ك
            case '\u06AF': return '\u0643'; // گ -> ك
            case '\u067E': return '\u0628'; // پ -> ب
            case '\u0686': return '\u062C'; // چ -> ج
            case '\u0698': return '\u0632'; // ژ -> ز
            case '\u06A4': return '\u0641'; // ڤ -> ف
            default: return c;
        }
    }

    private static boolean isArabicMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == TATWEEL;
    }
}
