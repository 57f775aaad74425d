package org.tiptracker.report.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic text into its right-to-left stretches and the Latin ones inside it (document
 * symbols such as {@code A/71/50} or {@code CTOC/COP/WG.4/2019/1}, English titles in footnotes), so
 * that a Word file can print each Latin stretch as its own left-to-right run and bidi never
 * reorders a symbol. Text between the isolates U+2066/U+2067/U+2068 and U+2069 is Latin as it
 * stands (the isolate marks themselves are dropped); elsewhere a Latin stretch starts at a Latin
 * letter or Western digit and runs until the next Arabic letter, less its trailing spaces and
 * punctuation (a sentence's full stop stays Arabic; a closing bracket stays with its opening one).
 */
public final class BidiRuns {

    /** A stretch of text: {@code latin} when it is printed left to right. */
    public record Run(String text, boolean latin) {
    }

    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private BidiRuns() {
    }

    public static List<Run> split(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder arabic = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == LRI || c == FSI || c == RLI) {
                int end = text.indexOf(PDI, i + 1);
                if (end < 0) {
                    end = n;
                }
                String inside = text.substring(i + 1, end);
                if (c == RLI) {
                    arabic.append(inside);
                } else if (!inside.isEmpty()) {
                    flush(arabic, runs);
                    runs.add(new Run(inside, true));
                }
                i = Math.min(end + 1, n);
            } else if (c == PDI) {
                i++;
            } else if (startsLatin(c)) {
                int end = i;
                while (end < n && !isArabic(text.charAt(end)) && !isIsolate(text.charAt(end))) {
                    end++;
                }
                end = trimmedEnd(text, i, end);
                flush(arabic, runs);
                runs.add(new Run(text.substring(i, end), true));
                i = end;
            } else {
                arabic.append(c);
                i++;
            }
        }
        flush(arabic, runs);
        return runs;
    }

    /** Whether {@code text} holds any Arabic letter. */
    public static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isArabic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1) {
            char last = text.charAt(e - 1);
            if (Character.isLetterOrDigit(last) || last == '"' || last == '\u201D' || last == '\'') {
                break;
            }
            if (last == ')' && balance(text, start, e) == 0) {
                break;
            }
            e--;
        }
        return e;
    }

    private static int balance(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
        return open;
    }

    private static void flush(StringBuilder arabic, List<Run> runs) {
        if (!arabic.isEmpty()) {
            runs.add(new Run(arabic.toString(), false));
            arabic.setLength(0);
        }
    }

    private static boolean startsLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isIsolate(char c) {
        return c == LRI || c == RLI || c == FSI || c == PDI;
    }

    static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
    }
}
