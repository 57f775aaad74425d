package org.tiptracker.globalreport.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.persistence.CountryCommand;
import org.tiptracker.globalreport.persistence.EditionCommand;
import org.tiptracker.globalreport.persistence.GlobalReportService;
import org.tiptracker.globalreport.persistence.GlobalReportViews;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.ParticipantChoice;

/** The secretariat's forms for Global Report editions and their country rows, each through {@link EditFlow}. */
@Controller
record GlobalReportFormsController(GlobalReportService service, GlobalReportView view, TreatyRegistry registry,
                                   CurrentActor currentActor, EditFlow edits) {

    static final String EDITION_FORM = "global-report/edition-form";
    static final String COUNTRY_FORM = "global-report/country-form";
    private static final String AREA = "global report";
    /**
     * An edition's rules ({@code globalreport.<field>.<rule>}): the publication's at its year, the
     * legislation's at its month, a period's at its end.
     */
    private static final EditFlow.Declaration EDITION = new EditFlow.Declaration("globalreport.saved",
            "globalreport.form.version.missing", EditFlow.FieldOf.after("globalreport.", Set.of(EditionForm.FIELDS),
                    Map.of("published", "publishedYear", "legislation", "legislationMonth", "dataPeriod", "dataToYear",
                            "convictions", "convictionsToYear")));
    private static final EditFlow.Declaration COUNTRY = new EditFlow.Declaration("globalreport.saved",
            "globalreport.form.version.missing", EditFlow.FieldOf.byRule(Map.of(
                    "globalreport.country.required", "iso3",
                    "globalreport.country.unknown", "iso3",
                    "globalreport.country.duplicate", "iso3",
                    "globalreport.country.status.required", "status")));

    @InitBinder("editionForm")
    void editionBinder(WebDataBinder binder) {
        binder.setAllowedFields(EditionForm.FIELDS);
    }

    @InitBinder("countryForm")
    void countryBinder(WebDataBinder binder) {
        binder.setAllowedFields(CountryForm.FIELDS);
    }

    // ------------------------------------------------------------------ editions

    @GetMapping({"/global-report/editions/new", "/global-report/editions/{id}/edit"})
    String editEdition(@PathVariable(required = false) Long id, Model model) {
        currentActor.requireSecretariat(AREA);
        return editionForm(model, id == null ? new EditionForm() : EditionForm.of(service.edition(id)), id);
    }

    @PostMapping({"/global-report/editions", "/global-report/editions/{id}"})
    String saveEdition(@PathVariable(required = false) Long id, @ModelAttribute("editionForm") EditionForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat(AREA);
        EditionCommand command = form.command(result);
        return edits.save(EDITION, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> "/global-report/editions/" + (id == null
                        ? service.createEdition(actor, command)
                        : service.updateEdition(actor, id, form.version, command)).id(),
                () -> editionForm(model, form, id), () -> service.edition(id).version());
    }

    // ------------------------------------------------------------------ country rows

    @GetMapping("/global-report/editions/{id}/countries/new")
    String newCountry(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat(AREA);
        return countryForm(model, new CountryForm(), service.edition(id), null, locale);
    }

    @GetMapping("/global-report/countries/{rowId}/edit")
    String editCountry(@PathVariable long rowId, Model model, Locale locale) {
        currentActor.requireSecretariat(AREA);
        GlobalReportViews.Country row = service.country(rowId);
        return countryForm(model, CountryForm.of(row), service.edition(row.editionId()), row, locale);
    }

    @PostMapping({"/global-report/editions/{id}/countries", "/global-report/countries/{rowId}"})
    String saveCountry(@PathVariable(required = false) Long id, @PathVariable(required = false) Long rowId,
                       @ModelAttribute("countryForm") CountryForm form, BindingResult result, Model model,
                       RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat(AREA);
        GlobalReportViews.Country row = rowId == null ? null : service.country(rowId);
        GlobalReportViews.Edition edition = service.edition(row == null ? id : row.editionId());
        if (row != null) {
            form.iso3 = row.iso3();
        }
        CountryCommand command = form.command(result);
        return edits.save(COUNTRY, new EditFlow.Page(result, model, redirect, response, locale), rowId, form,
                () -> {
                    if (row == null) {
                        service.addCountry(actor, edition.id(), command);
                    } else {
                        service.updateCountry(actor, rowId, form.version, command);
                    }
                    return "/global-report/editions/" + edition.id();
                }, () -> countryForm(model, form, edition, row, locale), () -> service.country(rowId).version());
    }

    // ------------------------------------------------------------------ helpers

    private String editionForm(Model model, EditionForm form, Long id) {
        model.addAttribute("editionForm", form);
        model.addAttribute("editionId", id);
        model.addAttribute("numberRows", EditionForm.NUMBER_ROWS);
        model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
        return EDITION_FORM;
    }

    private String countryForm(Model model, CountryForm form, GlobalReportViews.Edition edition,
                               GlobalReportViews.Country row, Locale locale) {
        model.addAttribute("countryForm", form);
        model.addAttribute("edition", edition);
        model.addAttribute("editionTitle", view.title(edition, locale));
        model.addAttribute("rowId", row == null ? null : row.id());
        model.addAttribute("rowName", row == null ? null : row.name(DisplayFormat.isEnglish(locale)));
        model.addAttribute("choices", ParticipantChoice.of(registry.snapshot().participants(), locale));
        model.addAttribute("statuses", CriminalizationStatus.values());
        model.addAttribute("bands", ConvictionBand.values());
        return COUNTRY_FORM;
    }
}
