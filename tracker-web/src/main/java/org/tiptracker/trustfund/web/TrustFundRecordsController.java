package org.tiptracker.trustfund.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ForbiddenException;
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
import org.tiptracker.trustfund.web.TrustFundForms.VersionedForm;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;

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

    private static final Kind CONTRIBUTIONS = new Kind("contributions", CONTRIBUTION_FIELDS, Map.of());
    private static final Kind EXPENDITURES = new Kind("expenditures", EXPENDITURE_FIELDS, EXPENDITURE_ALIASES);
    private static final Kind GRANTS = new Kind("grants", GRANT_FIELDS, COUNTRY_ALIASES);
    private static final Kind DONORS = new Kind("donors", DONOR_FIELDS, DONOR_ALIASES);
    private static final Kind CALLS = new Kind("calls", CALL_FIELDS, Map.of());
    private static final Kind BOARD = new Kind("board", TRUSTEE_FIELDS, COUNTRY_ALIASES);

    private final TrustFundService fund;
    private final TrustFundDisplay display;
    private final CurrentActor currentActor;
    private final EditFlow edits;

    TrustFundRecordsController(TrustFundService fund, TrustFundDisplay display, CurrentActor currentActor,
                               EditFlow edits) {
        this.fund = fund;
        this.display = display;
        this.currentActor = currentActor;
        this.edits = edits;
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

    @GetMapping({"/trust-fund/contributions/new", "/trust-fund/contributions/{id}/edit"})
    String editContribution(@PathVariable(required = false) Long id, Model model, Locale locale) {
        requireSecretariat();
        ContributionForm form = id == null ? new ContributionForm() : contributionFormOf(fund.contribution(id));
        return contributionForm(model, form, id, locale);
    }

    private static ContributionForm contributionFormOf(FundContributionEntity c) {
        ContributionForm form = new ContributionForm();
        form.setDonorId(c.getDonor().getId().toString());
        form.setReceivedOn(c.getReceivedOn().toString());
        form.setAmount(c.getAmount().toPlainString());
        form.setCurrency(c.getCurrency().strip());
        form.setStatus(c.getStatus().name());
        form.setNote(c.getNote());
        form.setVersion(c.getVersion());
        return form;
    }

    @PostMapping({"/trust-fund/contributions", "/trust-fund/contributions/{id}"})
    String saveContribution(@PathVariable(required = false) Long id, @ModelAttribute("contributionForm") ContributionForm form,
                            BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                            HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Contribution command = new FundCommands.Contribution(
                FundFormInput.id(form.getDonorId(), "donorId", true, result),
                FundFormInput.date(form.getReceivedOn(), "receivedOn", true, result),
                FundFormInput.amount(form.getAmount(), "amount", result), form.getCurrency(),
                FundFormInput.choice(ContributionStatus.class, form.getStatus(), "status", result), form.getNote());
        return save(CONTRIBUTIONS, id, form, result, model, redirect, locale, response,
                () -> contributionForm(model, form, id, locale),
                () -> fund.createContribution(actor, command),
                () -> fund.updateContribution(actor, id, form.getVersion(), command),
                () -> fund.contribution(id).getVersion());
    }

    private String contributionForm(Model model, ContributionForm form, Long id, Locale locale) {
        model.addAttribute("donorChoices", sortedDonors(locale).stream()
                .map(d -> new TrustFundDisplay.Choice(d.getId().toString(), display.donor(d, locale))).toList());
        model.addAttribute("statuses", ContributionStatus.values());
        model.addAttribute("currencies", currencies());
        return showForm(model, "contributionForm", form, id, "contribution-form");
    }

    // ------------------------------------------------------------------ expenditures other than grants

    @GetMapping({"/trust-fund/expenditures/new", "/trust-fund/expenditures/{id}/edit"})
    String editExpenditure(@PathVariable(required = false) Long id, Model model) {
        requireSecretariat();
        ExpenditureForm form = id == null ? new ExpenditureForm() : expenditureFormOf(fund.expenditure(id));
        return expenditureForm(model, form, id);
    }

    private static ExpenditureForm expenditureFormOf(FundExpenditureEntity e) {
        ExpenditureForm form = new ExpenditureForm();
        form.setSpentOn(e.getSpentOn().toString());
        form.setKind(e.getKind().name());
        form.setAmount(e.getAmount().toPlainString());
        form.setCurrency(e.getCurrency().strip());
        form.setDescription(e.getDescription());
        form.setVersion(e.getVersion());
        return form;
    }

    @PostMapping({"/trust-fund/expenditures", "/trust-fund/expenditures/{id}"})
    String saveExpenditure(@PathVariable(required = false) Long id, @ModelAttribute("expenditureForm") ExpenditureForm form,
                           BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                           HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Expenditure command = new FundCommands.Expenditure(
                FundFormInput.date(form.getSpentOn(), "spentOn", true, result),
                FundFormInput.choice(ExpenditureKind.class, form.getKind(), "kind", result),
                FundFormInput.amount(form.getAmount(), "amount", result), form.getCurrency(), form.getDescription());
        return save(EXPENDITURES, id, form, result, model, redirect, locale, response,
                () -> expenditureForm(model, form, id),
                () -> fund.createExpenditure(actor, command),
                () -> fund.updateExpenditure(actor, id, form.getVersion(), command),
                () -> fund.expenditure(id).getVersion());
    }

    private String expenditureForm(Model model, ExpenditureForm form, Long id) {
        model.addAttribute("kinds", ExpenditureKind.values());
        model.addAttribute("currencies", currencies());
        return showForm(model, "expenditureForm", form, id, "expenditure-form");
    }

    // ------------------------------------------------------------------ grants

    @GetMapping({"/trust-fund/grants/new", "/trust-fund/grants/{id}/edit"})
    String editGrant(@PathVariable(required = false) Long id, Model model, Locale locale) {
        requireSecretariat();
        GrantForm form = id == null ? new GrantForm() : grantFormOf(fund.grant(id));
        return grantForm(model, form, id, locale);
    }

    private static GrantForm grantFormOf(FundGrantEntity g) {
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
        return form;
    }

    @PostMapping({"/trust-fund/grants", "/trust-fund/grants/{id}"})
    String saveGrant(@PathVariable(required = false) Long id, @ModelAttribute("grantForm") GrantForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Grant command = new FundCommands.Grant(FundFormInput.id(form.getCallId(), "callId", false, result),
                form.getNgoName(), form.getCountryIso3(), FundFormInput.amount(form.getAmount(), "amount", result),
                form.getCurrency(), FundFormInput.date(form.getPeriodStart(), "periodStart", true, result),
                FundFormInput.date(form.getPeriodEnd(), "periodEnd", true, result), form.getFocusGroups(),
                form.getServices(), FundFormInput.choice(GrantStatus.class, form.getStatus(), "status", result));
        return save(GRANTS, id, form, result, model, redirect, locale, response,
                () -> grantForm(model, form, id, locale),
                () -> fund.createGrant(actor, command),
                () -> fund.updateGrant(actor, id, form.getVersion(), command),
                () -> fund.grant(id).getVersion());
    }

    private String grantForm(Model model, GrantForm form, Long id, Locale locale) {
        model.addAttribute("callChoices", fund.calls().stream().map(c -> new TrustFundDisplay.Choice(c.getId().toString(),
                display.year(c.getYear(), locale) + " - " + (DisplayFormat.isEnglish(locale) ? c.getTitleEn() : c.getTitleAr())))
                .toList());
        model.addAttribute("countryChoices", display.countries(locale));
        model.addAttribute("statuses", GrantStatus.values());
        model.addAttribute("currencies", currencies());
        return showForm(model, "grantForm", form, id, "grant-form");
    }

    // ------------------------------------------------------------------ donors

    @GetMapping({"/trust-fund/donors/new", "/trust-fund/donors/{id}/edit"})
    String editDonor(@PathVariable(required = false) Long id, Model model, Locale locale) {
        requireSecretariat();
        DonorForm form = id == null ? new DonorForm() : donorFormOf(fund.donor(id));
        return donorForm(model, form, id, locale);
    }

    private static DonorForm donorFormOf(FundDonorEntity d) {
        DonorForm form = new DonorForm();
        form.setKind(d.getKind().name());
        form.setParticipantIso3(d.getParticipant() == null ? null : d.getParticipant().getIso3());
        form.setName(d.getName());
        form.setVersion(d.getVersion());
        return form;
    }

    @PostMapping({"/trust-fund/donors", "/trust-fund/donors/{id}"})
    String saveDonor(@PathVariable(required = false) Long id, @ModelAttribute("donorForm") DonorForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = requireSecretariat();
        DonorKind kind = FundFormInput.choice(DonorKind.class, form.getKind(), "kind", result);
        FundCommands.Donor command = new FundCommands.Donor(kind, form.getParticipantIso3(), form.getName());
        return save(DONORS, id, form, result, model, redirect, locale, response,
                () -> donorForm(model, form, id, locale),
                () -> fund.createDonor(actor, command),
                () -> fund.updateDonor(actor, id, form.getVersion(), command),
                () -> fund.donor(id).getVersion());
    }

    private String donorForm(Model model, DonorForm form, Long id, Locale locale) {
        model.addAttribute("kinds", DonorKind.values());
        model.addAttribute("countryChoices", display.countries(locale));
        return showForm(model, "donorForm", form, id, "donor-form");
    }

    // ------------------------------------------------------------------ calls

    @GetMapping({"/trust-fund/calls/new", "/trust-fund/calls/{id}/edit"})
    String editCall(@PathVariable(required = false) Long id, Model model) {
        requireSecretariat();
        CallForm form = id == null ? new CallForm() : callFormOf(fund.call(id));
        return callForm(model, form, id);
    }

    private static CallForm callFormOf(FundCallEntity c) {
        CallForm form = new CallForm();
        form.setYear(Integer.toString(c.getYear()));
        form.setTitleAr(c.getTitleAr());
        form.setTitleEn(c.getTitleEn());
        form.setOpensOn(c.getOpensOn() == null ? null : c.getOpensOn().toString());
        form.setClosesOn(c.getClosesOn() == null ? null : c.getClosesOn().toString());
        form.setVersion(c.getVersion());
        return form;
    }

    @PostMapping({"/trust-fund/calls", "/trust-fund/calls/{id}"})
    String saveCall(@PathVariable(required = false) Long id, @ModelAttribute("callForm") CallForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                    HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Call command = new FundCommands.Call(FundFormInput.integer(form.getYear(), "year", result),
                form.getTitleAr(), form.getTitleEn(), FundFormInput.date(form.getOpensOn(), "opensOn", false, result),
                FundFormInput.date(form.getClosesOn(), "closesOn", false, result));
        return save(CALLS, id, form, result, model, redirect, locale, response,
                () -> callForm(model, form, id),
                () -> fund.createCall(actor, command),
                () -> fund.updateCall(actor, id, form.getVersion(), command),
                () -> fund.call(id).getVersion());
    }

    private String callForm(Model model, CallForm form, Long id) {
        return showForm(model, "callForm", form, id, "call-form");
    }

    // ------------------------------------------------------------------ board

    @GetMapping({"/trust-fund/board/new", "/trust-fund/board/{id}/edit"})
    String editTrustee(@PathVariable(required = false) Long id, Model model, Locale locale) {
        requireSecretariat();
        TrusteeForm form = id == null ? new TrusteeForm() : trusteeFormOf(fund.trustee(id));
        return trusteeForm(model, form, id, locale);
    }

    private static TrusteeForm trusteeFormOf(FundTrusteeEntity t) {
        TrusteeForm form = new TrusteeForm();
        form.setNameAr(t.getNameAr());
        form.setNameEn(t.getNameEn());
        form.setCountryIso3(t.getCountry() == null ? null : t.getCountry().getIso3());
        form.setChair(t.isChair());
        form.setTermStart(t.getTermStart() == null ? null : t.getTermStart().toString());
        form.setTermEnd(t.getTermEnd() == null ? null : t.getTermEnd().toString());
        form.setVersion(t.getVersion());
        return form;
    }

    @PostMapping({"/trust-fund/board", "/trust-fund/board/{id}"})
    String saveTrustee(@PathVariable(required = false) Long id, @ModelAttribute("trusteeForm") TrusteeForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        Actor actor = requireSecretariat();
        FundCommands.Trustee command = new FundCommands.Trustee(form.getNameAr(), form.getNameEn(), form.getCountryIso3(),
                form.isChair(), FundFormInput.date(form.getTermStart(), "termStart", false, result),
                FundFormInput.date(form.getTermEnd(), "termEnd", false, result));
        return save(BOARD, id, form, result, model, redirect, locale, response,
                () -> trusteeForm(model, form, id, locale),
                () -> fund.createTrustee(actor, command),
                () -> fund.updateTrustee(actor, id, form.getVersion(), command),
                () -> fund.trustee(id).getVersion());
    }

    private String trusteeForm(Model model, TrusteeForm form, Long id, Locale locale) {
        model.addAttribute("countryChoices", display.countries(locale));
        return showForm(model, "trusteeForm", form, id, "trustee-form");
    }

    // ------------------------------------------------------------------ shared

    /** One kind of record's form: the list it returns to and the fields a refused rule may name. */
    private record Kind(String list, Set<String> fields, Map<String, String> aliases) {
        EditFlow.Declaration declaration() {
            return new EditFlow.Declaration("trustfund.saved", "trustfund.form.version.missing",
                    EditFlow.FieldOf.byKey(fields, aliases));
        }
    }

    /** Saves through {@code create} (no id) or {@code update}, as every edit form does ({@link EditFlow}). */
    private String save(Kind kind, Long id, VersionedForm form, BindingResult result, Model model,
                        RedirectAttributes redirect, Locale locale, HttpServletResponse response,
                        Supplier<String> showForm, Runnable create, Runnable update, LongSupplier currentVersion) {
        return edits.save(kind.declaration(), new EditFlow.Page(result, model, redirect, response, locale), id != null,
                form.getVersion(), () -> {
                    (id == null ? create : update).run();
                    return BASE + kind.list();
                }, showForm, currentVersion, form::setVersion);
    }

    /** The form page {@code view} with the form under {@code attribute} and the record's id (null for a new one). */
    private static String showForm(Model model, String attribute, Object form, Long id, String view) {
        model.addAttribute(attribute, form);
        model.addAttribute("recordId", id);
        return "trust-fund/" + view;
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
