package org.tiptracker.search;

import java.util.ArrayList;
import java.util.List;

import org.tiptracker.arabic.ArabicSearch;

/**
 * A short passage of a hit's text with the words the query names marked. Words match as the
 * search does, forgivingly: hamza forms, ة/ه, ى/ي, diacritics, tatweel, the article and its
 * attached prefixes (ال بال كال فال وال لل), either kind of digits and letter case do not matter,
 * and a word matches a query word that shares its stem (one is a prefix of the other, or they share
 * at least four letters and differ only in their last four: {@code fees} and {@code fee},
 * {@code recruitment} and {@code recruiting}, {@code الاتجار} and {@code والاتجار}).
 *
 * @param parts the passage in order; marked parts are the matching words
 * @param cutBefore whether text precedes the passage
 * @param cutAfter  whether text follows it
 */
public record SearchSnippet(List<Part> parts, boolean cutBefore, boolean cutAfter) {

    /** A run of text, marked when it is a matching word. */
    public record Part(String text, boolean marked) {
    }

    public SearchSnippet {
        parts = List.copyOf(parts);
    }

    /**
     * The passage of at most {@code maxWords} words of {@code text} around its first word matching
     * {@code query}; the opening words when none matches. A null text gives an empty snippet.
     */
    public static SearchSnippet of(String text, String query, int maxWords) {
        if (text == null || text.isBlank()) {
            return new SearchSnippet(List.of(), false, false);
        }
        List<String> needles = new ArrayList<>();
        for (String word : ArabicSearch.normalize(query).split(" ")) {
            String stem = stem(word);
            if (stem.length() >= 2) {
                needles.add(stem);
            }
        }
        String[] words = text.strip().split("\\s+");
        boolean[] marked = new boolean[words.length];
        int first = -1;
        for (int i = 0; i < words.length; i++) {
            marked[i] = matches(words[i], needles);
            if (marked[i] && first < 0) {
                first = i;
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - maxWords / 3);
        int end = Math.min(words.length, start + maxWords);
        start = Math.max(0, Math.min(start, end - maxWords));
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int i = start; i < end; i++) {
            String separator = i > start ? " " : "";
            if (marked[i]) {
                plain.append(separator);
                flush(parts, plain);
                parts.add(new Part(words[i], true));
            } else {
                plain.append(separator).append(words[i]);
            }
        }
        flush(parts, plain);
        return new SearchSnippet(parts, start > 0, end < words.length);
    }

    /** The passage as plain text, with an ellipsis where it was cut. */
    public String plain() {
        StringBuilder out = new StringBuilder(cutBefore ? "… " : "");
        parts.forEach(p -> out.append(p.text()));
        return out.append(cutAfter ? " …" : "").toString();
    }

    /** The passage as HTML: text escaped, matching words in {@code <mark>}. */
    public String html() {
        StringBuilder out = new StringBuilder(cutBefore ? "… " : "");
        for (Part part : parts) {
            String escaped = escape(part.text());
            out.append(part.marked() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return out.append(cutAfter ? " …" : "").toString();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    private static void flush(List<Part> parts, StringBuilder plain) {
        if (!plain.isEmpty()) {
            parts.add(new Part(plain.toString(), false));
            plain.setLength(0);
        }
    }

    private static boolean matches(String word, List<String> needles) {
        if (needles.isEmpty()) {
            return false;
        }
        String stem = stem(ArabicSearch.normalize(word.replaceAll("[\\p{P}\\p{S}&&[^/]]", "")));
        if (stem.length() < 2) {
            return false;
        }
        for (String needle : needles) {
            int common = 0;
            int shorter = Math.min(stem.length(), needle.length());
            while (common < shorter && stem.charAt(common) == needle.charAt(common)) {
                common++;
            }
            if (common == shorter && shorter >= 3 || common == stem.length() && common == needle.length()
                    || common >= 4 && common >= Math.max(stem.length(), needle.length()) - 4) {
                return true;
            }
        }
        return false;
    }

    /** A normalized word without the prefixes attached to an article (normalize already took a bare {@code ال}). */
    private static String stem(String word) {
        for (String prefix : new String[] {"وال", "فال", "بال", "كال", "لل"}) {
            if (word.startsWith(prefix) && word.length() > prefix.length() + 1) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
