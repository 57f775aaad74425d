package org.tiptracker.treaty.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.arabic.DateEntry;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.TreatyRules;
import org.tiptracker.treaty.persistence.ActionCommand;
import org.tiptracker.treaty.persistence.ActionRecord;
import org.tiptracker.treaty.persistence.TreatyActionService;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.EditFlow;

/** Secretariat staff add, correct and delete treaty actions; every change carries a reason. */
@Controller
record ActionController(TreatyActionService service, TreatyRegistry registry, DomainMessages domainMessages,
                        EditFlow edits) {

    /** The field each rule is about; a rule not listed is shown above the form. */
    private static final EditFlow.Declaration EDIT = new EditFlow.Declaration("action.saved", "action.form.version.missing",
            EditFlow.FieldOf.byRule(Map.ofEntries(Map.entry("action.kindRequired", "kind"),
            Map.entry("action.form.kind.required", "kind"), Map.entry("action.dateRequired", "date"),
            Map.entry("action.form.date.invalid", "date"), Map.entry("input.treaty.unknown", "treaty"),
            Map.entry("action.treatyRequired", "treaty"), Map.entry("action.participantRequired", "iso3"),
            Map.entry("action.participantFixed", "iso3"), Map.entry("action.reasonRequired", "reason"),
            Map.entry("treaty.rule.future-date", "date"), Map.entry("treaty.rule.before-adoption", "date"),
            Map.entry("treaty.rule.notification-text-required", "text"))));

    static final String FORM = "actions/form";
    static final String DELETE = "actions/delete";

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/actions/new")
    String initCreate(@RequestParam(required = false) String iso3, @RequestParam(required = false) String treaty, Model model) {
        ActionForm form = new ActionForm();
        form.iso3 = iso3;
        form.treaty = treaty;
        return form(model, form, null);
    }

    @PostMapping("/actions")
    String processCreate(@Valid ActionForm form, BindingResult result, Model model, Authentication user,
                         RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Set<String> waived = form.depositaryRecord ? Set.of(TreatyRules.NEEDS_SIGNATURE) : Set.of();
        return edits.create(EDIT, new EditFlow.Page(result, model, redirect, response, locale),
                () -> "/participants/" + service.add(command(form), user.getName(), waived).iso3(),
                () -> form(model, form, null));
    }

    @GetMapping("/actions/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        ActionRecord action = service.find(id);
        ActionForm form = new ActionForm();
        form.iso3 = action.iso3();
        form.treaty = action.treatyCode();
        form.kind = action.kind();
        form.date = action.actionDate().toString();
        form.text = action.text();
        form.source = action.source();
        form.version = action.version();
        return form(model, form, id);
    }

    @PostMapping("/actions/{id}")
    String processUpdate(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
                         Authentication user, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        return edits.save(EDIT, new EditFlow.Page(result, model, redirect, response, locale), true, form.version,
                () -> "/participants/" + service.update(id, form.version, command(form), user.getName()).iso3(),
                () -> form(model, form, id), () -> service.find(id).version(), version -> form.version = version);
    }

    @GetMapping("/actions/{id}/delete")
    String initDelete(@PathVariable long id, Model model) {
        model.addAttribute("action", service.find(id));
        return DELETE;
    }

    @PostMapping("/actions/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                         Model model, Authentication user, RedirectAttributes redirect, Locale locale) {
        ActionRecord action = service.find(id);
        String iso3 = action.iso3();
        try {
            service.delete(id, version, reason, user.getName());
        } catch (DomainException e) {
            model.addAttribute("action", action);
            model.addAttribute("error", domainMessages.message(e, locale));
            return DELETE;
        }
        return edits.saved(redirect, "action.deleted", locale, "/participants/" + iso3);
    }

    private String form(Model model, ActionForm form, Long id) {
        model.addAttribute("actionForm", form);
        model.addAttribute("actionId", id);
        model.addAttribute("treaties", TreatyCode.values());
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("participants", registry.snapshot().participants());
        return FORM;
    }

    private static ActionCommand command(ActionForm form) {
        TreatyCode treaty = TreatyCode.parse(form.treaty)
                .orElseThrow(() -> new DomainException("input.treaty.unknown", form.treaty));
        ActionKind kind = Arrays.stream(ActionKind.values()).filter(k -> k.name().equals(form.kind)).findFirst()
                .orElseThrow(() -> new DomainException("action.form.kind.required"));
        LocalDate date = DateEntry.parse(form.date).orElseThrow(() -> new DomainException("action.form.date.invalid"));
        return new ActionCommand(form.iso3.toUpperCase(Locale.ROOT), treaty, kind, date, form.text,
                form.source, form.reason);
    }
}
