package org.tiptracker.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;

/**
 * The one way a record is edited through a form. The controller binds the form and turns it into
 * a command (marking what it cannot read on its field); the flow then refuses a change without
 * the version it was opened on, shows the form again while anything is wrong, saves through the
 * service (which checks the rules and writes the audit entry), and on success says so on the
 * next page. A rule the service refuses goes next to the field it is about, declared once per
 * record ({@link Declaration}); a save that finds the record changed meanwhile answers 409 with
 * the record as it is now beside the person's entry, which stays in the form (nothing is
 * overwritten).
 */
@Component
public record EditFlow(MessageSource messages, DomainMessages domainMessages) {

    /** Which field a refused rule is about (null: the whole record's, shown above the form). */
    @FunctionalInterface
    public interface FieldOf extends Function<DomainException, String> {

        /** Rules listed by key. */
        static FieldOf byRule(Map<String, String> fieldOfRule) {
            Map<String, String> copy = Map.copyOf(fieldOfRule);
            return e -> copy.get(e.messageKey());
        }

        /**
         * Rules whose key names the field, {@code <feature>.<field>.<rule>}, among the form's
         * {@code fields} ({@code aliases} for the ones the form calls otherwise).
         */
        static FieldOf byKey(Set<String> fields, Map<String, String> aliases) {
            return e -> {
                String[] parts = e.messageKey().split("\\.");
                String field = parts.length > 2 ? aliases.getOrDefault(parts[1], parts[1]) : null;
                return field != null && fields.contains(field) ? field : null;
            };
        }

        /**
         * Rules whose key names the field after {@code prefix}, {@code <prefix><field>} or
         * {@code <prefix><field>.<rule>}, among the form's {@code fields} ({@code aliases} for the
         * ones the form calls otherwise).
         */
        static FieldOf after(String prefix, Set<String> fields, Map<String, String> aliases) {
            Set<String> known = Set.copyOf(fields);
            Map<String, String> names = Map.copyOf(aliases);
            return e -> {
                String key = e.messageKey();
                if (!key.startsWith(prefix)) {
                    return null;
                }
                String part = key.substring(prefix.length()).split("\\.", 2)[0];
                String field = names.getOrDefault(part, part);
                return known.contains(field) ? field : null;
            };
        }
    }

    /** What a record's form declares once: the message after a save, the one for a missing version, where rules go. */
    public record Declaration(String savedKey, String versionMissingKey, FieldOf fieldOf) {
    }

    /** The parts of the request the flow answers with. */
    public record Page(BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
                       Locale locale) {
    }

    /** Runs the service's create or update; returns where to go next (a path). */
    @FunctionalInterface
    public interface Save {
        String andGoTo();
    }

    /**
     * Saves a new record ({@code id} null) or a change to record {@code id} at the version the form
     * was opened on.
     *
     * @param showForm       shows the form again, as entered, with its messages
     * @param currentVersion reads the record's version now: first, so that a change to a record that
     *                       is not there answers 404 before the form is checked, and again on a conflict,
     *                       for the form, so that the next save may overwrite knowingly
     */
    public String save(Declaration declaration, Page page, Long id, VersionedForm form, Save save,
                       Supplier<String> showForm, LongSupplier currentVersion) {
        if (id != null) {
            currentVersion.getAsLong();
        }
        return save(declaration, page, id != null, form.version, save, showForm, currentVersion,
                version -> form.version = version);
    }

    /**
     * Says on the next page, at {@code path}, that a change was made, as a save does: for a change
     * made without a form (a deletion, a move); returns the redirect there.
     */
    public String saved(RedirectAttributes redirect, String messageKey, Locale locale, String path) {
        redirect.addFlashAttribute("saved", messages.getMessage(messageKey, null, locale));
        return "redirect:" + path;
    }

    /** Saves a new record of a kind that has no version to put into the form on a conflict. */
    public String create(Declaration declaration, Page page, Save save, Supplier<String> showForm) {
        return save(declaration, page, false, null, save, showForm, () -> 0L, version -> { });
    }

    /**
     * Saves a new record ({@code existing} false) or a change to the one opened at {@code version}.
     *
     * @param form           shows the form again, as entered, with its messages
     * @param currentVersion the record's version now (asked only on a conflict)
     * @param reopenAt       puts that version into the form, so that the next save may overwrite knowingly
     */
    public String save(Declaration declaration, Page page, boolean existing, Long version, Save save,
                       Supplier<String> form, LongSupplier currentVersion, LongConsumer reopenAt) {
        BindingResult result = page.result();
        if (existing && version == null) {
            result.reject(declaration.versionMissingKey());
        }
        if (result.hasErrors()) {
            return form.get();
        }
        try {
            String next = save.andGoTo();
            return saved(page.redirect(), declaration.savedKey(), page.locale(), next);
        } catch (DomainException e) {
            FormInput.reject(result, e, declaration.fieldOf().apply(e), domainMessages.arguments(e.args(), page.locale()));
            return form.get();
        } catch (ConflictException e) {
            FormInput.conflict(e, result, page.model(), page.response());
            reopenAt.accept(currentVersion.getAsLong());
            return form.get();
        }
    }
}
