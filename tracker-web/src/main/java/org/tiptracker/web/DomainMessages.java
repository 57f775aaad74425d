package org.tiptracker.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyCode;

/**
 * Resolves a rule violation into a sentence of the user's language: treaty codes become the
 * treaty's short name, action kinds their label, dates UN Arabic (or English) dates.
 */
@Component
public record DomainMessages(MessageSource messages, DisplayFormat format) {

    public String message(DomainException e, Locale locale) {
        return message(e.messageKey(), e.args(), locale);
    }

    /** The message {@code key} with its arguments shown as a rule's are (the key itself when no bundle has it). */
    public String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, arguments(args, locale), key, locale);
    }

    /** The arguments as display text, for {@code MessageSource} or {@code BindingResult.reject}. */
    public Object[] arguments(Object[] args, Locale locale) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i], locale);
        }
        return shown;
    }

    private String shown(Object arg, Locale locale) {
        if (arg instanceof ParameterName parameter) {
            return messages.getMessage("param." + parameter.name(), null, parameter.name(), locale);
        }
        if (arg instanceof TreatyCode code) {
            return messages.getMessage("treaty.short." + code.name(), null, code.name(), locale);
        }
        if (arg instanceof org.tiptracker.report.DraftStatus status) {
            return messages.getMessage("report.status." + status.name(), null, status.name(), locale);
        }
        if (arg instanceof ActionKind kind) {
            return messages.getMessage("action.kind." + kind.name(), null, kind.name(), locale);
        }
        if (arg instanceof LocalDate date) {
            return format.date(date, locale);
        }
        if (arg instanceof Year year) {
            return format.year(year.getValue(), locale);
        }
        if (arg instanceof Number number) {
            return format.number(number.longValue(), locale);
        }
        return arg == null ? "" : arg.toString();
    }
}
