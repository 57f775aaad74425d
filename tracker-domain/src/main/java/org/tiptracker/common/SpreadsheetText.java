package org.tiptracker.common;

/**
 * Text going into or coming out of a spreadsheet cell, the one place that knows what a spreadsheet
 * takes for a formula: {@code = + - @} (also their full-width forms), a tab or a carriage return
 * first. On the way out such a value is prefixed with an apostrophe, so that it is shown as text and
 * never executed (CSV injection); on the way in it is recognised, leading spaces or not.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    private static boolean formulaSign(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** {@code value} as a cell shows it as text (null as empty). */
    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return formulaSign(value.charAt(0)) ? "'" + value : value;
    }

    /** True when a spreadsheet would take the value for a formula, at its first character or after leading spaces. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String stripped = value.strip();
        return formulaSign(value.charAt(0)) || (!stripped.isEmpty() && formulaSign(stripped.charAt(0)));
    }

    /**
     * True when the value, leading spaces aside, starts with the signs a spreadsheet always computes
     * ({@code =}, {@code @}, also full-width), as a typed cell does; text such as {@code - a list
     * item} or {@code +1 more} does not.
     */
    public static boolean startsAFormula(String value) {
        String s = value == null ? "" : value.stripLeading();
        return !s.isEmpty() && (s.charAt(0) == '=' || s.charAt(0) == '@' || s.charAt(0) == '\uFF1D' || s.charAt(0) == '\uFF20');
    }
}
