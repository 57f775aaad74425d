package org.tiptracker.awareness.web;

import java.time.LocalDate;
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
import org.tiptracker.awareness.persistence.AdoptionCommand;
import org.tiptracker.awareness.persistence.AwarenessService;
import org.tiptracker.awareness.persistence.AwarenessViews;
import org.tiptracker.awareness.persistence.ThemeCommand;
import org.tiptracker.common.Actor;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.ParticipantChoice;

/** The secretariat's forms for World Day themes and Blue Heart adoptions, each through {@link EditFlow}. */
@Controller
record AwarenessFormsController(AwarenessService service, TreatyRegistry registry, CurrentActor currentActor,
                                EditFlow edits) {

    static final String THEME_FORM = "awareness/theme-form";
    static final String ADOPTION_FORM = "awareness/adoption-form";
    /** A theme's rules ({@code awareness.theme.<field>.<rule>}); {@code ar} is the Arabic theme. */
    private static final EditFlow.Declaration THEME = new EditFlow.Declaration("awareness.saved",
            "awareness.form.version.missing", EditFlow.FieldOf.after("awareness.theme.", Set.of(ThemeForm.FIELDS),
                    Map.of("ar", "themeAr")));
    /** An adoption's rules: the country is chosen by its code, and a missing date is asked of the year. */
    private static final EditFlow.Declaration ADOPTION = new EditFlow.Declaration("awareness.saved",
            "awareness.form.version.missing", EditFlow.FieldOf.after("awareness.adoption.",
                    Set.of(AdoptionForm.FIELDS), Map.of("country", "iso3", "when", "year")));

    @InitBinder("themeForm")
    void themeBinder(WebDataBinder binder) {
        binder.setAllowedFields(ThemeForm.FIELDS);
    }

    @InitBinder("adoptionForm")
    void adoptionBinder(WebDataBinder binder) {
        binder.setAllowedFields(AdoptionForm.FIELDS);
    }

    // ------------------------------------------------------------------ themes

    @GetMapping({"/awareness/themes/new", "/awareness/themes/{id}/edit"})
    String editTheme(@PathVariable(required = false) Long id, Model model) {
        currentActor.requireSecretariat("awareness");
        ThemeForm form = new ThemeForm();
        if (id != null) {
            AwarenessViews.Theme theme = service.theme(id);
            form.year = Integer.toString(theme.year());
            form.themeAr = theme.themeAr();
            form.themeEn = theme.themeEn();
            form.source = theme.source();
            form.version = theme.version();
        }
        return themeForm(model, form, id);
    }

    @PostMapping({"/awareness/themes", "/awareness/themes/{id}"})
    String saveTheme(@PathVariable(required = false) Long id, @ModelAttribute("themeForm") ThemeForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("awareness");
        ThemeCommand command = new ThemeCommand(integer(form.year, "year", result), form.themeAr,
                form.themeEn, form.source);
        return edits.save(THEME, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> {
                    if (id == null) {
                        service.createTheme(actor, command);
                    } else {
                        service.updateTheme(actor, id, form.version, command);
                    }
                    return "/awareness";
                }, () -> themeForm(model, form, id), () -> service.theme(id).version());
    }

    // ------------------------------------------------------------------ Blue Heart

    @GetMapping({"/awareness/blue-heart/new", "/awareness/blue-heart/{id}/edit"})
    String editAdoption(@PathVariable(required = false) Long id, Model model, Locale locale) {
        currentActor.requireSecretariat("awareness");
        AdoptionForm form = new AdoptionForm();
        if (id != null) {
            AwarenessViews.Adoption adoption = service.adoption(id);
            form.iso3 = adoption.participant().iso3();
            form.year = adoption.adoptedYear() == null ? "" : adoption.adoptedYear().toString();
            form.knownBy = adoption.knownBy() == null ? "" : adoption.knownBy().toString();
            form.source = adoption.source();
            form.version = adoption.version();
        }
        return adoptionForm(model, form, id, locale);
    }

    @PostMapping({"/awareness/blue-heart", "/awareness/blue-heart/{id}"})
    String saveAdoption(@PathVariable(required = false) Long id, @ModelAttribute("adoptionForm") AdoptionForm form,
                        BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                        HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("awareness");
        LocalDate knownBy = FormInput.date(form.knownBy, "knownBy", result, "awareness.form.date.invalid");
        if (form.iso3 == null || form.iso3.isBlank()) {
            result.rejectValue("iso3", "awareness.adoption.country.required");
        }
        AdoptionCommand command = new AdoptionCommand(form.iso3, integer(form.year, "year", result), knownBy,
                form.source);
        return edits.save(ADOPTION, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> {
                    if (id == null) {
                        service.createAdoption(actor, command);
                    } else {
                        service.updateAdoption(actor, id, form.version, command);
                    }
                    return "/awareness";
                }, () -> adoptionForm(model, form, id, locale), () -> service.adoption(id).version());
    }

    // ------------------------------------------------------------------ helpers

    private String themeForm(Model model, ThemeForm form, Long id) {
        model.addAttribute("themeForm", form);
        model.addAttribute("themeId", id);
        return THEME_FORM;
    }

    private String adoptionForm(Model model, AdoptionForm form, Long id, Locale locale) {
        model.addAttribute("adoptionForm", form);
        model.addAttribute("adoptionId", id);
        model.addAttribute("choices", ParticipantChoice.of(registry.snapshot().participants(), locale));
        return ADOPTION_FORM;
    }

    private static Integer integer(String text, String field, BindingResult result) {
        return FormInput.signedInteger(text, field, result, "awareness.form.number.invalid");
    }
}
