package org.tiptracker.document;

import java.util.Objects;
import java.util.regex.Pattern;

import org.tiptracker.arabic.UnArabic;

/**
 * How a document is cited, in UN Arabic and in English (see {@code UN-ARABIC.md}, "Symbols and
 * references"). The number is stored once, in its English order ({@code 70/179},
 * {@code 2006/27}, {@code 5/2}, {@code 2331 (2016)}), and written for Arabic number/session:
 * <ul>
 * <li>{@code قرار الجمعية العامة ١٧٩/٧٠}, and {@code قرارها ١٧٩/٧٠} when the Assembly itself is
 * the subject of the sentence (seed 001, para. 1);</li>
 * <li>{@code قرار المجلس الاقتصادي والاجتماعي ٢٧/٢٠٠٦} (seed 001, para. 63);</li>
 * <li>{@code مقرره 4/4}, {@code قراره 2/5} in a COP text with Western digits (seed 004);</li>
 * <li>{@code قرار مجلس الأمن ٢٣٣١ (٢٠١٦)}: a Security Council number is not reversed;</li>
 * <li>documents without a number keep their symbol in Latin letters: {@code S/PRST/2015/25},
 * {@code CTOC/COP/WG.4/2019/1}.</li>
 * </ul>
 */
public final class Citation {

    private static final Pattern SESSION_NUMBER = Pattern.compile("\\d+/\\d+");

    private final Organ organ;
    private final DocumentKind kind;
    private final String number;
    private final String symbol;

    /**
     * @param number the English-order number of a resolution or decision ({@code 70/179}), or null
     * @param symbol the document symbol ({@code A/RES/70/179}, {@code S/PRST/2015/25}), or null
     */
    public Citation(Organ organ, DocumentKind kind, String number, String symbol) {
        this.organ = Objects.requireNonNull(organ, "organ");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.number = blankToNull(number);
        this.symbol = blankToNull(symbol);
        if (this.number == null && this.symbol == null) {
            throw new IllegalArgumentException("a citation needs a number or a symbol");
        }
    }

    /** Whether the number can be written for Arabic (digits, or session/number). */
    public static boolean validNumber(String number) {
        return number != null && number.strip().matches("\\d+(/\\d+)?( \\(\\d{4}\\))?");
    }

    /** The number as Arabic prints it: reversed when it is session/number, digits in the style. */
    public String arabicNumber(UnArabic arabic) {
        if (number == null) {
            return null;
        }
        return SESSION_NUMBER.matcher(number).matches() ? arabic.resolution(number) : arabic.digits(number);
    }

    /** The full citation: {@code قرار الجمعية العامة ١٧٩/٧٠}; a symbol for unnumbered documents. */
    public String arabic(UnArabic arabic) {
        if (!kind.numbered() || number == null) {
            return symbol;
        }
        String body = organ == Organ.OTHER ? kind.arabic() : kind.arabic() + " " + organ.arabic();
        return body + " " + arabicNumber(arabic);
    }

    /**
     * The citation when the issuing organ is the subject of the sentence: {@code قرارها ١٧٩/٧٠}
     * ("in its resolution"), {@code مقرره 4/4}. Unnumbered documents: their symbol.
     */
    public String arabicOwn(UnArabic arabic) {
        if (!kind.numbered() || number == null) {
            return symbol;
        }
        return kind.arabic() + organ.pronounSuffix() + " " + arabicNumber(arabic);
    }

    /** {@code General Assembly resolution 70/179}; a symbol for unnumbered documents. */
    public String english() {
        if (!kind.numbered() || number == null) {
            return symbol;
        }
        String body = organ == Organ.OTHER ? capitalized(kind.english()) : organ.english() + " " + kind.english();
        return body + " " + number;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
