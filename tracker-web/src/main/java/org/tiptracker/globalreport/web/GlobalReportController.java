package org.tiptracker.globalreport.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.persistence.GlobalReportService;
import org.tiptracker.globalreport.persistence.GlobalReportViews;

/**
 * The Global Report on Trafficking in Persons as everyone reads it: its editions, each edition's
 * computed shares and countries (with filters, and as CSV) and the report's sentence. The
 * secretariat's forms are {@link GlobalReportFormsController}'s.
 */
@Controller
record GlobalReportController(GlobalReportService service, GlobalReportView view, CountriesCsv csv) {

    static final String LIST = "global-report/list";
    static final String DETAIL = "global-report/detail";

    @GetMapping("/global-report")
    String list(Model model, Locale locale) {
        // an edition without any recorded figure is listed for the secretariat (to fill it in), not for readers
        model.addAttribute("rows", service.editions().stream()
                .map(e -> view.row(e, service.countries(e.id()).size(), service.findings(e.id()).size(), locale)).toList());
        return LIST;
    }

    @GetMapping("/global-report/editions/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String band, @RequestParam(required = false) String region,
                  Model model, Locale locale) {
        GlobalReportViews.Edition edition = service.edition(id);
        CountryFilter filter = CountryFilter.of(status, band, region);
        List<GlobalReportViews.Country> rows = service.countries(id);
        CriminalizationShares shares = CriminalizationShares.of(rows.stream().map(GlobalReportViews.Country::assessment).toList());
        List<GlobalReportViews.Finding> findings = service.findings(id);
        List<GlobalReportView.CountryRow> countries = filter.apply(view.countries(rows, locale));
        model.addAttribute("edition", edition);
        model.addAttribute("hasData", edition.countriesCovered() != null || !rows.isEmpty() || !findings.isEmpty());
        model.addAttribute("editionTitle", view.title(edition, locale));
        model.addAttribute("facts", view.facts(edition, locale));
        model.addAttribute("findings", view.findings(findings, locale));
        model.addAttribute("shares", view.shares(shares, findings, locale));
        model.addAttribute("totalText", view.number(shares.total(), locale));
        model.addAttribute("sentence", view.sentence(edition, shares, locale));
        model.addAttribute("demoCount", rows.stream().filter(GlobalReportViews.Country::demo).count());
        model.addAttribute("countries", countries);
        model.addAttribute("shownText", view.number(countries.size(), locale));
        model.addAttribute("statuses", CriminalizationStatus.values());
        model.addAttribute("bands", CountryFilter.BANDS);
        model.addAttribute("regions", CountryFilter.REGION_CHOICES);
        model.addAttribute("status", filter.status());
        model.addAttribute("band", filter.band());
        model.addAttribute("region", filter.region());
        return DETAIL;
    }

    /** The edition's countries as shown (same filters), as CSV. */
    @GetMapping("/global-report/editions/{id}/countries.csv")
    ResponseEntity<byte[]> countriesCsv(@PathVariable long id, @RequestParam(required = false) String status,
                                        @RequestParam(required = false) String band,
                                        @RequestParam(required = false) String region, Locale locale) {
        GlobalReportViews.Edition edition = service.edition(id);
        List<GlobalReportView.CountryRow> countries = CountryFilter.of(status, band, region)
                .apply(view.countries(service.countries(id), locale));
        return csv.of(edition.year(), countries, locale);
    }
}
