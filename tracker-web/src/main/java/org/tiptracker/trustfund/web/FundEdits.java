package org.tiptracker.trustfund.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.Actor;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.trustfund.Currencies;
import org.tiptracker.trustfund.persistence.FundViews;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.VersionedForm;

/**
 * What the Trust Fund's forms share: who may edit (the secretariat), the one edit flow
 * ({@link EditFlow}) with each kind of record's declaration, the form page, and the choices.
 */
@Component
record FundEdits(TrustFundService fund, CurrentActor currentActor, EditFlow edits) {

    /** One kind of record's form: the list it returns to and the fields a refused rule may name. */
    record Kind(String list, Set<String> fields, Map<String, String> aliases) {
        EditFlow.Declaration declaration() {
            return new EditFlow.Declaration("trustfund.saved", "trustfund.form.version.missing",
                    EditFlow.FieldOf.byKey(fields, aliases));
        }
    }

    static final Map<String, String> COUNTRY_ALIASES = Map.of("participant", "countryIso3", "country", "countryIso3");

    Actor requireSecretariat() {
        return currentActor.requireSecretariat("trust fund");
    }

    /** A service's change to one record of a kind: by whom, which record, at which version, to what. */
    @FunctionalInterface
    interface Update<C> {
        void apply(Actor actor, long id, long version, C command);
    }

    /**
     * Saves {@code command} through {@code create} (no id) or {@code update}, as every edit form does
     * ({@link EditFlow}).
     */
    <C> String save(Kind kind, Long id, VersionedForm form, EditFlow.Page page, Supplier<String> showForm, Actor actor,
                    C command, BiConsumer<Actor, C> create, Update<C> update, LongSupplier currentVersion) {
        return edits.save(kind.declaration(), page, id != null, form.version, () -> {
            if (id == null) {
                create.accept(actor, command);
            } else {
                update.apply(actor, id, form.version, command);
            }
            return "/trust-fund/" + kind.list();
        }, showForm, currentVersion, version -> form.version = version);
    }

    static EditFlow.Page page(BindingResult result, Model model, RedirectAttributes redirect,
                              HttpServletResponse response, Locale locale) {
        return new EditFlow.Page(result, model, redirect, response, locale);
    }

    /** The form page {@code view} with the form under {@code attribute} and the record's id (null for a new one). */
    static String showForm(Model model, String attribute, Object form, Long id, String view) {
        model.addAttribute(attribute, form);
        model.addAttribute("recordId", id);
        return "trust-fund/" + view;
    }

    /** The donors, states first, each part by name in the page's language (UN Arabic order on Arabic pages). */
    List<FundViews.Donor> sortedDonors(Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Comparator<FundViews.Donor> byName = english
                ? Comparator.comparing((FundViews.Donor d) -> d.displayName(true).toLowerCase(Locale.ROOT))
                : Comparator.comparing((FundViews.Donor d) -> d.displayName(false), UnArabicOrder.INSTANCE);
        return fund.donors().stream().sorted(Comparator.comparing((FundViews.Donor d) -> d.kind().isPrivate())
                .thenComparing(byName)).toList();
    }

    /** The common currencies first, then every other. */
    static List<String> currencies() {
        List<String> all = new ArrayList<>(Currencies.COMMON);
        Currencies.all().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
