package org.tiptracker.agency.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.agency.persistence.ActivityCommand;
import org.tiptracker.agency.persistence.ActivityService;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;

/** The secretariat's form to record an activity or correct one ({@link EditFlow}). */
@Controller
record ActivityEditController(ActivityService activities, ActivityChoices choices, CurrentActor currentActor,
                              EditFlow edits) {

    static final String FORM = "activities/form";
    /** Where the rules an activity may break are shown (a refused figure names its field itself). */
    private static final EditFlow.Declaration ACTIVITY = new EditFlow.Declaration("activity.saved",
            "activity.form.version.missing", EditFlow.FieldOf.byRule(Map.ofEntries(
                    Map.entry("activity.agency.required", "agency"),
                    Map.entry("activity.agency.unknown", "agency"),
                    Map.entry("activity.kind.required", "kind"),
                    Map.entry("activity.title.required", "title"),
                    Map.entry("activity.description.tooLong", "description"),
                    Map.entry("activity.dates.order", "endDate"),
                    Map.entry("activity.source.symbolInvalid", "sourceSymbol"),
                    Map.entry("activity.country.unknown", "countries"),
                    Map.entry("activity.partner.unknown", "partners"),
                    Map.entry("activity.partner.self", "partners"))));

    @InitBinder("activityForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("agency", "kind", "heading", "title", "description", "startDate", "endDate", "datePrecision", "peopleTrained",
                "victimsAssisted", "suspectsArrested", "countriesReached", "countries", "regions", "partners",
                "sourceSymbol", "sourceParagraph", "version");
    }

    @GetMapping("/activities/new")
    String initCreate(@RequestParam(required = false) String agency, Model model, Locale locale) {
        currentActor.requireSecretariat("activities");
        ActivityForm form = new ActivityForm();
        form.agency = agency;
        return form(model, form, null, locale);
    }

    @GetMapping("/activities/{id}/edit")
    String initUpdate(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat("activities");
        return form(model, ActivityForm.of(activities.get(id)), id, locale);
    }

    @PostMapping({"/activities", "/activities/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("activityForm") ActivityForm form,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("activities");
        ActivityCommand command = form.command(result);
        return edits.save(ACTIVITY, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> "/activities/" + (id == null ? activities.create(actor, command)
                        : activities.update(actor, id, form.version, command)).id(),
                () -> form(model, form, id, locale), () -> activities.get(id).version());
    }

    private String form(Model model, ActivityForm form, Long id, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("activityForm", form);
        model.addAttribute("activityId", id);
        model.addAttribute("agencies", choices.agencies());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("headings", MeasureHeading.values());
        model.addAttribute("regions", ActivityRegion.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("english", english);
        model.addAttribute("countryChoices", choices.countries(english));
        model.addAttribute("tickedCountries", Set.copyOf(form.countries));
        model.addAttribute("tickedRegions", Set.copyOf(form.regions));
        model.addAttribute("tickedPartners", Set.copyOf(form.partners));
        return FORM;
    }
}
