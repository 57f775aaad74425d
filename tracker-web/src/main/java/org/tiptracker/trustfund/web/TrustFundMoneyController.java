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
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.persistence.FundCommands;
import org.tiptracker.trustfund.persistence.FundViews;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.trustfund.web.FundEdits.Kind;
import org.tiptracker.trustfund.web.TrustFundForms.ContributionForm;
import org.tiptracker.trustfund.web.TrustFundForms.ExpenditureForm;
import org.tiptracker.trustfund.web.TrustFundForms.GrantForm;
import org.tiptracker.web.DisplayFormat;

/**
 * The secretariat's forms for the money of the Trust Fund (at paths ending in {@code /new} and
 * {@code /edit}): contributions, expenditures other than grants, and grants.
 */
@Controller
record TrustFundMoneyController(TrustFundService fund, TrustFundDisplay display, FundEdits edits) {

    private static final Kind CONTRIBUTIONS = new Kind("contributions",
            Set.of("donorId", "receivedOn", "amount", "currency", "status", "note"), Map.of());
    private static final Kind EXPENDITURES = new Kind("expenditures",
            Set.of("spentOn", "kind", "amount", "currency", "description"), Map.of("expenditureKind", "kind"));
    private static final Kind GRANTS = new Kind("grants", Set.of("callId", "ngoName", "countryIso3", "amount", "currency",
            "periodStart", "periodEnd", "focusGroups", "services", "status"), FundEdits.COUNTRY_ALIASES);

    @InitBinder({"contributionForm", "expenditureForm", "grantForm"})
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("donorId", "receivedOn", "amount", "currency", "status", "note", "callId", "ngoName",
                "countryIso3", "periodStart", "periodEnd", "focusGroups", "services", "spentOn", "kind", "description",
                "version");
    }

    // ------------------------------------------------------------------ contributions

    @GetMapping({"/trust-fund/contributions/new", "/trust-fund/contributions/{id}/edit"})
    String editContribution(@PathVariable(required = false) Long id, Model model, Locale locale) {
        edits.requireSecretariat();
        return contributionForm(model, id == null ? new ContributionForm() : formOf(fund.contribution(id)), id, locale);
    }

    private static ContributionForm formOf(FundViews.Contribution c) {
        ContributionForm form = new ContributionForm();
        form.donorId = Long.toString(c.donor().id());
        form.receivedOn = c.receivedOn().toString();
        form.amount = c.amount().toPlainString();
        form.currency = c.currency();
        form.status = c.status().name();
        form.note = c.note();
        form.version = c.version();
        return form;
    }

    @PostMapping({"/trust-fund/contributions", "/trust-fund/contributions/{id}"})
    String saveContribution(@PathVariable(required = false) Long id, @ModelAttribute("contributionForm") ContributionForm form,
                            BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                            HttpServletResponse response) {
        Actor actor = edits.requireSecretariat();
        FundCommands.Contribution command = new FundCommands.Contribution(
                FundFormInput.id(form.donorId, "donorId", true, result),
                FundFormInput.date(form.receivedOn, "receivedOn", true, result),
                FundFormInput.amount(form.amount, "amount", result), form.currency,
                FundFormInput.choice(ContributionStatus.class, form.status, "status", result), form.note);
        return edits.save(CONTRIBUTIONS, id, form, FundEdits.page(result, model, redirect, response, locale),
                () -> contributionForm(model, form, id, locale), actor, command,
                fund::createContribution, fund::updateContribution, () -> fund.contribution(id).version());
    }

    private String contributionForm(Model model, ContributionForm form, Long id, Locale locale) {
        model.addAttribute("donorChoices", edits.sortedDonors(locale).stream()
                .map(d -> new TrustFundDisplay.Choice(Long.toString(d.id()), display.donor(d, locale))).toList());
        model.addAttribute("statuses", ContributionStatus.values());
        model.addAttribute("currencies", FundEdits.currencies());
        return FundEdits.showForm(model, "contributionForm", form, id, "contribution-form");
    }

    // ------------------------------------------------------------------ expenditures other than grants

    @GetMapping({"/trust-fund/expenditures/new", "/trust-fund/expenditures/{id}/edit"})
    String editExpenditure(@PathVariable(required = false) Long id, Model model) {
        edits.requireSecretariat();
        return expenditureForm(model, id == null ? new ExpenditureForm() : formOf(fund.expenditure(id)), id);
    }

    private static ExpenditureForm formOf(FundViews.Expenditure e) {
        ExpenditureForm form = new ExpenditureForm();
        form.spentOn = e.spentOn().toString();
        form.kind = e.kind().name();
        form.amount = e.amount().toPlainString();
        form.currency = e.currency();
        form.description = e.description();
        form.version = e.version();
        return form;
    }

    @PostMapping({"/trust-fund/expenditures", "/trust-fund/expenditures/{id}"})
    String saveExpenditure(@PathVariable(required = false) Long id, @ModelAttribute("expenditureForm") ExpenditureForm form,
                           BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                           HttpServletResponse response) {
        Actor actor = edits.requireSecretariat();
        FundCommands.Expenditure command = new FundCommands.Expenditure(
                FundFormInput.date(form.spentOn, "spentOn", true, result),
                FundFormInput.choice(ExpenditureKind.class, form.kind, "kind", result),
                FundFormInput.amount(form.amount, "amount", result), form.currency, form.description);
        return edits.save(EXPENDITURES, id, form, FundEdits.page(result, model, redirect, response, locale),
                () -> expenditureForm(model, form, id), actor, command,
                fund::createExpenditure, fund::updateExpenditure, () -> fund.expenditure(id).version());
    }

    private String expenditureForm(Model model, ExpenditureForm form, Long id) {
        model.addAttribute("kinds", ExpenditureKind.values());
        model.addAttribute("currencies", FundEdits.currencies());
        return FundEdits.showForm(model, "expenditureForm", form, id, "expenditure-form");
    }

    // ------------------------------------------------------------------ grants

    @GetMapping({"/trust-fund/grants/new", "/trust-fund/grants/{id}/edit"})
    String editGrant(@PathVariable(required = false) Long id, Model model, Locale locale) {
        edits.requireSecretariat();
        return grantForm(model, id == null ? new GrantForm() : formOf(fund.grant(id)), id, locale);
    }

    private static GrantForm formOf(FundViews.Grant g) {
        GrantForm form = new GrantForm();
        form.callId = g.call() == null ? null : Long.toString(g.call().id());
        form.ngoName = g.ngoName();
        form.countryIso3 = g.country().iso3();
        form.amount = g.amount().toPlainString();
        form.currency = g.currency();
        form.periodStart = g.periodStart().toString();
        form.periodEnd = g.periodEnd().toString();
        form.focusGroups = g.focusGroups();
        form.services = g.services();
        form.status = g.status().name();
        form.version = g.version();
        return form;
    }

    @PostMapping({"/trust-fund/grants", "/trust-fund/grants/{id}"})
    String saveGrant(@PathVariable(required = false) Long id, @ModelAttribute("grantForm") GrantForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = edits.requireSecretariat();
        FundCommands.Grant command = new FundCommands.Grant(FundFormInput.id(form.callId, "callId", false, result),
                form.ngoName, form.countryIso3, FundFormInput.amount(form.amount, "amount", result),
                form.currency, FundFormInput.date(form.periodStart, "periodStart", true, result),
                FundFormInput.date(form.periodEnd, "periodEnd", true, result), form.focusGroups,
                form.services, FundFormInput.choice(GrantStatus.class, form.status, "status", result));
        return edits.save(GRANTS, id, form, FundEdits.page(result, model, redirect, response, locale),
                () -> grantForm(model, form, id, locale), actor, command,
                fund::createGrant, fund::updateGrant, () -> fund.grant(id).version());
    }

    private String grantForm(Model model, GrantForm form, Long id, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("callChoices", fund.calls().stream().map(c -> new TrustFundDisplay.Choice(Long.toString(c.id()),
                display.year(c.year(), locale) + " - " + c.title(english))).toList());
        model.addAttribute("countryChoices", display.countries(locale));
        model.addAttribute("statuses", GrantStatus.values());
        model.addAttribute("currencies", FundEdits.currencies());
        return FundEdits.showForm(model, "grantForm", form, id, "grant-form");
    }
}
