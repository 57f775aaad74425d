package org.tiptracker.report.compose;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Latin runs (document symbols such as {@code CTOC/COP/WG.4/2019/1}, a note verbale's
 * reference) from breaking the order of right-to-left Arabic text: each run is wrapped in a
 * left-to-right isolate, U+2066 (LRI) … U+2069 (PDI), so that its slashes and digits stay in place.
 */
public final class Bidi {

    /** LEFT-TO-RIGHT ISOLATE. */
    public static final char LRI = '\u2066';
    /** POP DIRECTIONAL ISOLATE. */
    public static final char PDI = '\u2069';

    /**
     * A Latin run: Latin letters and digits with the punctuation symbols use inside them
     * ({@code / . - _ # :}), several words joined by single spaces, and a hashtag's or handle's
     * leading {@code #} or {@code @}. A run of digits alone is a
     * number, not a symbol, and is not isolated.
     */
    private static final Pattern LATIN_RUN = Pattern.compile(
            "(?:[#@](?=[A-Za-z0-9]))?[A-Za-z0-9](?:[A-Za-z0-9/._#:\\-]|\\s(?=[A-Za-z0-9]))*");
    private static final Pattern ISOLATED = Pattern.compile("\u2066[^\u2069]*\u2069");

    private Bidi() {
    }

    /** {@code text} in one left-to-right isolate; empty text stays empty. */
    public static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return LRI + text + String.valueOf(PDI);
    }

    /**
     * Arabic text made safe to print: every Latin run that holds a Latin letter is isolated (a
     * run's closing full stop or colon stays outside, it belongs to the sentence), runs already
     * isolated are left alone, and everything else, including numbers written with Latin digits,
     * goes through {@code outside} (the report's digit conversion, for instance).
     */
    public static String isolateLatin(String text, UnaryOperator<String> outside) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher isolated = ISOLATED.matcher(text);
        int at = 0;
        while (isolated.find()) {
            out.append(isolateRuns(text.substring(at, isolated.start()), outside));
            out.append(isolated.group());
            at = isolated.end();
        }
        out.append(isolateRuns(text.substring(at), outside));
        return out.toString();
    }

    private static String isolateRuns(String text, UnaryOperator<String> outside) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher run = LATIN_RUN.matcher(text);
        int at = 0;
        while (run.find()) {
            String symbol = run.group();
            int end = symbol.length();
            while (end > 0 && ".:-_".indexOf(symbol.charAt(end - 1)) >= 0) {
                end--;
            }
            symbol = symbol.substring(0, end);
            if (!hasLatinLetter(symbol)) {
                continue;
            }
            out.append(outside.apply(text.substring(at, run.start())));
            out.append(isolate(symbol));
            at = run.start() + end;
        }
        out.append(outside.apply(text.substring(at)));
        return out.toString();
    }

    /** {@code text} with its isolated runs taken out: what must read as Arabic. */
    public static String outsideIsolates(String text) {
        return ISOLATED.matcher(text).replaceAll(" ");
    }

    /** Whether a Latin digit stands outside every isolate (never so in a report's Arabic text). */
    public static boolean hasBareLatinDigit(String text) {
        return outsideIsolates(text).chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether a Latin letter stands outside every isolate. */
    public static boolean hasBareLatinLetter(String text) {
        return hasLatinLetter(outsideIsolates(text));
    }

    private static boolean hasLatinLetter(String s) {
        return s.chars().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    }
}
