package org.tiptracker.trustfund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.web.FormInput;

/**
 * Reads typed text into values, each failure a message next to its field (the text stays in the
 * form as typed). Arabic-Indic digits are accepted everywhere; amounts take a point for decimals
 * ({@code ١٢٠٠٠٠.٥٠}, {@code 120000.50}) and may group thousands with commas ({@code 120,000.50}).
 */
final class FundFormInput {

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3}){1,5}(\\.\\d{1,6})?");

    private FundFormInput() {
    }

    static LocalDate date(String value, String field, boolean required, BindingResult result) {
        if (value == null || value.isBlank()) {
            if (required) {
                result.rejectValue(field, "trustfund.form.date.required");
            }
            return null;
        }
        LocalDate date = FormInput.date(value, field, result, "trustfund.form.date.invalid");
        if (date != null && (date.getYear() < 2010 || date.getYear() > 2100)) {
            result.rejectValue(field, "trustfund.form.date.range");
            return null;
        }
        return date;
    }

    static BigDecimal amount(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "trustfund.amount.required");
            return null;
        }
        String text = UnArabic.westernDigits(value.strip()).replace('\u066B', '.').replace('\u066C', ',')
                .replace(" ", "").replace("\u00A0", "");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            result.rejectValue(field, "trustfund.form.amount.invalid");
            return null;
        }
        return new BigDecimal(text);
    }

    static Integer integer(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "trustfund.year.required");
            return null;
        }
        String text = UnArabic.westernDigits(value.strip());
        if (!text.matches("\\d{1,4}")) {
            result.rejectValue(field, "trustfund.form.year.invalid");
            return null;
        }
        return Integer.valueOf(text);
    }

    static Long id(String value, String field, boolean required, BindingResult result) {
        if (value == null || value.isBlank()) {
            if (required) {
                result.rejectValue(field, "trustfund." + field + ".required");
            }
            return null;
        }
        String text = UnArabic.westernDigits(value.strip());
        if (!text.matches("\\d{1,18}")) {
            result.rejectValue(field, "trustfund." + field + ".unknown");
            return null;
        }
        return Long.valueOf(text);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult result) {
        E choice = FormInput.enumOf(type, value);
        if (choice == null) {
            result.rejectValue(field, "trustfund.form.choice.invalid");
        }
        return choice;
    }
}
