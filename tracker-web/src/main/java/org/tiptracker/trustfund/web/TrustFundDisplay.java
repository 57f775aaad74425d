package org.tiptracker.trustfund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.trustfund.FundAmounts;
import org.tiptracker.trustfund.persistence.FundViews;
import org.tiptracker.web.DisplayFormat;

/** How the Trust Fund pages print amounts, dates and names in the page's language. */
@Component("fundDisplay")
public record TrustFundDisplay(DisplayFormat format, TreatyRegistry registry) {

    /** An option of a select: its value and its text. */
    public record Choice(String value, String text) {
    }

    /** An exact amount: {@code ٣٥٧.٧٠١ دولار}, {@code $357,701}. */
    public String amount(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        String code = currency == null ? "" : currency.strip();
        return DisplayFormat.isEnglish(locale) ? FundAmounts.englishExact(amount, code)
                : FundAmounts.arabicExact(amount, code, format.arabic());
    }

    /** A summary amount: {@code ٢,٣ مليون دولار}, {@code $2.3 million}. */
    public String summary(BigDecimal amount, String currency, Locale locale) {
        return DisplayFormat.isEnglish(locale) ? FundAmounts.english(amount, currency)
                : FundAmounts.arabic(amount, currency, format.arabic());
    }

    public String date(LocalDate date, Locale locale) {
        return format.date(date, locale);
    }

    public String year(int year, Locale locale) {
        return DisplayFormat.isEnglish(locale) ? Integer.toString(year) : format.arabic().year(year);
    }

    public String number(long n, Locale locale) {
        return format.number(n, locale);
    }

    public String donor(FundViews.Donor donor, Locale locale) {
        return donor == null ? "" : donor.displayName(DisplayFormat.isEnglish(locale));
    }

    public String country(FundViews.Country country, Locale locale) {
        return country == null ? "" : country.name(DisplayFormat.isEnglish(locale));
    }

    /** Every participant as a choice, in UN Arabic order (or English alphabetical order). */
    public List<Choice> countries(Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Comparator<Choice> order = english ? Comparator.comparing(Choice::text)
                : Comparator.comparing(Choice::text, UnArabicOrder.INSTANCE);
        return registry.snapshot().participants().stream()
                .map(p -> {
                    ParticipantName name = p.currentName();
                    return new Choice(p.iso3(), english ? name.nameEn() : name.nameAr());
                })
                .sorted(order).toList();
    }
}
