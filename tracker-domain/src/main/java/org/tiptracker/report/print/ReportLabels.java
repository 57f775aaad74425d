package org.tiptracker.report.print;

import java.util.Objects;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.report.ReportLanguage;

/**
 * The labels printed before a report's headings and paragraphs (seed 001), in Arabic with a
 * report's digits or in English: chapters {@code أولاً-} / {@code I.}, sections {@code ألف-} /
 * {@code A.}, sub-sections {@code ١-} / {@code 1.}, paragraphs {@code ١ -} / {@code 1.},
 * sub-paragraphs {@code (أ)} / {@code (a)}, footnotes {@code (١)} / {@code 1}.
 */
public final class ReportLabels {

    private static final String[] ROMAN_UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    private static final String[] ROMAN_TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};

    private final ReportLanguage language;
    private final UnArabic arabic;

    public ReportLabels(ReportLanguage language, UnArabic arabic) {
        this.language = Objects.requireNonNull(language, "language");
        this.arabic = Objects.requireNonNull(arabic, "arabic");
    }

    public ReportLanguage language() {
        return language;
    }

    /** {@code ثالثاً-} / {@code III.} */
    public String chapter(int n) {
        return english() ? roman(n) + "." : arabic.chapter(n);
    }

    /** {@code باء-} / {@code B.} */
    public String section(int n) {
        return english() ? latinLetter(n, true) + "." : arabic.section(n);
    }

    /** {@code ٢-} / {@code 2.} */
    public String subsection(int n) {
        return english() ? n + "." : arabic.subsection(n);
    }

    /** {@code ٥ -} (seed 001 prints a space before the dash) / {@code 5.} */
    public String paragraph(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("paragraphs are numbered from 1, not " + n);
        }
        return english() ? n + "." : arabic.digits(Integer.toString(n)) + " -";
    }

    /** {@code (ب)} / {@code (b)}; past the abjad sequence, the number in brackets. */
    public String subparagraph(int n) {
        if (english()) {
            return "(" + latinLetter(n, false) + ")";
        }
        return n <= Abjad.size() ? Abjad.item(n) : arabic.footnote(n);
    }

    /** {@code (١)} / {@code 1} */
    public String footnote(int n) {
        return english() ? Integer.toString(n) : arabic.footnote(n);
    }

    /** Upper-case Roman numerals, 1–99: 9 → {@code IX}. */
    public static String roman(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("roman numerals for 1..99, not " + n);
        }
        return ROMAN_TENS[n / 10] + ROMAN_UNITS[n % 10];
    }

    /** {@code a} … {@code z}, then {@code aa}, {@code bb} as UN English documents continue. */
    private static String latinLetter(int n, boolean upper) {
        if (n < 1) {
            throw new IllegalArgumentException("lettering starts at 1, not " + n);
        }
        char letter = (char) ((upper ? 'A' : 'a') + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private boolean english() {
        return language == ReportLanguage.EN;
    }
}
