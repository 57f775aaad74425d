package org.tiptracker.arabic;

/**
 * The digits a document prints. The 2016 and 2019 seed documents use Eastern Arabic-Indic
 * digits (U+0660–U+0669); the 2020 COP resolution uses Western digits. It is a setting of a
 * report and of the UI, never a constant.
 */
public enum DigitStyle {
    /** {@code ٠١٢٣٤٥٦٧٨٩}. */
    ARABIC_INDIC('\u0660'),
    /** {@code 0123456789}. */
    WESTERN('0');

    private final char zero;

    DigitStyle(char zero) {
        this.zero = zero;
    }

    /** The digit for {@code value} (0–9) in this style. */
    char digit(int value) {
        return (char) (zero + value);
    }
}
