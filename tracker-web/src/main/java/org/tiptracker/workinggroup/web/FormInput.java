package org.tiptracker.workinggroup.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.DomainException;
import org.tiptracker.web.DomainMessages;

/** Reading typed numbers and dates (Arabic-Indic digits accepted) and placing rule violations next to their field. */
final class FormInput {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private FormInput() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The whole number typed, null when empty; a field error when it is not a number. */
    static Integer integer(String value, String field, BindingResult result) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String digits = UnArabic.westernDigits(v);
        if (!digits.matches("[0-9]{1,6}")) {
            result.rejectValue(field, "wg.form.number.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }

    static LocalDate date(String value, String field, BindingResult result) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(UnArabic.westernDigits(v), ISO);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                result.rejectValue(field, "wg.form.date.invalid");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "wg.form.date.invalid");
            return null;
        }
    }

    static void reject(BindingResult result, DomainException e, Map<String, String> fieldOfRule,
                       DomainMessages domainMessages, Locale locale) {
        String field = fieldOfRule.get(e.messageKey());
        Object[] args = domainMessages.arguments(e.args(), locale);
        if (field != null) {
            result.rejectValue(field, e.messageKey(), args, e.messageKey());
        } else {
            result.reject(e.messageKey(), args, e.messageKey());
        }
    }
}
