package org.tiptracker.trustfund.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.Actor;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.Gender;
import org.tiptracker.trustfund.persistence.FundCommands;
import org.tiptracker.trustfund.persistence.FundViews;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.trustfund.web.FundEdits.Kind;
import org.tiptracker.trustfund.web.TrustFundForms.CallForm;
import org.tiptracker.trustfund.web.TrustFundForms.DonorForm;
import org.tiptracker.trustfund.web.TrustFundForms.TrusteeForm;

/**
 * The secretariat's forms for the Trust Fund's other records (at paths ending in {@code /new} and
 * {@code /edit}): donors, calls for proposals and the Board of Trustees. The money's are
 * {@link TrustFundMoneyController}'s; the lists {@link TrustFundListsController}'s.
 */
@Controller
record TrustFundRecordsController(TrustFundService fund, TrustFundDisplay display, FundEdits edits) {

    private static final Kind DONORS = new Kind("donors", Set.of("kind", "participantIso3", "name"),
            Map.of("participant", "participantIso3"));
    private static final Kind CALLS = new Kind("calls", Set.of("year", "titleAr", "titleEn", "opensOn", "closesOn"), Map.of());
    private static final Kind BOARD = new Kind("board",
            Set.of("nameAr", "nameEn", "countryIso3", "chair", "gender", "termStart", "termEnd"), FundEdits.COUNTRY_ALIASES);

    @InitBinder({"donorForm", "callForm", "trusteeForm"})
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("kind", "participantIso3", "name", "year", "titleAr", "titleEn", "opensOn", "closesOn",
                "nameAr", "nameEn", "countryIso3", "chair", "gender", "termStart", "termEnd", "version");
    }

    // ------------------------------------------------------------------ donors

    @GetMapping({"/trust-fund/donors/new", "/trust-fund/donors/{id}/edit"})
    String editDonor(@PathVariable(required = false) Long id, Model model, Locale locale) {
        edits.requireSecretariat();
        return donorForm(model, id == null ? new DonorForm() : formOf(fund.donor(id)), id, locale);
    }

    private static DonorForm formOf(FundViews.Donor d) {
        DonorForm form = new DonorForm();
        form.kind = d.kind().name();
        form.participantIso3 = d.participantIso3();
        form.name = d.name();
        form.version = d.version();
        return form;
    }

    @PostMapping({"/trust-fund/donors", "/trust-fund/donors/{id}"})
    String saveDonor(@PathVariable(required = false) Long id, @ModelAttribute("donorForm") DonorForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = edits.requireSecretariat();
        DonorKind kind = FundFormInput.choice(DonorKind.class, form.kind, "kind", result);
        FundCommands.Donor command = new FundCommands.Donor(kind, form.participantIso3, form.name);
        return edits.save(DONORS, id, form, FundEdits.page(result, model, redirect, response, locale),
                () -> donorForm(model, form, id, locale), actor, command,
                fund::createDonor, fund::updateDonor, () -> fund.donor(id).version());
    }

    private String donorForm(Model model, DonorForm form, Long id, Locale locale) {
        model.addAttribute("kinds", DonorKind.values());
        model.addAttribute("countryChoices", display.countries(locale));
        return FundEdits.showForm(model, "donorForm", form, id, "donor-form");
    }

    // ------------------------------------------------------------------ calls

    @GetMapping({"/trust-fund/calls/new", "/trust-fund/calls/{id}/edit"})
    String editCall(@PathVariable(required = false) Long id, Model model) {
        edits.requireSecretariat();
        return FundEdits.showForm(model, "callForm", id == null ? new CallForm() : formOf(fund.call(id)), id, "call-form");
    }

    private static CallForm formOf(FundViews.Call c) {
        CallForm form = new CallForm();
        form.year = Integer.toString(c.year());
        form.titleAr = c.titleAr();
        form.titleEn = c.titleEn();
        form.opensOn = FundEdits.text(c.opensOn());
        form.closesOn = FundEdits.text(c.closesOn());
        form.version = c.version();
        return form;
    }

    @PostMapping({"/trust-fund/calls", "/trust-fund/calls/{id}"})
    String saveCall(@PathVariable(required = false) Long id, @ModelAttribute("callForm") CallForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                    HttpServletResponse response) {
        Actor actor = edits.requireSecretariat();
        FundCommands.Call command = new FundCommands.Call(FundFormInput.integer(form.year, "year", result),
                form.titleAr, form.titleEn, FundFormInput.date(form.opensOn, "opensOn", false, result),
                FundFormInput.date(form.closesOn, "closesOn", false, result));
        return edits.save(CALLS, id, form, FundEdits.page(result, model, redirect, response, locale),
                () -> FundEdits.showForm(model, "callForm", form, id, "call-form"), actor, command,
                fund::createCall, fund::updateCall, () -> fund.call(id).version());
    }

    // ------------------------------------------------------------------ board

    @GetMapping({"/trust-fund/board/new", "/trust-fund/board/{id}/edit"})
    String editTrustee(@PathVariable(required = false) Long id, Model model, Locale locale) {
        edits.requireSecretariat();
        return trusteeForm(model, id == null ? new TrusteeForm() : formOf(fund.trustee(id)), id, locale);
    }

    /** The gender chosen, null when left unrecorded; anything else is refused next to its field. */
    private static Gender gender(String value, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Gender.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            result.rejectValue("gender", "trustfund.gender.invalid");
            return null;
        }
    }

    private static TrusteeForm formOf(FundViews.Trustee t) {
        TrusteeForm form = new TrusteeForm();
        form.nameAr = t.nameAr();
        form.nameEn = t.nameEn();
        form.countryIso3 = t.country() == null ? null : t.country().iso3();
        form.chair = t.chair();
        form.gender = t.gender() == null ? "" : t.gender().name();
        form.termStart = FundEdits.text(t.termStart());
        form.termEnd = FundEdits.text(t.termEnd());
        form.version = t.version();
        return form;
    }

    @PostMapping({"/trust-fund/board", "/trust-fund/board/{id}"})
    String saveTrustee(@PathVariable(required = false) Long id, @ModelAttribute("trusteeForm") TrusteeForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        Actor actor = edits.requireSecretariat();
        FundCommands.Trustee command = new FundCommands.Trustee(form.nameAr, form.nameEn, form.countryIso3,
                form.chair, gender(form.gender, result), FundFormInput.date(form.termStart, "termStart", false, result),
                FundFormInput.date(form.termEnd, "termEnd", false, result));
        return edits.save(BOARD, id, form, FundEdits.page(result, model, redirect, response, locale),
                () -> trusteeForm(model, form, id, locale), actor, command,
                fund::createTrustee, fund::updateTrustee, () -> fund.trustee(id).version());
    }

    private String trusteeForm(Model model, TrusteeForm form, Long id, Locale locale) {
        model.addAttribute("countryChoices", display.countries(locale));
        return FundEdits.showForm(model, "trusteeForm", form, id, "trustee-form");
    }
}
