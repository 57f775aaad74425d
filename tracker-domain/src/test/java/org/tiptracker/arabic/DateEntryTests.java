package org.tiptracker.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as typed into a date field, and as the field shows them. */
class DateEntryTests {

    private static final LocalDate MAY_30 = LocalDate.of(2016, 5, 30);

    @ParameterizedTest
    @ValueSource(strings = {
        "30/05/2016", "30-05-2016", "30.05.2016", "30/5/2016",
        "٣٠/٠٥/٢٠١٦", "٣٠-٠٥-٢٠١٦", "٣٠.٠٥.٢٠١٦", "٣٠/٥/٢٠١٦",
        "۳۰/۰۵/۲۰۱۶", "۳۰-۰۵-۲۰۱۶",
        "2016-05-30", "٢٠١٦-٠٥-٣٠", "۲۰۱۶-۰۵-۳۰", "2016-5-30",
        " 30/05/2016 ", "\u200F٣٠/٠٥/٢٠١٦\u200F", "\u2066٣٠/05/2016\u2069"
    })
    void dayMonthYearInEveryDigitStyleAndSeparatorAndIsoAreRead(String typed) {
        assertThat(DateEntry.parse(typed)).as(typed).contains(MAY_30);
        assertThat(DateEntry.isBlank(typed)).isFalse();
    }

    @Test
    void dayAndMonthAreNeverSwapped() {
        assertThat(DateEntry.parse("05/04/2016")).contains(LocalDate.of(2016, 4, 5));
        assertThat(DateEntry.parse("2016-04-05")).contains(LocalDate.of(2016, 4, 5));
        // Month-first, as a US browser would show it, names no month 30.
        assertThat(DateEntry.parse("05/30/2016")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "31/02/2016", "٣١/٠٢/٢٠١٦", "29/02/2015", "2015-02-29", "31/04/2016", "00/05/2016", "30/13/2016",
        "2016-13-01", "2016-02-30"
    })
    void daysTheCalendarDoesNotHaveAreRefused(String typed) {
        assertThat(DateEntry.parse(typed)).as(typed).isEmpty();
    }

    @Test
    void leapDaysAreRead() {
        assertThat(DateEntry.parse("29/02/2016")).contains(LocalDate.of(2016, 2, 29));
        assertThat(DateEntry.parse("٢٩/٠٢/٢٠٠٠")).contains(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "30/05/16", "30 05 2016", "30/05-2016", "2016/05/30", "30 May 2016", "2016-05-30T00:00", "30//05/2016",
        "+30/05/2016", "-1/05/2016", "1437/08/23هـ", "abc", "١٢٣", "30/05/20166", "300/05/2016"
    })
    void otherFormsAreRefused(String typed) {
        assertThat(DateEntry.parse(typed)).as(typed).isEmpty();
    }

    @Test
    void blanksAreBlankAndReadAsNothing() {
        assertThat(DateEntry.isBlank(null)).isTrue();
        assertThat(DateEntry.isBlank("")).isTrue();
        assertThat(DateEntry.isBlank("   ")).isTrue();
        assertThat(DateEntry.isBlank("\u200F")).isTrue();
        assertThat(DateEntry.parse(null)).isEmpty();
        assertThat(DateEntry.parse("")).isEmpty();
        assertThat(DateEntry.parse("  ")).isEmpty();
    }

    @Test
    void theFieldShowsDayMonthYearInTheDigitsAsked() {
        assertThat(DateEntry.format(MAY_30, DigitStyle.WESTERN)).isEqualTo("30/05/2016");
        assertThat(DateEntry.format(MAY_30, DigitStyle.ARABIC_INDIC)).isEqualTo("٣٠/٠٥/٢٠١٦");
        assertThat(DateEntry.format(LocalDate.of(2006, 1, 9), DigitStyle.ARABIC_INDIC)).isEqualTo("٠٩/٠١/٢٠٠٦");
    }

    @Test
    void whatTheFieldShowsReadsBackAsTheSameDate() {
        for (LocalDate d = LocalDate.of(2015, 12, 25); d.isBefore(LocalDate.of(2016, 3, 5)); d = d.plusDays(1)) {
            for (DigitStyle style : DigitStyle.values()) {
                assertThat(DateEntry.parse(DateEntry.format(d, style))).contains(d);
            }
        }
    }
}
