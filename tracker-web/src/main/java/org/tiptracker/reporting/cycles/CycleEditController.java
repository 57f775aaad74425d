package org.tiptracker.reporting.cycles;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.CycleView;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;

/**
 * The cycle form of the secretariat (analysts only read): a new cycle at {@code /cycles/new}, a
 * change at {@code /cycles/{id}/edit}, saved through the one edit flow ({@link EditFlow}).
 */
@Controller
record CycleEditController(CycleService cycles, CyclePages pages, CurrentActor currentActor, EditFlow edits) {

    static final String FORM = "cycles/form";
    private static final Set<String> FIELDS = Set.of("titleAr", "titleEn", "noteReference", "resolution", "periodStart",
            "periodEnd", "deadline", "status", "participants");
    /** Rules whose key names the field otherwise: {@code cycle.period.order} is about the period's end. */
    private static final Map<String, String> ALIASES = Map.of("period", "periodEnd", "participant", "participants");
    private static final EditFlow.Declaration CYCLE = new EditFlow.Declaration("cycles.saved",
            "cycles.form.version.missing", EditFlow.FieldOf.byKey(FIELDS, ALIASES));

    @InitBinder("cycleForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("titleAr", "titleEn", "noteReference", "resolution", "periodStart", "periodEnd",
                "deadline", "status", "allMembers", "participants", "version");
    }

    @GetMapping("/cycles/new")
    String initCreate(Model model, Locale locale) {
        requireSecretariat();
        return form(model, new CycleForm(), null, locale);
    }

    @GetMapping("/cycles/{id}/edit")
    String initUpdate(@PathVariable long id, Model model, Locale locale) {
        requireSecretariat();
        return form(model, CycleForm.of(cycles.get(id), pages.unMembers()), id, locale);
    }

    @PostMapping({"/cycles", "/cycles/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("cycleForm") CycleForm form,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                HttpServletResponse response) {
        String user = requireSecretariat();
        CycleCommand command = command(form, result);
        return edits.save(CYCLE, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> {
                    CycleView saved = id == null ? cycles.create(user, command)
                            : cycles.update(user, id, form.version, command);
                    return "/cycles/" + saved.id();
                }, () -> form(model, form, id, locale), () -> cycles.get(id).version());
    }

    private String requireSecretariat() {
        return currentActor.requireSecretariat("cycles").username();
    }

    /** The command, or field errors for what cannot be read (the form then shows them, nothing lost). */
    private static CycleCommand command(CycleForm form, BindingResult result) {
        LocalDate start = date(form.periodStart, "periodStart", result);
        LocalDate end = date(form.periodEnd, "periodEnd", result);
        LocalDate deadline = date(form.deadline, "deadline", result);
        CycleStatus status = FormInput.enumOf(CycleStatus.class, form.status);
        if (status == null) {
            result.rejectValue("status", "cycles.form.status.invalid");
        }
        Set<String> asked = new LinkedHashSet<>();
        if (!form.allMembers) {
            form.participants.stream().filter(s -> s != null && !s.isBlank()).forEach(asked::add);
            if (asked.isEmpty()) {
                result.rejectValue("participants", "cycles.form.participants.none");
            }
        }
        return new CycleCommand(form.titleAr, form.titleEn, form.noteReference, form.resolution,
                start, end, deadline, status, asked);
    }

    private static LocalDate date(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "cycles.form.date.required");
            return null;
        }
        return FormInput.date(value, field, result, "cycles.form.date.invalid", 1945, 2100);
    }

    private String form(Model model, CycleForm form, Long id, Locale locale) {
        model.addAttribute("cycleForm", form);
        model.addAttribute("cycleId", id);
        model.addAttribute("statuses", CycleStatus.values());
        model.addAttribute("choices", pages.choices(locale));
        model.addAttribute("ticked", Set.copyOf(form.participants));
        return FORM;
    }
}
