package org.tiptracker.treaty.untc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.ActionKind;

/**
 * What one cell of an imported row means: a new signature, a new instrument, an action that is
 * already recorded with the same date, or an error. Errors carry a message key and its arguments
 * (which may be {@link org.tiptracker.treaty.TreatyCode}, {@link ActionKind}, {@link LocalDate},
 * numbers or text), resolved by the user interface in the user's language.
 *
 * @param type       what the cell means
 * @param kind       the action kind; null for errors that concern the whole row
 * @param date       the date in the file; null when it could not be read
 * @param messageKey the error's message key; null unless {@code type} is {@link Type#ERROR}
 * @param args       the error's message arguments; empty unless {@code type} is {@link Type#ERROR}
 */
public record ActionImportOutcome(Type type, ActionKind kind, LocalDate date, String messageKey, List<Object> args) {

    public enum Type {
        NEW_SIGNATURE,
        NEW_INSTRUMENT,
        UNCHANGED,
        ERROR
    }

    public ActionImportOutcome {
        Objects.requireNonNull(type, "type");
        if ((type == Type.ERROR) != (messageKey != null)) {
            throw new IllegalArgumentException("an error, and only an error, has a message key");
        }
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    static ActionImportOutcome newAction(ActionKind kind, LocalDate date) {
        return new ActionImportOutcome(kind == ActionKind.SIGNATURE ? Type.NEW_SIGNATURE : Type.NEW_INSTRUMENT,
                kind, date, null, List.of());
    }

    static ActionImportOutcome unchanged(ActionKind kind, LocalDate date) {
        return new ActionImportOutcome(Type.UNCHANGED, kind, date, null, List.of());
    }

    static ActionImportOutcome error(ActionKind kind, LocalDate date, String messageKey, Object... args) {
        return new ActionImportOutcome(Type.ERROR, kind, date, messageKey, Arrays.asList(args));
    }

    static ActionImportOutcome error(ActionKind kind, LocalDate date, DomainException violation) {
        return new ActionImportOutcome(Type.ERROR, kind, date, violation.messageKey(), Arrays.asList(violation.args()));
    }

    public boolean isError() {
        return type == Type.ERROR;
    }

    /** Whether applying the import records this action. */
    public boolean isNew() {
        return type == Type.NEW_SIGNATURE || type == Type.NEW_INSTRUMENT;
    }

    /** The message arguments as an array, for {@code MessageSource}. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
