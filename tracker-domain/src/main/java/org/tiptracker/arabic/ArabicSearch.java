package org.tiptracker.arabic;

import java.util.StringJoiner;

/**
 * Forgiving search over names: a query matches however hamzas, diacritics, articles, digits
 * and letter case are written. {@link #normalize(String)} is also the form to store for
 * database-side filtering (compare with {@code LIKE '%' || token || '%'}).
 */
public final class ArabicSearch {

    private ArabicSearch() {
    }

    /**
     * The searchable form of {@code s}: diacritics and tatweel removed; a leading {@code ال}
     * removed from each word (before the hamza is folded, so {@code ألمانيا} keeps its
     * {@code ال}: a query {@code المانيا} still matches it, as {@code مانيا}); then lower case,
     * {@code أ إ آ ٱ} → {@code ا}, {@code ة} → {@code ه}, {@code ى} → {@code ي}, {@code ؤ} →
     * {@code و}, {@code ئ} → {@code ي}, Latin accents dropped, Arabic-Indic and Persian digits
     * → Western; whitespace collapsed to single spaces and trimmed. {@code null} → {@code ""}.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringJoiner out = new StringJoiner(" ");
        for (String word : ArabicText.withoutMarks(s).trim().split("\\s+")) {
            String folded = ArabicText.foldLetters(ArabicText.withoutArticle(word));
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out.toString();
    }

    /**
     * Whether every word of the normalized {@code query} occurs, as a substring, in the
     * normalized {@code text}. A blank query matches everything.
     */
    public static boolean matches(String text, String query) {
        String haystack = normalize(text);
        String needle = normalize(query);
        if (needle.isEmpty()) {
            return true;
        }
        for (String token : needle.split(" ")) {
            if (!haystack.contains(token)) {
                return false;
            }
        }
        return true;
    }
}
