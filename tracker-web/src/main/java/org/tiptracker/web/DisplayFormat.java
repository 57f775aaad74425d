package org.tiptracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tiptracker.arabic.DateEntry;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.arabic.UnArabic;

/**
 * How the interface prints dates and numbers: UN Arabic in Arabic (the digit style is a setting,
 * {@code tracker.ui.digits}: {@code arabic-indic} or {@code western}), UN English otherwise.
 */
@Component("displayFormat")
public class DisplayFormat {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final LocalDate DATE_ENTRY_EXAMPLE = LocalDate.of(2016, 5, 30);

    private final UnArabic arabic;

    public DisplayFormat(@Value("${tracker.ui.digits:arabic-indic}") String digits) {
        this.arabic = new UnArabic("western".equalsIgnoreCase(digits) ? DigitStyle.WESTERN : DigitStyle.ARABIC_INDIC);
    }

    public UnArabic arabic() {
        return arabic;
    }

    /**
     * A record's source as the page prints it ({@code fragments/source :: text}): on an Arabic
     * page in UN Arabic where its form is known, symbols isolated; otherwise as recorded, marked
     * English ({@code lang}, {@code dir}) so that it never runs unmarked into the Arabic text. On an
     * English page as recorded.
     */
    public record SourceText(String text, String lang, String dir) {
    }

    /**
     * Text of the page's language as the page prints it: on an Arabic page its numbers in the
     * configured digits, the Latin symbols in it ({@code A/RES/70/179}) kept and isolated.
     */
    public String text(String text, Locale locale) {
        return text == null || isEnglish(locale) ? text
                : org.tiptracker.arabic.SourceReference.isolateSymbols(text, arabic);
    }

    public SourceText source(String source, Locale locale) {
        if (source == null || source.isBlank()) {
            return new SourceText("", null, null);
        }
        if (isEnglish(locale)) {
            return new SourceText(source, null, null); // its Arabic runs are marked by fragments/text :: runs
        }
        org.tiptracker.arabic.SourceReference.Rendered rendered = org.tiptracker.arabic.SourceReference.arabic(source, arabic);
        return rendered.arabic() ? new SourceText(rendered.text(), null, null) : new SourceText(rendered.text(), "en", "ltr");
    }

    /**
     * The digits the page prints, for its scripts ({@code <html data-digits>}): {@code latin} on
     * English pages, the configured style ({@code arabic-indic} or {@code latin}) on Arabic ones.
     */
    public String digitsOf(Locale locale) {
        return isEnglish(locale) || arabic.digits("0").equals("0") ? "latin" : "arabic-indic";
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return isEnglish(locale) ? ENGLISH_DATE.format(date) : arabic.date(date);
    }

    /**
     * What a date field shows: a date (or text naming one, as forms keep it) as {@code dd/mm/yyyy}
     * in the page's digits ({@code ٣٠/٠٥/٢٠١٦} or {@code 30/05/2016}); text that names no date
     * exactly as it was typed, so the person sees what was refused; empty for nothing.
     */
    public String dateEntry(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DateEntry.format(date, digitStyleOf(locale));
        }
        String text = value.toString();
        return DateEntry.parse(text).map(date -> DateEntry.format(date, digitStyleOf(locale))).orElse(text);
    }

    /** The example a date field's hint gives: 30 May 2016 as {@link #dateEntry} shows it. */
    public String dateEntryExample(Locale locale) {
        return dateEntry(DATE_ENTRY_EXAMPLE, locale);
    }

    /** The digits of the page: Western on English pages, the configured style on Arabic ones. */
    public DigitStyle digitStyleOf(Locale locale) {
        return isEnglish(locale) ? DigitStyle.WESTERN : arabic.style();
    }

    /** The day of an instant (UTC, as the records keep time), as {@link #date(LocalDate, Locale)} prints it. */
    public String day(java.time.Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate(), locale);
    }

    /** The time of an instant (UTC) for lists of changes: {@code 2016-05-30 14:05}, digits as the page prints them. */
    public String time(java.time.Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String text = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atOffset(java.time.ZoneOffset.UTC));
        return isEnglish(locale) ? text : arabic.digits(text);
    }

    /** A year: Western digits on English pages, UN Arabic ones otherwise. */
    public String year(int year, Locale locale) {
        return isEnglish(locale) ? Integer.toString(year) : arabic.year(year);
    }

    /**
     * The message key naming a participant's region (as recorded: {@code Americas}) in the one classification
     * every page and export uses, the UN M49 regions ({@link org.tiptracker.common.Regions}).
     */
    public String regionKey(String region) {
        return org.tiptracker.common.Regions.messageKey(region);
    }

    public String number(long value, Locale locale) {
        return isEnglish(locale) ? String.format(Locale.ENGLISH, "%,d", value) : arabic.integer(value);
    }
}
