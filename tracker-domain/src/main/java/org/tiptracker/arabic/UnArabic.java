package org.tiptracker.arabic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Formats numbers, dates, counts, lists, symbols and headings the way UN Arabic documents
 * print them (see {@code shared/docs/UN-ARABIC.md}). Immutable and thread-safe.
 *
 * <p>Two settings: the {@link DigitStyle}, and {@code wordsUpTo}, the largest count written in
 * words (default 9: {@code سبع دول} but {@code ١٠ دول}). Words exist for 1–99; a count that
 * opens a sentence can use {@code withWordsUpTo(99)} ({@code تسع عشرة دولة عضواً}).
 */
public final class UnArabic {

    /** Default for the largest count written in words. */
    public static final int DEFAULT_WORDS_UP_TO = 9;

    private static final String LIST_SEPARATOR = "، ";
    private static final String AND = "و";
    private static final String PER_CENT = " في المائة";

    private static final String[] MONTHS = {
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
        "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"
    };

    private static final String[] CHAPTERS = {
        "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً",
        "عاشراً", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر", "سادس عشر",
        "سابع عشر", "ثامن عشر", "تاسع عشر"
    };

    private final DigitStyle style;
    private final int wordsUpTo;

    /** A formatter that writes counts up to {@value #DEFAULT_WORDS_UP_TO} in words. */
    public UnArabic(DigitStyle style) {
        this(style, DEFAULT_WORDS_UP_TO);
    }

    /**
     * A formatter that writes counts {@code <= wordsUpTo} in words.
     *
     * @param wordsUpTo 0–99; 1 and 2 are always written with the noun itself
     *                  ({@code دولة واحدة}, {@code دولتان})
     */
    public UnArabic(DigitStyle style, int wordsUpTo) {
        this.style = Objects.requireNonNull(style, "style");
        if (wordsUpTo < 0 || wordsUpTo > ArabicNumberWords.MAX) {
            throw new IllegalArgumentException(
                    "wordsUpTo must be 0.." + ArabicNumberWords.MAX + ", not " + wordsUpTo);
        }
        this.wordsUpTo = wordsUpTo;
    }

    /** Eastern Arabic-Indic digits, as in the 2016 and 2019 seeds. */
    public static UnArabic arabicIndic() {
        return new UnArabic(DigitStyle.ARABIC_INDIC);
    }

    /** Western digits, as in the 2020 seed. */
    public static UnArabic western() {
        return new UnArabic(DigitStyle.WESTERN);
    }

    public DigitStyle style() {
        return style;
    }

    /** The largest count written in words. */
    public int wordsUpTo() {
        return wordsUpTo;
    }

    /** This formatter with another {@code wordsUpTo}. */
    public UnArabic withWordsUpTo(int newWordsUpTo) {
        return new UnArabic(style, newWordsUpTo);
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Every digit in {@code s} in this style. Western, Arabic-Indic and Persian digits are all
     * converted, so the result is in one style whatever the input; other text is unchanged.
     */
    public String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int value = digitValue(c);
            out.append(value < 0 ? c : style.digit(value));
        }
        return out.toString();
    }

    /**
     * An integer: five digits or more are grouped in threes by {@code .}, four are not:
     * {@code ١٠٠.٠٠٠}, {@code ١٠٦٦}, {@code -٤٠٠.٠٠٠}.
     */
    public String integer(long n) {
        String plain = Long.toString(n);
        return n < 0 ? "-" + grouped(plain.substring(1)) : grouped(plain);
    }

    /** A year, never grouped: {@code ٢٠١٦}. */
    public String year(int y) {
        return digits(Integer.toString(y));
    }

    /**
     * A decimal with {@code ,} as the separator and the integer part as {@link #integer}:
     * {@code 1.75} → {@code ١,٧٥}. The scale is kept ({@code 2.30} → {@code ٢,٣٠}).
     */
    public String decimal(BigDecimal d) {
        String plain = d.toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        String unsigned = sign.isEmpty() ? plain : plain.substring(1);
        int point = unsigned.indexOf('.');
        if (point < 0) {
            return sign + grouped(unsigned);
        }
        return sign + grouped(unsigned.substring(0, point)) + "," + digits(unsigned.substring(point + 1));
    }

    /** A percentage in words: {@code ٨٥ في المائة}. */
    public String percent(BigDecimal d) {
        return decimal(d) + PER_CENT;
    }

    /** A percentage in words; trailing zeros are dropped ({@code 85.0} → {@code ٨٥ في المائة}). */
    public String percent(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + d);
        }
        BigDecimal value = BigDecimal.valueOf(d).stripTrailingZeros();
        return percent(value.scale() < 0 ? value.setScale(0) : value);
    }

    /** A whole percentage in words: {@code ٨٥ في المائة}. */
    public String percent(long n) {
        return integer(n) + PER_CENT;
    }

    // ---------------------------------------------------------------- dates

    /** The month's two names: 8 → {@code آب/أغسطس}, 6 → {@code حزيران/يونيه}. */
    public String monthName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, not " + month);
        }
        return MONTHS[month - 1];
    }

    /** A date: {@code ١٢ آب/أغسطس ٢٠١٤} (day without a leading zero). */
    public String date(LocalDate d) {
        return digits(Integer.toString(d.getDayOfMonth())) + " " + month(YearMonth.from(d));
    }

    /** A month of a year: {@code تشرين الأول/أكتوبر ٢٠١٤}. */
    public String month(YearMonth ym) {
        return monthName(ym.getMonthValue()) + " " + year(ym.getYear());
    }

    /**
     * A range of days. Within one month: {@code ٩-١١ أيلول/سبتمبر ٢٠١٩}; one day: the date;
     * otherwise the two full dates joined by {@code " - "}.
     */
    public String dateRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + ", " + to);
        }
        if (from.equals(to)) {
            return date(from);
        }
        if (YearMonth.from(from).equals(YearMonth.from(to))) {
            return digits(from.getDayOfMonth() + "-" + to.getDayOfMonth()) + " " + month(YearMonth.from(to));
        }
        return date(from) + " - " + date(to);
    }

    // ---------------------------------------------------------------- counts

    /**
     * A count with its noun, in the nominative: 1 {@code دولة واحدة}, 2 {@code دولتان},
     * 3–10 number + plural ({@code سبع دول}, {@code ستة مكاتب}, {@code ١٠ دول}), 11–99
     * number + accusative singular ({@code ٣٣ دولة}, {@code ٣٠ مشروعاً}), 100 and above
     * number + singular, except that a number ending in 11–99 takes the accusative singular
     * ({@code ١٨٦ دولة}). Counts up to {@link #wordsUpTo()} are in words. Zero is printed as
     * digits with the singular; phrase "none" in the sentence instead.
     */
    public String count(long n, CountedNoun noun) {
        return count(n, noun, GrammaticalCase.NOMINATIVE);
    }

    /** {@link #count(long, CountedNoun)} in the given case ({@code دولتين}, {@code عشرين دولة}). */
    public String count(long n, CountedNoun noun, GrammaticalCase grammaticalCase) {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(grammaticalCase, "grammaticalCase");
        if (n < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + n);
        }
        if (n == 1) {
            return noun.singular() + " " + (noun.feminine() ? "واحدة" : "واحد");
        }
        if (n == 2) {
            return noun.dual(grammaticalCase);
        }
        return number(n, noun, grammaticalCase) + " " + nounFor(n, noun);
    }

    /**
     * A count with its noun followed by an accusative complement that agrees with it:
     * {@code دولة واحدة طرفاً}, {@code دولتان طرفين}, {@code سبع دول أطرافاً},
     * {@code ١٠ دول أطرافاً}, {@code ١٨٦ دولة طرفاً}. The counted phrase is nominative
     * (the subject of {@code أصبحت} / {@code كانت هناك}).
     */
    public String countAccusative(long n, CountedNoun noun, Complement complement) {
        return countAccusative(n, noun, complement, GrammaticalCase.NOMINATIVE);
    }

    /** {@link #countAccusative(long, CountedNoun, Complement)} with the counted phrase in the given case. */
    public String countAccusative(long n, CountedNoun noun, Complement complement,
                                  GrammaticalCase grammaticalCase) {
        Objects.requireNonNull(complement, "complement");
        String counted = count(n, noun, grammaticalCase);
        return n == 0 ? counted : counted + " " + complement.forCount(n);
    }

    private String number(long n, CountedNoun noun, GrammaticalCase grammaticalCase) {
        if (n >= 1 && n <= wordsUpTo) {
            return ArabicNumberWords.words((int) n, noun.feminine(), grammaticalCase);
        }
        return integer(n);
    }

    private static String nounFor(long n, CountedNoun noun) {
        if (n >= 3 && n <= 10) {
            return noun.plural();
        }
        long lastTwo = n % 100;
        return lastTwo >= 11 ? noun.accusativeSingular() : noun.singular();
    }

    // ---------------------------------------------------------------- lists

    /*
     * The seed's two forms of a list in a sentence. An enumeration after a colon ("وهي: …",
     * "الدول التالية …: …", seed 001 paras 3 and 5) is separated by "،" alone: list(). A short
     * list inside running text joins every item with "و" ("كل من بنما والكونغو والمغرب",
     * seed 001 para. 36; "... في عام ٢٠١٥ والمكتب ... في عام ٢٠١٦", para. 64): listWithAnd().
     */

    /**
     * Items joined by the Arabic comma, the form of an enumeration after a colon:
     * {@code وهي: سيراليون (١٢ آب/أغسطس ٢٠١٤)، إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤)} (seed 001, paras 3 and 5).
     */
    public String list(List<String> items) {
        return String.join(LIST_SEPARATOR, items);
    }

    /**
     * Items joined by {@code و} attached to each following item, the form of a short list inside
     * running text: {@code كل من بنما والكونغو والمغرب} (seed 001, para. 36).
     */
    public String listWithAnd(List<String> items) {
        return String.join(" " + AND, items);
    }

    // ---------------------------------------------------------------- symbols and headings

    /**
     * A resolution or decision number, stored in English order (session/number or
     * year/number), written number/session: {@code 70/179} → {@code ١٧٩/٧٠},
     * {@code 2006/27} → {@code ٢٧/٢٠٠٦}, {@code 9/1} → {@code 1/9} (Western). A symbol with a
     * prefix ({@code A/RES/70/179}) uses its last two parts.
     */
    public String resolution(String englishSymbol) {
        String[] parts = englishSymbol.trim().split("/");
        if (parts.length < 2 || parts[parts.length - 1].isBlank() || parts[parts.length - 2].isBlank()) {
            throw new IllegalArgumentException("not a resolution number: " + englishSymbol);
        }
        return digits(parts[parts.length - 1] + "/" + parts[parts.length - 2]);
    }

    /**
     * A chapter heading number: {@code أولاً-} ... {@code عاشراً-}, then {@code حادي عشر-} ...
     * {@code تاسع عشر-} (1–19).
     */
    public String chapter(int n) {
        if (n < 1 || n > CHAPTERS.length) {
            throw new IllegalArgumentException("chapter must be 1.." + CHAPTERS.length + ", not " + n);
        }
        return CHAPTERS[n - 1] + "-";
    }

    /** A section heading number, by abjad letter names: {@code ألف-}, {@code باء-}, {@code جيم-}. */
    public String section(int n) {
        return Abjad.name(n) + "-";
    }

    /** A sub-section heading number: {@code ١-}. */
    public String subsection(int n) {
        return positive(n) + "-";
    }

    /** A paragraph number, as it opens the paragraph: {@code ١- }. */
    public String paragraphNumber(int n) {
        return positive(n) + "- ";
    }

    /** A footnote mark: {@code (١)}. */
    public String footnote(int n) {
        return "(" + positive(n) + ")";
    }

    private String positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("numbering starts at 1, not " + n);
        }
        return digits(Integer.toString(n));
    }

    private String grouped(String unsignedDigits) {
        if (unsignedDigits.length() < 5) {
            return digits(unsignedDigits);
        }
        StringBuilder out = new StringBuilder();
        int head = unsignedDigits.length() % 3;
        if (head > 0) {
            out.append(unsignedDigits, 0, head);
        }
        for (int i = head; i < unsignedDigits.length(); i += 3) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(unsignedDigits, i, i + 3);
        }
        return digits(out.toString());
    }

    /** {@code s} with Arabic-Indic ({@code ٠-٩}) and Persian ({@code ۰-۹}) digits as ASCII digits, for parsing input. */
    public static String westernDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = digitValue(c);
            out.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        return out.toString();
    }

    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnArabic other && other.style == style && other.wordsUpTo == wordsUpTo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(style, wordsUpTo);
    }

    @Override
    public String toString() {
        return "UnArabic[" + style + ", wordsUpTo=" + wordsUpTo + "]";
    }
}
