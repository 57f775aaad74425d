package org.tiptracker.export;

/**
 * Text that goes into a spreadsheet cell. A value that a spreadsheet would read as a formula
 * ({@code = + - @}, tab or carriage return first) is prefixed with an apostrophe, so it is
 * shown as text and never executed (CSV injection).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20') {
            return "'" + value;
        }
        return value;
    }

    /** True when the value would be taken as a formula by a spreadsheet. */
    public static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && !neutralize(value).equals(value);
    }
}
