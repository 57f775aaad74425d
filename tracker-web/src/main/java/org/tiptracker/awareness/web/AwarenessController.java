package org.tiptracker.awareness.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.awareness.BlueHeartAdoption;
import org.tiptracker.awareness.BlueHeartCount;
import org.tiptracker.awareness.WorldDayThemes;
import org.tiptracker.awareness.persistence.AdoptionCommand;
import org.tiptracker.awareness.persistence.AwarenessService;
import org.tiptracker.awareness.persistence.BlueHeartAdoptionEntity;
import org.tiptracker.awareness.persistence.BlueHeartReportedCountEntity;
import org.tiptracker.awareness.persistence.ThemeCommand;
import org.tiptracker.awareness.persistence.WorldDayThemeEntity;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.ParticipantChoice;
import org.tiptracker.web.RequestDates;

/**
 * Awareness: the World Day themes by year and the Blue Heart campaign's countries, with the count
 * as of any date next to the counts the documents report; the secretariat's forms for both.
 */
@Controller
class AwarenessController {

    static final String PAGE = "awareness/index";
    static final String THEME_FORM = "awareness/theme-form";
    static final String ADOPTION_FORM = "awareness/adoption-form";
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("awareness.theme.year.range", "year"),
            Map.entry("awareness.theme.year.duplicate", "year"),
            Map.entry("awareness.theme.ar.required", "themeAr"),
            Map.entry("awareness.adoption.country.required", "iso3"),
            Map.entry("awareness.adoption.country.unknown", "iso3"),
            Map.entry("awareness.adoption.country.duplicate", "iso3"),
            Map.entry("awareness.adoption.when.required", "year"),
            Map.entry("awareness.adoption.year.range", "year"),
            Map.entry("awareness.adoption.knownBy.range", "knownBy"),
            Map.entry("awareness.adoption.knownBy.beforeYear", "knownBy"));

    private final AwarenessService service;
    private final TreatyRegistry registry;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;
    private final Clock clock;

    AwarenessController(AwarenessService service, TreatyRegistry registry, CurrentActor currentActor,
                        MessageSource messages, DomainMessages domainMessages, DisplayFormat format, Clock clock) {
        this.service = service;
        this.registry = registry;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.format = format;
        this.clock = clock;
    }

    @InitBinder("themeForm")
    void themeBinder(WebDataBinder binder) {
        binder.setAllowedFields("year", "themeAr", "themeEn", "source", "version");
    }

    @InitBinder("adoptionForm")
    void adoptionBinder(WebDataBinder binder) {
        binder.setAllowedFields("iso3", "year", "knownBy", "source", "version");
    }

    @ModelAttribute("maySecretariat")
    boolean maySecretariat() {
        return currentActor.isSecretariat();
    }

    public record ThemeRow(WorldDayThemeEntity theme, String yearText) {
    }

    public record AdoptionRow(BlueHeartAdoptionEntity adoption, String name, String whenText, boolean counted) {
    }

    public record ReportedRow(BlueHeartReportedCountEntity reported, String dateText, String reportedText,
                              String computedText, boolean agrees) {
    }

    @GetMapping("/awareness")
    String page(@RequestParam(required = false) String asOf, Model model, Locale locale) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        boolean english = DisplayFormat.isEnglish(locale);
        List<BlueHeartAdoptionEntity> adoptions = service.adoptions();
        List<BlueHeartAdoption> rows = adoptions.stream().map(BlueHeartAdoptionEntity::adoption).toList();
        long count = BlueHeartCount.asOf(rows, date);
        List<ReportedRow> reported = service.reportedCounts().stream().map(r -> {
            long computed = BlueHeartCount.asOf(rows, r.getAsOf());
            return new ReportedRow(r, format.date(r.getAsOf(), locale), format.number(r.getCountryCount(), locale),
                    format.number(computed, locale), computed == r.getCountryCount());
        }).toList();
        ReportedRow latest = reported.stream().filter(r -> !r.reported().getAsOf().isAfter(date))
                .reduce((a, b) -> b).orElse(null);
        List<WorldDayThemeEntity> themes = service.themes();
        model.addAttribute("themes", themes.stream().map(t -> new ThemeRow(t, year(t.getYear(), locale))).toList());
        model.addAttribute("themesSentence", WorldDayThemes.arabic(themes.stream()
                .map(t -> new WorldDayThemes.Theme(t.getYear(), t.getThemeAr())).toList(), format.arabic()));
        model.addAttribute("adoptions", adoptions.stream().map(a -> new AdoptionRow(a,
                english ? a.getParticipant().getNameEn() : a.getParticipant().getNameAr(), when(a, locale),
                !a.adoption().countsFrom().isAfter(date))).toList());
        model.addAttribute("asOf", date.toString());
        model.addAttribute("asOfText", format.date(date, locale));
        model.addAttribute("count", count);
        model.addAttribute("countText", format.number(count, locale));
        model.addAttribute("reported", reported);
        model.addAttribute("latestReported", latest);
        model.addAttribute("demoCount", adoptions.stream().filter(BlueHeartAdoptionEntity::isDemo).count());
        model.addAttribute("english", english);
        return PAGE;
    }

    // ------------------------------------------------------------------ themes

    @GetMapping("/awareness/themes/new")
    String initCreateTheme(Model model) {
        currentActor.requireSecretariat("awareness");
        return themeForm(model, new ThemeForm(), null);
    }

    @PostMapping("/awareness/themes")
    String processCreateTheme(@ModelAttribute("themeForm") ThemeForm form, BindingResult result, Model model,
                              RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("awareness");
        ThemeCommand command = command(form, result);
        if (result.hasErrors()) {
            return themeForm(model, form, null);
        }
        try {
            service.createTheme(actor, command);
            redirect.addFlashAttribute("saved", messages.getMessage("awareness.saved", null, locale));
            return "redirect:/awareness";
        } catch (DomainException e) {
            reject(result, e, locale);
            return themeForm(model, form, null);
        }
    }

    @GetMapping("/awareness/themes/{id}/edit")
    String initUpdateTheme(@PathVariable long id, Model model) {
        currentActor.requireSecretariat("awareness");
        WorldDayThemeEntity theme = service.theme(id);
        ThemeForm form = new ThemeForm();
        form.setYear(Integer.toString(theme.getYear()));
        form.setThemeAr(theme.getThemeAr());
        form.setThemeEn(theme.getThemeEn());
        form.setSource(theme.getSource());
        form.setVersion(theme.getVersion());
        return themeForm(model, form, id);
    }

    @PostMapping("/awareness/themes/{id}")
    String processUpdateTheme(@PathVariable long id, @ModelAttribute("themeForm") ThemeForm form, BindingResult result,
                              Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("awareness");
        service.theme(id);
        if (form.getVersion() == null) {
            result.reject("awareness.form.version.missing");
        }
        ThemeCommand command = command(form, result);
        if (result.hasErrors()) {
            return themeForm(model, form, id);
        }
        try {
            service.updateTheme(actor, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("awareness.saved", null, locale));
            return "redirect:/awareness";
        } catch (DomainException e) {
            reject(result, e, locale);
            return themeForm(model, form, id);
        } catch (ConflictException e) {
            FormInput.conflict(e, result, model, response);
            form.setVersion(service.theme(id).getVersion());
            return themeForm(model, form, id);
        }
    }

    // ------------------------------------------------------------------ Blue Heart

    @GetMapping("/awareness/blue-heart/new")
    String initCreateAdoption(Model model, Locale locale) {
        currentActor.requireSecretariat("awareness");
        return adoptionForm(model, new AdoptionForm(), null, locale);
    }

    @PostMapping("/awareness/blue-heart")
    String processCreateAdoption(@ModelAttribute("adoptionForm") AdoptionForm form, BindingResult result, Model model,
                                 RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("awareness");
        AdoptionCommand command = command(form, result);
        if (result.hasErrors()) {
            return adoptionForm(model, form, null, locale);
        }
        try {
            service.createAdoption(actor, command);
            redirect.addFlashAttribute("saved", messages.getMessage("awareness.saved", null, locale));
            return "redirect:/awareness";
        } catch (DomainException e) {
            reject(result, e, locale);
            return adoptionForm(model, form, null, locale);
        }
    }

    @GetMapping("/awareness/blue-heart/{id}/edit")
    String initUpdateAdoption(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat("awareness");
        BlueHeartAdoptionEntity adoption = service.adoption(id);
        AdoptionForm form = new AdoptionForm();
        form.setIso3(adoption.getParticipant().getIso3());
        form.setYear(adoption.getAdoptedYear() == null ? "" : adoption.getAdoptedYear().toString());
        form.setKnownBy(adoption.getKnownBy() == null ? "" : adoption.getKnownBy().toString());
        form.setSource(adoption.getSource());
        form.setVersion(adoption.getVersion());
        return adoptionForm(model, form, id, locale);
    }

    @PostMapping("/awareness/blue-heart/{id}")
    String processUpdateAdoption(@PathVariable long id, @ModelAttribute("adoptionForm") AdoptionForm form,
                                 BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                                 HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("awareness");
        service.adoption(id);
        if (form.getVersion() == null) {
            result.reject("awareness.form.version.missing");
        }
        AdoptionCommand command = command(form, result);
        if (result.hasErrors()) {
            return adoptionForm(model, form, id, locale);
        }
        try {
            service.updateAdoption(actor, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("awareness.saved", null, locale));
            return "redirect:/awareness";
        } catch (DomainException e) {
            reject(result, e, locale);
            return adoptionForm(model, form, id, locale);
        } catch (ConflictException e) {
            FormInput.conflict(e, result, model, response);
            form.setVersion(service.adoption(id).getVersion());
            return adoptionForm(model, form, id, locale);
        }
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

    private ThemeCommand command(ThemeForm f, BindingResult r) {
        return new ThemeCommand(integer(f.getYear(), "year", r), f.getThemeAr(), f.getThemeEn(), f.getSource());
    }

    private AdoptionCommand command(AdoptionForm f, BindingResult r) {
        LocalDate knownBy = FormInput.date(f.getKnownBy(), "knownBy", r, "awareness.form.date.invalid");
        if (f.getIso3() == null || f.getIso3().isBlank()) {
            r.rejectValue("iso3", "awareness.adoption.country.required");
        }
        return new AdoptionCommand(f.getIso3(), integer(f.getYear(), "year", r), knownBy, f.getSource());
    }

    private static Integer integer(String text, String field, BindingResult result) {
        return FormInput.signedInteger(text, field, result, "awareness.form.number.invalid");
    }

    private String when(BlueHeartAdoptionEntity a, Locale locale) {
        if (a.getAdoptedYear() != null) {
            return year(a.getAdoptedYear(), locale);
        }
        return messages.getMessage("awareness.adoption.byDate", new Object[] {format.date(a.getKnownBy(), locale)}, locale);
    }

    private String year(int year, Locale locale) {
        return format.year(year, locale);
    }

    private void reject(BindingResult result, DomainException e, Locale locale) {
        String field = FIELD_OF_RULE.get(e.messageKey());
        Object[] args = domainMessages.arguments(Arrays.stream(e.args())
                .map(a -> a instanceof Year y ? year(y.getValue(), locale) : a).toArray(), locale);
        FormInput.reject(result, e, field, args);
    }
}
