package org.tiptracker.arabic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people type it and as the interface shows it in a date field: day, month, year
 * ({@code 30/05/2016}, {@code ٣٠/٠٥/٢٠١٦}), the order of UN Arabic and UN English dates.
 *
 * <p>Read: day/month/year with {@code /}, {@code -} or {@code .} between the parts (the same one
 * twice), the day and month of one or two digits, the year of four; or ISO {@code 2016-05-30}, the
 * form links, bookmarks and the API use. Western, Arabic-Indic ({@code ٠-٩}) and Extended
 * Arabic-Indic ({@code ۰-۹}) digits are all read, even mixed; surrounding spaces and the
 * direction marks that copying from Arabic text leaves behind are ignored. A date the calendar
 * does not have ({@code 31/02/2016}) is not read. Written: always {@code dd/mm/yyyy}, in the
 * digits asked for.
 */
public final class DateEntry {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** LRM, RLM, ALM and the isolates and embeddings (U+202A–U+202E, U+2066–U+2069). */
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    private DateEntry() {
    }

    /** Whether nothing but spaces (or direction marks) was typed. */
    public static boolean isBlank(String text) {
        return text == null || clean(text).isEmpty();
    }

    /**
     * The date {@code text} names; empty when the text is blank, is in no accepted form, or names
     * a day the calendar does not have.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = clean(text);
        if (t.length() > 10) {
            return Optional.empty();
        }
        Matcher day = DAY_FIRST.matcher(t);
        if (day.matches()) {
            return date(day.group(4), day.group(3), day.group(1));
        }
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        return Optional.empty();
    }

    /** {@code date} as a date field shows it: {@code 30/05/2016}, or {@code ٣٠/٠٥/٢٠١٦}. */
    public static String format(LocalDate date, DigitStyle digits) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(digits, "digits");
        String western = String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        return new UnArabic(digits).digits(western);
    }

    private static String clean(String text) {
        return DIRECTION_MARKS.matcher(UnArabic.westernDigits(text)).replaceAll("").strip();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
