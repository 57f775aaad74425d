package org.tiptracker.trustfund.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.persistence.Actor;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.Currencies;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.persistence.FundCallEntity;
import org.tiptracker.trustfund.persistence.FundCommands;
import org.tiptracker.trustfund.persistence.FundContributionEntity;
import org.tiptracker.trustfund.persistence.FundDonorEntity;
import org.tiptracker.trustfund.persistence.FundExpenditureEntity;
import org.tiptracker.trustfund.persistence.FundGrantEntity;
import org.tiptracker.trustfund.persistence.FundTrusteeEntity;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.trustfund.web.TrustFundForms.CallForm;
import org.tiptracker.trustfund.web.TrustFundForms.ContributionForm;
import org.tiptracker.trustfund.web.TrustFundForms.DonorForm;
import org.tiptracker.trustfund.web.TrustFundForms.ExpenditureForm;
import org.tiptracker.trustfund.web.TrustFundForms.GrantForm;
import org.tiptracker.trustfund.web.TrustFundForms.TrusteeForm;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/**
 * The Trust Fund's records: lists anyone may read, and the secretariat's forms (at paths ending in
 * {@code /new} and {@code /edit}) for contributions, expenditures other than grants, grants, donors,
 * calls and the Board. A refused
 * entry comes back with its message next to the field; a save over a newer version is refused
 * (409) with the record as it is now.
 */
@Controller
class TrustFundRecordsController {

    private static final String BASE = "/trust-fund/";
    private static final Set<String> DONOR_FIELDS = Set.of("kind", "participantIso3", "name");
    private static final Set<String> CONTRIBUTION_FIELDS = Set.of("donorId", "receivedOn", "amount", "currency", "status", "note");
    private static final Set<String> EXPENDITURE_FIELDS = Set.of("spentOn", "kind", "amount", "currency", "description");
    private static final Map<String, String> EXPENDITURE_ALIASES = Map.of("expenditureKind", "kind");
    private static final Set<String> CALL_FIELDS = Set.of("year", "titleAr", "titleEn", "opensOn", "closesOn");
    private static final Set<String> GRANT_FIELDS = Set.of("callId", "ngoName", "countryIso3", "amount", "currency",
            "periodStart", "periodEnd", "focusGroups", "services", "status");
    private static final Set<String> TRUSTEE_FIELDS = Set.of("nameAr", "nameEn", "countryIso3", "chair", "termStart", "termEnd");
    private static final Map<String, String> DONOR_ALIASES = Map.of("participant", "participantIso3");
    private static final Map<String, String> COUNTRY_ALIASES = Map.of("participant", "countryIso3", "country", "countryIso3");

    private final TrustFundService fund;
    private final TrustFundDisplay display;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;

    TrustFundRecordsController(TrustFundService fund, TrustFundDisplay display, CurrentActor currentActor,
                               MessageSource messages, DomainMessages domainMessages) {
        this.fund = fund;
        this.display = display;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @InitBinder({"donorForm", "contributionForm", "expenditureForm", "callForm", "grantForm", "trusteeForm"})
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("kind", "participantIso3", "name", "donorId", "receivedOn", "amount", "currency",
                "status", "note", "year", "titleAr", "titleEn", "opensOn", "closesOn", "callId", "ngoName",
                "countryIso3", "periodStart", "periodEnd", "focusGroups", "services", "nameAr", "nameEn", "chair",
                "termStart", "termEnd", "spentOn", "description", "version");
    }

    @ModelAttribute("maySecretariat")
    boolean maySecretariat() {
        try {
            return currentActor.get().isSecretariat();
        } catch (ForbiddenException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ lists

    @GetMapping("/trust-fund/contributions")
    String contributions(Model model) {
        model.addAttribute("rows", fund.contributions());
        return "trust-fund/contributions";
    }

    @GetMapping("/trust-fund/expenditures")
    String expenditures(Model model) {
        model.addAttribute("rows", fund.expenditures());
        return "trust-fund/expenditures";
    }

    @GetMapping("/trust-fund/grants")
    String grants(Model model) {
        model.addAttribute("rows", fund.grants());
        return "trust-fund/grants";
    }

    @GetMapping("/trust-fund/donors")
    String donors(Model model, Locale locale) {
        model.addAttribute("rows", sortedDonors(locale));
        return "trust-fund/donors";
    }

    @GetMapping("/trust-fund/calls")
    String calls(Model model) {
        model.addAttribute("rows", fund.calls());
        return "trust-fund/calls";
    }

    @GetMapping("/trust-fund/board")
    String board(Model model) {
        model.addAttribute("rows", fund.trustees());
        return "trust-fund/board";
    }

    // ------------------------------------------------------------------ contributions

    @GetMapping("/trust-fund/contributions/new")
    String newContribution(Model model, Locale locale) {
        requireSecretariat();
        return contributionForm(model, new ContributionForm(), null, locale);
    }

    @GetMapping("/trust-fund/contributions/{id}/edit")
    String editContribution(@PathVariable long id, Model model, Locale locale) {
        requireSecretariat();
        FundContributionEntity c = fund.contribution(id);
        ContributionForm form = new ContributionForm();
        form.setDonorId(c.getDonor().getId().toString());
        form.setReceivedOn(c.getReceivedOn().toString());
        form.setAmount(c.getAmount().toPlainString());
        form.setCurrency(c.getCurrency().strip());
        form.setStatus(c.getStatus().name());
        form.setNote(c.getNote());
        form.setVersion(c.getVersion());
        return contributionForm(model, form, id, locale);
    }

    @PostMapping({"/trust-fund/contributions", "/trust-fund/contributions/{id}"})
    String saveContribution(@PathVariable(required = false) Long id, @ModelAttribute("contributionForm") ContributionForm form,
                            BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                            HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Contribution command = new FundCommands.Contribution(
                FormInput.id(form.getDonorId(), "donorId", true, result),
                FormInput.date(form.getReceivedOn(), "receivedOn", true, result),
                FormInput.amount(form.getAmount(), "amount", result), form.getCurrency(),
                FormInput.choice(ContributionStatus.class, form.getStatus(), "status", result), form.getNote());
        return save(id, form.getVersion(), result, model, redirect, locale, response, CONTRIBUTION_FIELDS, Map.of(),
                () -> contributionForm(model, form, id, locale), form::setVersion,
                () -> id == null ? fund.createContribution(actor, command).getId()
                        : fund.updateContribution(actor, id, form.getVersion(), command).getId(),
                () -> fund.contribution(id).getVersion(), "contributions");
    }

    private String contributionForm(Model model, ContributionForm form, Long id, Locale locale) {
        model.addAttribute("contributionForm", form);
        model.addAttribute("recordId", id);
        model.addAttribute("donorChoices", sortedDonors(locale).stream()
                .map(d -> new TrustFundDisplay.Choice(d.getId().toString(), display.donor(d, locale))).toList());
        model.addAttribute("statuses", ContributionStatus.values());
        model.addAttribute("currencies", currencies());
        return "trust-fund/contribution-form";
    }

    // ------------------------------------------------------------------ expenditures other than grants

    @GetMapping("/trust-fund/expenditures/new")
    String newExpenditure(Model model) {
        requireSecretariat();
        return expenditureForm(model, new ExpenditureForm(), null);
    }

    @GetMapping("/trust-fund/expenditures/{id}/edit")
    String editExpenditure(@PathVariable long id, Model model) {
        requireSecretariat();
        FundExpenditureEntity e = fund.expenditure(id);
        ExpenditureForm form = new ExpenditureForm();
        form.setSpentOn(e.getSpentOn().toString());
        form.setKind(e.getKind().name());
        form.setAmount(e.getAmount().toPlainString());
        form.setCurrency(e.getCurrency().strip());
        form.setDescription(e.getDescription());
        form.setVersion(e.getVersion());
        return expenditureForm(model, form, id);
    }

    @PostMapping({"/trust-fund/expenditures", "/trust-fund/expenditures/{id}"})
    String saveExpenditure(@PathVariable(required = false) Long id, @ModelAttribute("expenditureForm") ExpenditureForm form,
                           BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                           HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Expenditure command = new FundCommands.Expenditure(
                FormInput.date(form.getSpentOn(), "spentOn", true, result),
                FormInput.choice(ExpenditureKind.class, form.getKind(), "kind", result),
                FormInput.amount(form.getAmount(), "amount", result), form.getCurrency(), form.getDescription());
        return save(id, form.getVersion(), result, model, redirect, locale, response, EXPENDITURE_FIELDS,
                EXPENDITURE_ALIASES, () -> expenditureForm(model, form, id), form::setVersion,
                () -> id == null ? fund.createExpenditure(actor, command).getId()
                        : fund.updateExpenditure(actor, id, form.getVersion(), command).getId(),
                () -> fund.expenditure(id).getVersion(), "expenditures");
    }

    private String expenditureForm(Model model, ExpenditureForm form, Long id) {
        model.addAttribute("expenditureForm", form);
        model.addAttribute("recordId", id);
        model.addAttribute("kinds", ExpenditureKind.values());
        model.addAttribute("currencies", currencies());
        return "trust-fund/expenditure-form";
    }

    // ------------------------------------------------------------------ grants

    @GetMapping("/trust-fund/grants/new")
    String newGrant(Model model, Locale locale) {
        requireSecretariat();
        return grantForm(model, new GrantForm(), null, locale);
    }

    @GetMapping("/trust-fund/grants/{id}/edit")
    String editGrant(@PathVariable long id, Model model, Locale locale) {
        requireSecretariat();
        FundGrantEntity g = fund.grant(id);
        GrantForm form = new GrantForm();
        form.setCallId(g.getCall() == null ? null : g.getCall().getId().toString());
        form.setNgoName(g.getNgoName());
        form.setCountryIso3(g.getCountry().getIso3());
        form.setAmount(g.getAmount().toPlainString());
        form.setCurrency(g.getCurrency().strip());
        form.setPeriodStart(g.getPeriodStart().toString());
        form.setPeriodEnd(g.getPeriodEnd().toString());
        form.setFocusGroups(g.getFocusGroups());
        form.setServices(g.getServices());
        form.setStatus(g.getStatus().name());
        form.setVersion(g.getVersion());
        return grantForm(model, form, id, locale);
    }

    @PostMapping({"/trust-fund/grants", "/trust-fund/grants/{id}"})
    String saveGrant(@PathVariable(required = false) Long id, @ModelAttribute("grantForm") GrantForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Grant command = new FundCommands.Grant(FormInput.id(form.getCallId(), "callId", false, result),
                form.getNgoName(), form.getCountryIso3(), FormInput.amount(form.getAmount(), "amount", result),
                form.getCurrency(), FormInput.date(form.getPeriodStart(), "periodStart", true, result),
                FormInput.date(form.getPeriodEnd(), "periodEnd", true, result), form.getFocusGroups(),
                form.getServices(), FormInput.choice(GrantStatus.class, form.getStatus(), "status", result));
        return save(id, form.getVersion(), result, model, redirect, locale, response, GRANT_FIELDS, COUNTRY_ALIASES,
                () -> grantForm(model, form, id, locale), form::setVersion,
                () -> id == null ? fund.createGrant(actor, command).getId()
                        : fund.updateGrant(actor, id, form.getVersion(), command).getId(),
                () -> fund.grant(id).getVersion(), "grants");
    }

    private String grantForm(Model model, GrantForm form, Long id, Locale locale) {
        model.addAttribute("grantForm", form);
        model.addAttribute("recordId", id);
        model.addAttribute("callChoices", fund.calls().stream().map(c -> new TrustFundDisplay.Choice(c.getId().toString(),
                display.year(c.getYear(), locale) + " - " + (DisplayFormat.isEnglish(locale) ? c.getTitleEn() : c.getTitleAr())))
                .toList());
        model.addAttribute("countryChoices", display.countries(locale));
        model.addAttribute("statuses", GrantStatus.values());
        model.addAttribute("currencies", currencies());
        return "trust-fund/grant-form";
    }

    // ------------------------------------------------------------------ donors

    @GetMapping("/trust-fund/donors/new")
    String newDonor(Model model, Locale locale) {
        requireSecretariat();
        return donorForm(model, new DonorForm(), null, locale);
    }

    @GetMapping("/trust-fund/donors/{id}/edit")
    String editDonor(@PathVariable long id, Model model, Locale locale) {
        requireSecretariat();
        FundDonorEntity d = fund.donor(id);
        DonorForm form = new DonorForm();
        form.setKind(d.getKind().name());
        form.setParticipantIso3(d.getParticipant() == null ? null : d.getParticipant().getIso3());
        form.setName(d.getName());
        form.setVersion(d.getVersion());
        return donorForm(model, form, id, locale);
    }

    @PostMapping({"/trust-fund/donors", "/trust-fund/donors/{id}"})
    String saveDonor(@PathVariable(required = false) Long id, @ModelAttribute("donorForm") DonorForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = requireSecretariat();
        DonorKind kind = FormInput.choice(DonorKind.class, form.getKind(), "kind", result);
        FundCommands.Donor command = new FundCommands.Donor(kind, form.getParticipantIso3(), form.getName());
        return save(id, form.getVersion(), result, model, redirect, locale, response, DONOR_FIELDS, DONOR_ALIASES,
                () -> donorForm(model, form, id, locale), form::setVersion,
                () -> id == null ? fund.createDonor(actor, command).getId()
                        : fund.updateDonor(actor, id, form.getVersion(), command).getId(),
                () -> fund.donor(id).getVersion(), "donors");
    }

    private String donorForm(Model model, DonorForm form, Long id, Locale locale) {
        model.addAttribute("donorForm", form);
        model.addAttribute("recordId", id);
        model.addAttribute("kinds", DonorKind.values());
        model.addAttribute("countryChoices", display.countries(locale));
        return "trust-fund/donor-form";
    }

    // ------------------------------------------------------------------ calls

    @GetMapping("/trust-fund/calls/new")
    String newCall(Model model) {
        requireSecretariat();
        return callForm(model, new CallForm(), null);
    }

    @GetMapping("/trust-fund/calls/{id}/edit")
    String editCall(@PathVariable long id, Model model) {
        requireSecretariat();
        FundCallEntity c = fund.call(id);
        CallForm form = new CallForm();
        form.setYear(Integer.toString(c.getYear()));
        form.setTitleAr(c.getTitleAr());
        form.setTitleEn(c.getTitleEn());
        form.setOpensOn(c.getOpensOn() == null ? null : c.getOpensOn().toString());
        form.setClosesOn(c.getClosesOn() == null ? null : c.getClosesOn().toString());
        form.setVersion(c.getVersion());
        return callForm(model, form, id);
    }

    @PostMapping({"/trust-fund/calls", "/trust-fund/calls/{id}"})
    String saveCall(@PathVariable(required = false) Long id, @ModelAttribute("callForm") CallForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                    HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Call command = new FundCommands.Call(FormInput.integer(form.getYear(), "year", result),
                form.getTitleAr(), form.getTitleEn(), FormInput.date(form.getOpensOn(), "opensOn", false, result),
                FormInput.date(form.getClosesOn(), "closesOn", false, result));
        return save(id, form.getVersion(), result, model, redirect, locale, response, CALL_FIELDS, Map.of(),
                () -> callForm(model, form, id), form::setVersion,
                () -> id == null ? fund.createCall(actor, command).getId()
                        : fund.updateCall(actor, id, form.getVersion(), command).getId(),
                () -> fund.call(id).getVersion(), "calls");
    }

    private String callForm(Model model, CallForm form, Long id) {
        model.addAttribute("callForm", form);
        model.addAttribute("recordId", id);
        return "trust-fund/call-form";
    }

    // ------------------------------------------------------------------ board

    @GetMapping("/trust-fund/board/new")
    String newTrustee(Model model, Locale locale) {
        requireSecretariat();
        return trusteeForm(model, new TrusteeForm(), null, locale);
    }

    @GetMapping("/trust-fund/board/{id}/edit")
    String editTrustee(@PathVariable long id, Model model, Locale locale) {
        requireSecretariat();
        FundTrusteeEntity t = fund.trustee(id);
        TrusteeForm form = new TrusteeForm();
        form.setNameAr(t.getNameAr());
        form.setNameEn(t.getNameEn());
        form.setCountryIso3(t.getCountry() == null ? null : t.getCountry().getIso3());
        form.setChair(t.isChair());
        form.setTermStart(t.getTermStart() == null ? null : t.getTermStart().toString());
        form.setTermEnd(t.getTermEnd() == null ? null : t.getTermEnd().toString());
        form.setVersion(t.getVersion());
        return trusteeForm(model, form, id, locale);
    }

    @PostMapping({"/trust-fund/board", "/trust-fund/board/{id}"})
    String saveTrustee(@PathVariable(required = false) Long id, @ModelAttribute("trusteeForm") TrusteeForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Trustee command = new FundCommands.Trustee(form.getNameAr(), form.getNameEn(), form.getCountryIso3(),
                form.isChair(), FormInput.date(form.getTermStart(), "termStart", false, result),
                FormInput.date(form.getTermEnd(), "termEnd", false, result));
        return save(id, form.getVersion(), result, model, redirect, locale, response, TRUSTEE_FIELDS, COUNTRY_ALIASES,
                () -> trusteeForm(model, form, id, locale), form::setVersion,
                () -> id == null ? fund.createTrustee(actor, command).getId()
                        : fund.updateTrustee(actor, id, form.getVersion(), command).getId(),
                () -> fund.trustee(id).getVersion(), "board");
    }

    private String trusteeForm(Model model, TrusteeForm form, Long id, Locale locale) {
        model.addAttribute("trusteeForm", form);
        model.addAttribute("recordId", id);
        model.addAttribute("countryChoices", display.countries(locale));
        return "trust-fund/trustee-form";
    }

    // ------------------------------------------------------------------ shared

    /**
     * Saves through {@code action} unless the form has errors; a rule refused goes next to its
     * field, a stale version gives 409 with the record as it is now and the user's entry kept.
     */
    private String save(Long id, Long version, BindingResult result, Model model, RedirectAttributes redirect,
                        Locale locale, HttpServletResponse response, Set<String> fields, Map<String, String> aliases,
                        Supplier<String> form, java.util.function.Consumer<Long> setVersion, Supplier<Long> action,
                        Supplier<Long> currentVersion, String list) {
        if (id != null && version == null) {
            result.reject("trustfund.form.version.missing");
        }
        if (result.hasErrors()) {
            return form.get();
        }
        try {
            action.get();
            redirect.addFlashAttribute("saved", messages.getMessage("trustfund.saved", null, locale));
            return "redirect:" + BASE + list;
        } catch (DomainException e) {
            FormInput.reject(result, e, fields, aliases, domainMessages, locale);
            return form.get();
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            result.reject(e.getMessage());
            model.addAttribute("conflictCurrent", e.current());
            setVersion.accept(currentVersion.get());
            return form.get();
        }
    }

    private List<FundDonorEntity> sortedDonors(Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Comparator<FundDonorEntity> byName = english
                ? Comparator.comparing((FundDonorEntity d) -> d.displayName(true).toLowerCase(Locale.ROOT))
                : Comparator.comparing((FundDonorEntity d) -> UnArabicOrder.sortKey(d.displayName(false)));
        return fund.donors().stream().sorted(Comparator.comparing((FundDonorEntity d) -> d.getKind().isPrivate())
                .thenComparing(byName)).toList();
    }

    private static List<String> currencies() {
        List<String> all = new java.util.ArrayList<>(Currencies.COMMON);
        Currencies.all().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    private Actor requireSecretariat() {
        Actor actor = currentActor.get();
        if (!actor.isSecretariat()) {
            throw new ForbiddenException("trust fund: " + actor.username());
        }
        return actor;
    }
}
