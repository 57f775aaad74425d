package org.tiptracker.common;

/**
 * Text as people meant it: without the characters no one types and the database refuses or
 * mangles — NUL and the other C0 control characters except tab, line feed and carriage return,
 * DEL, and halves of surrogate pairs standing alone (what a broken encoding leaves). Everything
 * else, including every Arabic letter, mark and direction mark, is kept.
 */
public final class CleanText {

    private CleanText() {
    }

    /** {@code s} without those characters; the same instance when it has none; null stays null. */
    public static String of(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (!unwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code s} holds none of those characters. */
    public static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (unwanted(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unwanted(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || Character.isSurrogate(c);
    }
}
