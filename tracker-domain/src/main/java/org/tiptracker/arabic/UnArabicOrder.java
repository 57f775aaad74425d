package org.tiptracker.arabic;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UN Arabic alphabetical order of names (States, entities), as verified on every State list
 * of seed 001 (paras. 5, 36, 41, 50):
 * <ul>
 *   <li>a definite article {@code ال} (U+0627 U+0644) at the start of each word is ignored
 *       ({@code الاتحاد الروسي} sorts as {@code اتحاد روسي}), but {@code أل} is not
 *       ({@code ألمانيا} sorts under {@code ا} with {@code ل} second);</li>
 *   <li>diacritics and tatweel are ignored; {@code أ إ آ ا ٱ} are one letter; {@code ة} sorts
 *       as {@code ه}, {@code ى} and {@code ئ} as {@code ي}, {@code ؤ} as {@code و}: a hamza counts
 *       by its seat, so a seatless {@code ء} is ignored;</li>
 *   <li>letters compare in the order
 *       {@code ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي};</li>
 *   <li>a word boundary (space, hyphen) sorts before any letter, digits before letters, Arabic
 *       letters before Latin ones (Latin case-insensitive, accents ignored), punctuation is
 *       ignored;</li>
 *   <li>names with equal keys are ordered by the full original string.</li>
 * </ul>
 * Thread-safe. The comparator remembers the keys of the names it has seen (at most
 * {@value #REMEMBERED_KEYS}; the names of participants, agencies and donors are a few hundred), so
 * sorting a list works each key out once, not at every comparison.
 */
public final class UnArabicOrder implements Comparator<String> {

    /** The one instance. */
    public static final UnArabicOrder INSTANCE = new UnArabicOrder();

    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final char BOUNDARY = '\u0001';
    private static final char DIGIT_BASE = '\u0010';
    private static final char ARABIC_BASE = '\u0100';
    private static final char LATIN_BASE = '\u0200';
    private static final char OTHER_OFFSET = '\u0300';
    private static final char HAMZA = '\u0621';

    static final int REMEMBERED_KEYS = 10_000;

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private UnArabicOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int byKey = key(a).compareTo(key(b));
        return byKey != 0 ? byKey : a.compareTo(b);
    }

    private String key(String name) {
        String key = keys.get(name);
        if (key == null) {
            if (keys.size() >= REMEMBERED_KEYS) {
                keys.clear(); // a bound, never reached by real names
            }
            key = sortKey(name);
            keys.put(name, key);
        }
        return key;
    }

    /**
     * A key whose plain {@link String#compareTo} order is the UN Arabic order of the names.
     * Keys are opaque: compare them, do not display them.
     */
    public static String sortKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (String word : ArabicText.withoutMarks(name).split("[\\s\\-\u2010\u2011\u2012\u2013]+")) {
            String folded = ArabicText.foldLetters(ArabicText.withoutArticle(word));
            StringBuilder letters = new StringBuilder(folded.length());
            appendLetters(letters, folded);
            if (letters.length() == 0) {
                continue; // nothing in this word sorts
            }
            if (key.length() > 0) {
                key.append(BOUNDARY);
            }
            key.append(letters);
        }
        return key.toString();
    }

    private static void appendLetters(StringBuilder key, String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int rank = ALPHABET.indexOf(c);
            if (rank >= 0) {
                key.append((char) (ARABIC_BASE + rank + 1));
            } else if (c >= '0' && c <= '9') {
                key.append((char) (DIGIT_BASE + (c - '0')));
            } else if (c >= 'a' && c <= 'z') {
                key.append((char) (LATIN_BASE + (c - 'a')));
            } else if (c != HAMZA && Character.isLetterOrDigit(c)) {
                key.append(c < OTHER_OFFSET ? (char) (c + OTHER_OFFSET) : c);
            }
            // anything else (punctuation, a seatless hamza) does not sort
        }
    }
}
