package org.tiptracker.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.DateEntry;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;

/**
 * Reading what was typed in an edit form: choices, whole numbers and dates (Arabic-Indic digits
 * accepted), and placing a rule violation next to its field. Each area passes its own message keys.
 */
public final class FormInput {

    private FormInput() {
    }

    /** The text without surrounding spaces, null when empty. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The constant of {@code type} named by {@code value} (surrounding spaces ignored), null when empty or unknown. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(v)) {
                return constant;
            }
        }
        return null;
    }

    /** A whole number of at most six digits, no sign; null when empty or unreadable (for filters, where nothing is shown). */
    public static Integer integer(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String digits = UnArabic.westernDigits(v);
        return digits.matches("[0-9]{1,6}") ? Integer.valueOf(digits) : null;
    }

    /** A whole number of at most six digits, no sign; null when empty; the field error {@code invalidKey} when unreadable. */
    public static Integer integer(String value, String field, BindingResult result, String invalidKey) {
        return number(value, "[0-9]{1,6}", field, result, invalidKey);
    }

    /** As {@link #integer}, a leading minus sign allowed (the rules then say why a negative number is refused). */
    public static Integer signedInteger(String value, String field, BindingResult result, String invalidKey) {
        return number(value, "-?[0-9]{1,6}", field, result, invalidKey);
    }

    private static Integer number(String value, String pattern, String field, BindingResult result, String invalidKey) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String digits = UnArabic.westernDigits(v);
        if (!digits.matches(pattern)) {
            result.rejectValue(field, invalidKey);
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** A date as typed ({@link DateEntry}: day/month/year or ISO); null when empty; the field error {@code invalidKey} when unreadable. */
    public static LocalDate date(String value, String field, BindingResult result, String invalidKey) {
        return date(value, field, result, invalidKey, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** As {@link #date(String, String, BindingResult, String)}, the year in {@code minYear..maxYear}; the field error {@code invalidKey} otherwise. */
    public static LocalDate date(String value, String field, BindingResult result, String invalidKey, int minYear, int maxYear) {
        if (DateEntry.isBlank(value)) {
            return null;
        }
        LocalDate date = DateEntry.parse(value).orElse(null);
        if (date == null || date.getYear() < minYear || date.getYear() > maxYear) {
            result.rejectValue(field, invalidKey);
            return null;
        }
        return date;
    }

    /** Shows a rule violation next to the field {@code fieldOfRule} names for its message key, or above the form. */
    public static void reject(BindingResult result, DomainException e, Map<String, String> fieldOfRule,
                              DomainMessages domainMessages, Locale locale) {
        reject(result, e, fieldOfRule.get(e.messageKey()), domainMessages.arguments(e.args(), locale));
    }

    /**
     * Shows a rule violation, with arguments already shown as text, next to the field the rule names
     * (when the form has it), else next to {@code field}, or above the form when both are null.
     */
    public static void reject(BindingResult result, DomainException e, String field, Object[] shownArgs) {
        if (e.field() != null && hasField(result.getTarget(), e.field())) {
            field = e.field();
        }
        if (field != null) {
            result.rejectValue(field, e.messageKey(), shownArgs, e.messageKey());
        } else {
            result.reject(e.messageKey(), shownArgs, e.messageKey());
        }
    }

    /** Whether the form has the field (a {@link BoundForm} is read by field), without growing its lists. */
    private static boolean hasField(Object form, String field) {
        if (form == null) {
            return false;
        }
        PropertyAccessor accessor = form instanceof BoundForm
                ? PropertyAccessorFactory.forDirectFieldAccess(form)
                : PropertyAccessorFactory.forBeanPropertyAccess(form);
        return accessor.isReadableProperty(field);
    }

    /**
     * Shows a save refused because the record changed meanwhile (409): the message above the form,
     * the record as it is now beside the user's entry, which stays in the form; nothing is overwritten.
     */
    public static void conflict(ConflictException e, BindingResult result, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        result.reject(e.getMessage());
        model.addAttribute("conflictCurrent", e.current());
    }
}
