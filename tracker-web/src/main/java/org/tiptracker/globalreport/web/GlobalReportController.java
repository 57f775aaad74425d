package org.tiptracker.globalreport.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.export.CsvFile;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.persistence.CountryCommand;
import org.tiptracker.globalreport.persistence.EditionCommand;
import org.tiptracker.globalreport.persistence.GlobalReportCountryEntity;
import org.tiptracker.globalreport.persistence.GlobalReportEditionEntity;
import org.tiptracker.globalreport.persistence.GlobalReportService;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.ParticipantChoice;

/**
 * The Global Report on Trafficking in Persons: its editions, each edition's computed shares and
 * countries (with filters) and the report's sentence; the secretariat's forms for editions and
 * country rows.
 */
@Controller
class GlobalReportController {

    static final String LIST = "global-report/list";
    static final String DETAIL = "global-report/detail";
    static final String EDITION_FORM = "global-report/edition-form";
    static final String COUNTRY_FORM = "global-report/country-form";
    static final List<String> REGION_CHOICES = List.of("Africa", "Americas", "Asia", "Europe", "Oceania", "none");
    static final List<String> BANDS = List.of("NONE", "UNDER_10", "TEN_OR_MORE", "UNKNOWN");
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("globalreport.year.range", "year"),
            Map.entry("globalreport.year.duplicate", "year"),
            Map.entry("globalreport.editionNumber.range", "editionNumber"),
            Map.entry("globalreport.published.monthWithoutYear", "publishedYear"),
            Map.entry("globalreport.legislation.incomplete", "legislationMonth"),
            Map.entry("globalreport.dataPeriod.order", "dataToYear"),
            Map.entry("globalreport.convictions.order", "convictionsToYear"),
            Map.entry("globalreport.countriesCovered.range", "countriesCovered"),
            Map.entry("globalreport.source.required", "source"),
            Map.entry("globalreport.source.tooLong", "source"),
            Map.entry("globalreport.country.required", "iso3"),
            Map.entry("globalreport.country.unknown", "iso3"),
            Map.entry("globalreport.country.duplicate", "iso3"),
            Map.entry("globalreport.country.status.required", "status"));

    private final GlobalReportService service;
    private final GlobalReportView view;
    private final TreatyRegistry registry;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;

    GlobalReportController(GlobalReportService service, GlobalReportView view, TreatyRegistry registry,
                           CurrentActor currentActor, MessageSource messages, DomainMessages domainMessages) {
        this.service = service;
        this.view = view;
        this.registry = registry;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @InitBinder("editionForm")
    void editionBinder(WebDataBinder binder) {
        binder.setAllowedFields("year", "editionNumber", "publishedYear", "publishedMonth", "dataFromYear", "dataToYear",
                "countriesCovered", "legislationYear", "legislationMonth", "convictionsFromYear", "convictionsToYear",
                "source", "version");
    }

    @InitBinder("countryForm")
    void countryBinder(WebDataBinder binder) {
        binder.setAllowedFields("iso3", "status", "band", "version");
    }

    @ModelAttribute("maySecretariat")
    boolean maySecretariat() {
        return currentActor.isSecretariat();
    }

    @GetMapping("/global-report")
    String list(Model model, Locale locale) {
        model.addAttribute("rows", service.editions().stream()
                .map(e -> view.row(e, service.countries(e.getId()).size(), locale)).toList());
        return LIST;
    }

    @GetMapping("/global-report/editions/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String band, @RequestParam(required = false) String region,
                  Model model, Locale locale) {
        GlobalReportEditionEntity edition = service.edition(id);
        Filter filter = filter(status, band, region);
        List<GlobalReportCountryEntity> rows = service.countries(id);
        CriminalizationShares shares = CriminalizationShares.of(rows.stream().map(GlobalReportCountryEntity::assessment).toList());
        var findings = service.findings(id);
        List<GlobalReportView.CountryRow> countries = filter.apply(view.countries(rows, locale));
        model.addAttribute("edition", edition);
        model.addAttribute("editionTitle", view.title(edition, locale));
        model.addAttribute("facts", view.facts(edition, locale));
        model.addAttribute("findings", view.findings(findings, locale));
        model.addAttribute("shares", view.shares(shares, findings, locale));
        model.addAttribute("totalText", view.number(shares.total(), locale));
        model.addAttribute("sentence", view.sentence(edition, shares, locale));
        model.addAttribute("demoCount", rows.stream().filter(GlobalReportCountryEntity::isDemo).count());
        model.addAttribute("countries", countries);
        model.addAttribute("shownText", view.number(countries.size(), locale));
        model.addAttribute("statuses", CriminalizationStatus.values());
        model.addAttribute("bands", BANDS);
        model.addAttribute("regions", REGION_CHOICES);
        model.addAttribute("status", filter.status());
        model.addAttribute("band", filter.band());
        model.addAttribute("region", filter.region());
        return DETAIL;
    }

    /** The edition's countries as shown (same filters), as CSV: UTF-8 with BOM, cells neutralized. */
    @GetMapping("/global-report/editions/{id}/countries.csv")
    ResponseEntity<byte[]> countriesCsv(@PathVariable long id, @RequestParam(required = false) String status,
                                        @RequestParam(required = false) String band,
                                        @RequestParam(required = false) String region, Locale locale) {
        GlobalReportEditionEntity edition = service.edition(id);
        List<GlobalReportView.CountryRow> countries = filter(status, band, region).apply(view.countries(service.countries(id), locale));
        List<String> header = List.of(text("globalreport.csv.iso3", locale), text("globalreport.column.country", locale),
                text("globalreport.column.region", locale), text("globalreport.column.status", locale),
                text("globalreport.column.band", locale), text("globalreport.csv.demo", locale));
        List<List<String>> lines = countries.stream().map(c -> List.of(c.iso3(), c.name(), text("region." + c.region(), locale),
                text("globalreport.status." + c.status(), locale), text("globalreport.band." + c.band(), locale),
                c.demo() ? text("globalreport.demo", locale) : "")).toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("global-report-" + edition.getYear() + "-countries.csv").build().toString())
                .body(CsvFile.of(header, lines));
    }

    /** The table's filters, each checked against its choices (anything else is refused with a message). */
    record Filter(String status, String band, String region) {
        List<GlobalReportView.CountryRow> apply(List<GlobalReportView.CountryRow> rows) {
            return rows.stream()
                    .filter(r -> status == null || r.status().equals(status))
                    .filter(r -> band == null || r.band().equals(band))
                    .filter(r -> region == null || r.region().equals(region))
                    .toList();
        }
    }

    private static Filter filter(String status, String band, String region) {
        return new Filter(choice(status, Arrays.stream(CriminalizationStatus.values()).map(Enum::name).toList(), "status"),
                choice(band, BANDS, "band"), choice(region, REGION_CHOICES, "region"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    // ------------------------------------------------------------------ editions

    @GetMapping("/global-report/editions/new")
    String initCreateEdition(Model model) {
        currentActor.requireSecretariat("global report");
        return editionForm(model, new EditionForm(), null);
    }

    @PostMapping("/global-report/editions")
    String processCreateEdition(@ModelAttribute("editionForm") EditionForm form, BindingResult result, Model model,
                                RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("global report");
        EditionCommand command = command(form, result);
        if (result.hasErrors()) {
            return editionForm(model, form, null);
        }
        try {
            GlobalReportEditionEntity saved = service.createEdition(actor, command);
            redirect.addFlashAttribute("saved", messages.getMessage("globalreport.saved", null, locale));
            return "redirect:/global-report/editions/" + saved.getId();
        } catch (DomainException e) {
            reject(result, e, locale);
            return editionForm(model, form, null);
        }
    }

    @GetMapping("/global-report/editions/{id}/edit")
    String initUpdateEdition(@PathVariable long id, Model model) {
        currentActor.requireSecretariat("global report");
        GlobalReportEditionEntity e = service.edition(id);
        EditionForm form = new EditionForm();
        form.setYear(text(e.getYear()));
        form.setEditionNumber(text(e.getEditionNumber()));
        form.setPublishedYear(text(e.getPublishedYear()));
        form.setPublishedMonth(text(e.getPublishedMonth()));
        form.setDataFromYear(text(e.getDataFromYear()));
        form.setDataToYear(text(e.getDataToYear()));
        form.setCountriesCovered(text(e.getCountriesCovered()));
        form.setLegislationYear(text(e.getLegislationYear()));
        form.setLegislationMonth(text(e.getLegislationMonth()));
        form.setConvictionsFromYear(text(e.getConvictionsFromYear()));
        form.setConvictionsToYear(text(e.getConvictionsToYear()));
        form.setSource(e.getSource());
        form.setVersion(e.getVersion());
        return editionForm(model, form, id);
    }

    @PostMapping("/global-report/editions/{id}")
    String processUpdateEdition(@PathVariable long id, @ModelAttribute("editionForm") EditionForm form,
                                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                                HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("global report");
        service.edition(id);
        if (form.getVersion() == null) {
            result.reject("globalreport.form.version.missing");
        }
        EditionCommand command = command(form, result);
        if (result.hasErrors()) {
            return editionForm(model, form, id);
        }
        try {
            service.updateEdition(actor, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("globalreport.saved", null, locale));
            return "redirect:/global-report/editions/" + id;
        } catch (DomainException e) {
            reject(result, e, locale);
            return editionForm(model, form, id);
        } catch (ConflictException e) {
            FormInput.conflict(e, result, model, response);
            form.setVersion(service.edition(id).getVersion());
            return editionForm(model, form, id);
        }
    }

    // ------------------------------------------------------------------ country rows

    @GetMapping("/global-report/editions/{id}/countries/new")
    String initCreateCountry(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat("global report");
        GlobalReportEditionEntity edition = service.edition(id);
        return countryForm(model, new CountryForm(), edition, null, locale);
    }

    @PostMapping("/global-report/editions/{id}/countries")
    String processCreateCountry(@PathVariable long id, @ModelAttribute("countryForm") CountryForm form,
                                BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("global report");
        GlobalReportEditionEntity edition = service.edition(id);
        CountryCommand command = command(form, result);
        if (result.hasErrors()) {
            return countryForm(model, form, edition, null, locale);
        }
        try {
            service.addCountry(actor, id, command);
            redirect.addFlashAttribute("saved", messages.getMessage("globalreport.saved", null, locale));
            return "redirect:/global-report/editions/" + id;
        } catch (DomainException e) {
            reject(result, e, locale);
            return countryForm(model, form, edition, null, locale);
        }
    }

    @GetMapping("/global-report/countries/{rowId}/edit")
    String initUpdateCountry(@PathVariable long rowId, Model model, Locale locale) {
        currentActor.requireSecretariat("global report");
        GlobalReportCountryEntity row = service.country(rowId);
        CountryForm form = new CountryForm();
        form.setIso3(row.getParticipant().getIso3());
        form.setStatus(row.getCriminalization().name());
        form.setBand(row.getConvictionBand() == null ? "" : row.getConvictionBand().name());
        form.setVersion(row.getVersion());
        return countryForm(model, form, service.edition(row.getEditionId()), row, locale);
    }

    @PostMapping("/global-report/countries/{rowId}")
    String processUpdateCountry(@PathVariable long rowId, @ModelAttribute("countryForm") CountryForm form,
                                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                                HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("global report");
        GlobalReportCountryEntity row = service.country(rowId);
        GlobalReportEditionEntity edition = service.edition(row.getEditionId());
        form.setIso3(row.getParticipant().getIso3());
        if (form.getVersion() == null) {
            result.reject("globalreport.form.version.missing");
        }
        CountryCommand command = command(form, result);
        if (result.hasErrors()) {
            return countryForm(model, form, edition, row, locale);
        }
        try {
            service.updateCountry(actor, rowId, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("globalreport.saved", null, locale));
            return "redirect:/global-report/editions/" + edition.getId();
        } catch (DomainException e) {
            reject(result, e, locale);
            return countryForm(model, form, edition, row, locale);
        } catch (ConflictException e) {
            FormInput.conflict(e, result, model, response);
            form.setVersion(service.country(rowId).getVersion());
            return countryForm(model, form, edition, row, locale);
        }
    }

    // ------------------------------------------------------------------ helpers

    private String editionForm(Model model, EditionForm form, Long id) {
        model.addAttribute("editionForm", form);
        model.addAttribute("editionId", id);
        model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        return EDITION_FORM;
    }

    private String countryForm(Model model, CountryForm form, GlobalReportEditionEntity edition,
                               GlobalReportCountryEntity row, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("countryForm", form);
        model.addAttribute("edition", edition);
        model.addAttribute("editionTitle", view.title(edition, locale));
        model.addAttribute("rowId", row == null ? null : row.getId());
        model.addAttribute("rowName", row == null ? null : english ? row.getParticipant().getNameEn() : row.getParticipant().getNameAr());
        model.addAttribute("choices", ParticipantChoice.of(registry.snapshot().participants(), locale));
        model.addAttribute("statuses", CriminalizationStatus.values());
        model.addAttribute("bands", ConvictionBand.values());
        return COUNTRY_FORM;
    }

    private EditionCommand command(EditionForm f, BindingResult r) {
        return new EditionCommand(integer(f.getYear(), "year", r),
                integer(f.getEditionNumber(), "editionNumber", r),
                integer(f.getPublishedYear(), "publishedYear", r),
                integer(f.getPublishedMonth(), "publishedMonth", r),
                integer(f.getDataFromYear(), "dataFromYear", r),
                integer(f.getDataToYear(), "dataToYear", r),
                integer(f.getCountriesCovered(), "countriesCovered", r),
                integer(f.getLegislationYear(), "legislationYear", r),
                integer(f.getLegislationMonth(), "legislationMonth", r),
                integer(f.getConvictionsFromYear(), "convictionsFromYear", r),
                integer(f.getConvictionsToYear(), "convictionsToYear", r),
                f.getSource());
    }

    private CountryCommand command(CountryForm f, BindingResult r) {
        CriminalizationStatus status = null;
        if (f.getStatus() == null || f.getStatus().isBlank()) {
            r.rejectValue("status", "globalreport.country.status.required");
        } else {
            status = FormInput.enumOf(CriminalizationStatus.class, f.getStatus());
            if (status == null) {
                r.rejectValue("status", "globalreport.form.choice.invalid");
            }
        }
        ConvictionBand band = null;
        if (f.getBand() != null && !f.getBand().isBlank()) {
            band = FormInput.enumOf(ConvictionBand.class, f.getBand());
            if (band == null) {
                r.rejectValue("band", "globalreport.form.choice.invalid");
            }
        }
        if (f.getIso3() == null || f.getIso3().isBlank()) {
            r.rejectValue("iso3", "globalreport.country.required");
        }
        return new CountryCommand(f.getIso3(), status, band);
    }

    private static String choice(String value, List<String> allowed, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new DomainException("globalreport.filter.invalid", name);
        }
        return value;
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private void reject(BindingResult result, DomainException e, Locale locale) {
        String field = FIELD_OF_RULE.get(e.messageKey());
        Object[] args = domainMessages.arguments(Arrays.stream(e.args())
                .map(a -> a instanceof java.time.Year y ? view.year(y.getValue(), locale) : a).toArray(), locale);
        FormInput.reject(result, e, field, args);
    }

    private static Integer integer(String text, String field, BindingResult result) {
        return FormInput.signedInteger(text, field, result, "globalreport.form.number.invalid");
    }
}
