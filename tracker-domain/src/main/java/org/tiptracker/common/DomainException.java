package org.tiptracker.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * A violation of a domain rule. The user interface resolves {@link #messageKey()} with
 * {@link #args()} (as {@link java.text.MessageFormat} arguments) from its message bundles;
 * {@link #getMessage()} is a readable English fallback for logs.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public DomainException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private DomainException(String field, String messageKey, Object[] args) {
        super(fallback(messageKey, args));
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = args == null ? new Object[0] : args.clone();
        this.field = field;
    }

    /** A rule broken by one field's value, e.g. {@code note} too long: a form shows it next to that field. */
    public static DomainException onField(String field, String messageKey, Object... args) {
        return new DomainException(Objects.requireNonNull(field, "field"), messageKey, args);
    }

    /** The field whose value broke the rule, as the record names it ({@code titleAr}); null when the rule is the whole record's. */
    public String field() {
        return field;
    }

    /** The message bundle key, e.g. {@code treaty.rule.future-date}. */
    public String messageKey() {
        return messageKey;
    }

    /** The message arguments, in placeholder order ({0}, {1}, ...). */
    public Object[] args() {
        return args.clone();
    }

    private static String fallback(String key, Object[] args) {
        if (args == null || args.length == 0) {
            return key;
        }
        return key + " " + Arrays.toString(args);
    }
}
