package org.tiptracker.agency.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.agency.persistence.ActivityCommand;
import org.tiptracker.agency.persistence.ActivityEntity;
import org.tiptracker.agency.persistence.ActivityPage;
import org.tiptracker.agency.persistence.ActivityRow;
import org.tiptracker.agency.persistence.ActivitySearchService;
import org.tiptracker.agency.persistence.ActivityService;
import org.tiptracker.agency.persistence.AgencyEntity;
import org.tiptracker.agency.persistence.AgencyRepository;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;

/**
 * Agency activities: the browser (filters, forgiving Arabic search, paging), its CSV and XLSX
 * exports, one activity's page, and the secretariat's form to record or correct an activity.
 */
@Controller
class ActivityController {

    static final String LIST = "activities/list";
    static final String DETAIL = "activities/detail";
    static final String FORM = "activities/form";
    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rule violations that belong to one field, shown next to it; the others above the form. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("activity.agency.required", "agency"),
            Map.entry("activity.agency.unknown", "agency"),
            Map.entry("activity.kind.required", "kind"),
            Map.entry("activity.title.required", "title"),
            Map.entry("activity.title.tooLong", "title"),
            Map.entry("activity.description.tooLong", "description"),
            Map.entry("activity.dates.order", "endDate"),
            Map.entry("activity.source.symbolInvalid", "sourceSymbol"),
            Map.entry("activity.source.paragraphTooLong", "sourceParagraph"),
            Map.entry("activity.country.unknown", "countries"),
            Map.entry("activity.partner.unknown", "partners"),
            Map.entry("activity.partner.self", "partners"));

    private final ActivityService activities;
    private final ActivitySearchService search;
    private final AgencyRepository agencies;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final CurrentActor currentActor;
    private final ActivityView view;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;
    private final Clock clock;

    ActivityController(ActivityService activities, ActivitySearchService search, AgencyRepository agencies,
                       ParticipantRepository participants, AuditTrail audit, CurrentActor currentActor, ActivityView view,
                       MessageSource messages, DomainMessages domainMessages, DisplayFormat format, Clock clock) {
        this.activities = activities;
        this.search = search;
        this.agencies = agencies;
        this.participants = participants;
        this.audit = audit;
        this.currentActor = currentActor;
        this.view = view;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.format = format;
        this.clock = clock;
    }

    @InitBinder("activityForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("agency", "kind", "heading", "title", "description", "startDate", "endDate", "datePrecision", "peopleTrained",
                "victimsAssisted", "suspectsArrested", "countriesReached", "countries", "regions", "partners",
                "sourceSymbol", "sourceParagraph", "version");
    }

    @GetMapping("/activities")
    String list(@RequestParam Map<String, String> params, Model model, Locale locale) {
        ActivityFilter filter = filter(params);
        ActivityPage page = search.search(filter.criteria(), filter.page());
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("filter", filter);
        model.addAttribute("ignoredMessages", filter.ignored().stream().map(i -> messages.getMessage("activity.filter.ignored",
                new Object[] {messages.getMessage(i.field(), null, locale), i.value()}, locale)).toList());
        model.addAttribute("agencies", agencies.findAllByOrderBySortOrderAscAcronymAsc());
        model.addAttribute("years", search.years());
        model.addAttribute("countries", sortedCountries(search.countries(), english));
        model.addAttribute("regions", ActivityRegion.values());
        model.addAttribute("headings", MeasureHeading.values());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("english", english);
        model.addAttribute("results", page);
        model.addAttribute("lines", page.rows().stream().map(r -> view.line(r, locale)).toList());
        model.addAttribute("totalText", format.number(page.total(), locale));
        model.addAttribute("fromText", format.number(page.firstRow(), locale));
        model.addAttribute("toText", format.number(page.lastRow(), locale));
        model.addAttribute("pageText", format.number(page.page(), locale));
        model.addAttribute("pagesText", format.number(page.pageCount(), locale));
        model.addAttribute("previousUrl", page.hasPrevious() ? filter.url("/activities", page.page() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? filter.url("/activities", page.page() + 1) : null);
        model.addAttribute("csvUrl", filter.url("/activities/export.csv", 0));
        model.addAttribute("xlsxUrl", filter.url("/activities/export.xlsx", 0));
        return LIST;
    }

    @GetMapping("/activities/export.csv")
    void csv(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
        ActivityFilter filter = exportFilter(params);
        List<ActivityRow> rows = search.export(filter.criteria());
        response.setContentType(CSV_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"));
        CsvFile file = CsvFile.to(response.getOutputStream());
        file.header(header(locale));
        for (ActivityRow row : rows) {
            file.line(cells(row, locale));
        }
        file.flush();
    }

    @GetMapping("/activities/export.xlsx")
    void xlsx(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
        ActivityFilter filter = exportFilter(params);
        List<ActivityRow> rows = search.export(filter.criteria());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<String> header = header(locale);
            Sheet sheet = TableSheet.create(workbook, messages.getMessage("activity.export.sheet", null, locale),
                    !DisplayFormat.isEnglish(locale), header);
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, (i == 5 ? 60 : i == 4 ? 40 : 18) * 256);
            }
            int index = 1;
            for (ActivityRow row : rows) {
                Row sheetRow = sheet.createRow(index++);
                List<String> cells = cells(row, locale);
                for (int i = 0; i < cells.size(); i++) {
                    // Text cells, never evaluated; a would-be formula is kept as text.
                    sheetRow.createCell(i).setCellValue(SpreadsheetText.neutralize(cells.get(i)));
                }
            }
            response.setContentType(XLSX_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"));
            workbook.write(response.getOutputStream());
        }
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        ActivityEntity activity = activities.get(id);
        ActivityRow row = rowOf(activity);
        model.addAttribute("activity", activity);
        model.addAttribute("line", view.line(row, locale));
        model.addAttribute("maySecretariat", maySecretariat());
        if (maySecretariat()) {
            model.addAttribute("history", audit.of(ActivityService.ENTITY, id));
        }
        return DETAIL;
    }

    @GetMapping("/activities/new")
    String initCreate(@RequestParam(required = false) String agency, Model model, Locale locale) {
        currentActor.requireSecretariat("activities");
        ActivityForm form = new ActivityForm();
        form.setAgency(agency);
        return form(model, form, null, locale);
    }

    @PostMapping("/activities")
    String processCreate(@ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("activities");
        ActivityCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, null, locale);
        }
        try {
            ActivityEntity saved = activities.create(actor, command);
            redirect.addFlashAttribute("saved", messages.getMessage("activity.saved", null, locale));
            return "redirect:/activities/" + saved.getId();
        } catch (DomainException e) {
            reject(result, e, locale);
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/activities/{id}/edit")
    String initUpdate(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat("activities");
        ActivityEntity a = activities.get(id);
        ActivityForm form = new ActivityForm();
        form.setAgency(a.getAgency().getAcronym());
        form.setKind(a.getKind().name());
        form.setHeading(a.getHeading() == null ? "" : a.getHeading().name());
        form.setTitle(a.getTitle());
        form.setDescription(a.getDescription());
        form.setStartDate(a.getStartDate() == null ? "" : a.getStartDate().toString());
        form.setEndDate(a.getEndDate() == null ? "" : a.getEndDate().toString());
        form.setDatePrecision(a.getDatePrecision().name());
        ActivityFigures f = a.getFigures();
        form.setPeopleTrained(f.peopleTrained() == null ? "" : f.peopleTrained().toString());
        form.setVictimsAssisted(f.victimsAssisted() == null ? "" : f.victimsAssisted().toString());
        form.setSuspectsArrested(f.suspectsArrested() == null ? "" : f.suspectsArrested().toString());
        form.setCountriesReached(f.countriesReached() == null ? "" : f.countriesReached().toString());
        form.setCountries(a.getCountries().stream().map(ParticipantEntity::getIso3).collect(Collectors.toCollection(ArrayList::new)));
        form.setRegions(a.getRegions().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new)));
        form.setPartners(a.getPartners().stream().map(AgencyEntity::getAcronym).collect(Collectors.toCollection(ArrayList::new)));
        form.setSourceSymbol(a.getSourceSymbol());
        form.setSourceParagraph(a.getSourceParagraph());
        form.setVersion(a.getVersion());
        return form(model, form, id, locale);
    }

    @PostMapping("/activities/{id}")
    String processUpdate(@PathVariable long id, @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
                         Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("activities");
        activities.get(id);
        if (form.getVersion() == null) {
            result.reject("activity.form.version.missing");
        }
        ActivityCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, id, locale);
        }
        try {
            activities.update(actor, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("activity.saved", null, locale));
            return "redirect:/activities/" + id;
        } catch (DomainException e) {
            reject(result, e, locale);
            return form(model, form, id, locale);
        } catch (ConflictException e) {
            // Nothing is overwritten: the user's entry stays in the form, next to the activity as it is now.
            FormInput.conflict(e, result, model, response);
            form.setVersion(activities.get(id).getVersion());
            return form(model, form, id, locale);
        }
    }

    private ActivityFilter filter(Map<String, String> params) {
        Set<String> acronyms = agencies.findAll().stream().map(AgencyEntity::getAcronym).collect(Collectors.toSet());
        Set<String> iso3 = participants.findAll().stream().map(ParticipantEntity::getIso3).collect(Collectors.toSet());
        return ActivityFilter.of(params, acronyms, iso3);
    }

    /** An export's filters: an unknown value is refused, so nothing is downloaded that was not asked for. */
    private ActivityFilter exportFilter(Map<String, String> params) {
        ActivityFilter filter = filter(params);
        if (filter.ignored().stream().anyMatch(i -> !"activity.filter.page".equals(i.field()))) {
            throw new DomainException("activity.export.invalid");
        }
        return filter;
    }

    private String disposition(String extension) {
        return ContentDisposition.attachment().filename("activities-" + LocalDate.now(clock) + "." + extension).build().toString();
    }

    private List<String> header(Locale locale) {
        List<String> keys = List.of("activity.column.agency", "activity.column.kind", "activity.column.heading",
                "activity.column.dates", "activity.column.title", "activity.column.description",
                "activity.column.startDate", "activity.column.endDate", "activity.figure.peopleTrained",
                "activity.figure.victimsAssisted", "activity.figure.suspectsArrested", "activity.figure.countriesReached",
                "activity.column.countries", "activity.column.regions", "activity.column.partners",
                "activity.column.sourceSymbol", "activity.column.sourceParagraph", "activity.column.demo");
        return keys.stream().map(key -> messages.getMessage(key, null, locale)).toList();
    }

    private List<String> cells(ActivityRow row, Locale locale) {
        ActivityView.Line line = view.line(row, locale);
        ActivityFigures f = row.figures();
        List<String> cells = new ArrayList<>();
        cells.add(row.agency());
        cells.add(line.kindText());
        cells.add(line.headingText());
        cells.add(line.datesText());
        cells.add(row.title());
        cells.add(row.description());
        cells.add(row.startDate() == null ? "" : row.startDate().toString());
        cells.add(row.endDate() == null ? "" : row.endDate().toString());
        for (Integer figure : new Integer[] {f.peopleTrained(), f.victimsAssisted(), f.suspectsArrested(), f.countriesReached()}) {
            cells.add(figure == null ? "" : figure.toString());
        }
        cells.add(line.countriesText());
        cells.add(line.regionsText());
        cells.add(line.partnersText());
        cells.add(row.sourceSymbol() == null ? "" : row.sourceSymbol());
        cells.add(row.sourceParagraph() == null ? "" : row.sourceParagraph());
        cells.add(row.demo() ? messages.getMessage("activity.demo", null, locale) : "");
        return cells;
    }

    private static ActivityRow rowOf(ActivityEntity a) {
        return new ActivityRow(a.getId(), a.getAgency().getAcronym(), a.getAgency().getNameAr(), a.getAgency().getNameEn(),
                a.getKind(), a.getHeading(), a.getTitle(), a.getDescription(), a.getStartDate(), a.getEndDate(),
                a.getDatePrecision(), a.getFigures(), a.getSourceSymbol(), a.getSourceParagraph(), a.isDemo(),
                a.getCountries().stream().map(p -> new ActivityRow.Country(p.getIso3(), p.getNameAr(), p.getNameEn())).toList(),
                a.getRegions().stream().sorted().toList(), a.getPartners().stream().map(AgencyEntity::getAcronym).toList());
    }

    private boolean maySecretariat() {
        return currentActor.isSecretariat();
    }

    private void reject(BindingResult result, DomainException e, Locale locale) {
        String field = FIELD_OF_RULE.get(e.messageKey());
        if (e.messageKey().startsWith("activity.figure.") && e.args().length > 0) {
            field = String.valueOf(e.args()[0]);
        }
        FormInput.reject(result, e, field, domainMessages.arguments(e.args(), locale));
    }

    /** The command, or field errors for what cannot be read (the form then shows them, nothing lost). */
    private ActivityCommand command(ActivityForm form, BindingResult result) {
        ActivityKind kind = FormInput.enumOf(ActivityKind.class, form.getKind());
        if (kind == null) {
            result.rejectValue("kind", "activity.kind.required");
        }
        MeasureHeading heading = null;
        if (form.getHeading() != null && !form.getHeading().isBlank()) {
            heading = FormInput.enumOf(MeasureHeading.class, form.getHeading());
            if (heading == null) {
                result.rejectValue("heading", "activity.form.heading.invalid");
            }
        }
        LocalDate start = date(form.getStartDate(), "startDate", result);
        LocalDate end = date(form.getEndDate(), "endDate", result);
        if (start != null && end != null && end.isBefore(start)) {
            result.rejectValue("endDate", "activity.dates.order");
        }
        DatePrecision precision = FormInput.enumOf(DatePrecision.class, form.getDatePrecision());
        if (precision == null) {
            result.rejectValue("datePrecision", "activity.form.precision.invalid");
        }
        Integer trained = figure(form.getPeopleTrained(), "peopleTrained", result);
        Integer victims = figure(form.getVictimsAssisted(), "victimsAssisted", result);
        Integer suspects = figure(form.getSuspectsArrested(), "suspectsArrested", result);
        Integer reached = figure(form.getCountriesReached(), "countriesReached", result);
        ActivityFigures figures = ActivityFigures.NONE;
        try {
            figures = new ActivityFigures(trained, victims, suspects, reached);
        } catch (DomainException e) {
            result.rejectValue(String.valueOf(e.args()[0]), e.messageKey());
        }
        Set<ActivityRegion> regions = new LinkedHashSet<>();
        for (String region : form.getRegions()) {
            ActivityRegion r = FormInput.enumOf(ActivityRegion.class, region);
            if (r == null) {
                result.rejectValue("regions", "activity.form.region.invalid");
            } else {
                regions.add(r);
            }
        }
        return new ActivityCommand(form.getAgency(), kind, heading, form.getTitle(), form.getDescription(), start, end,
                figures, form.getCountries(), regions, form.getPartners(), form.getSourceSymbol(), form.getSourceParagraph(),
                precision);
    }

    private static LocalDate date(String value, String field, BindingResult result) {
        return FormInput.date(value, field, result, "activity.form.date.invalid", 1945, 2100);
    }

    private static Integer figure(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = UnArabic.westernDigits(value.strip()).replace(",", "").replace("٬", "");
        if (digits.matches("-\\s*\\d+")) {
            result.rejectValue(field, "activity.figure.negative");
            return null;
        }
        if (!digits.matches("\\d{1,9}")) {
            result.rejectValue(field, "activity.form.number.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }

    private String form(Model model, ActivityForm form, Long id, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("activityForm", form);
        model.addAttribute("activityId", id);
        model.addAttribute("agencies", agencies.findAllByOrderBySortOrderAscAcronymAsc());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("headings", MeasureHeading.values());
        model.addAttribute("regions", ActivityRegion.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("english", english);
        List<ActivityRow.Country> all = participants.findAll().stream()
                .map(p -> new ActivityRow.Country(p.getIso3(), p.getNameAr(), p.getNameEn())).toList();
        model.addAttribute("countryChoices", sortedCountries(all, english));
        model.addAttribute("tickedCountries", Set.copyOf(form.getCountries()));
        model.addAttribute("tickedRegions", Set.copyOf(form.getRegions()));
        model.addAttribute("tickedPartners", Set.copyOf(form.getPartners()));
        return FORM;
    }

    private static List<ActivityRow.Country> sortedCountries(List<ActivityRow.Country> countries, boolean english) {
        Comparator<ActivityRow.Country> order = english ? Comparator.comparing(ActivityRow.Country::nameEn)
                : Comparator.comparing(c -> UnArabicOrder.sortKey(c.nameAr()));
        return countries.stream().sorted(order).toList();
    }
}
