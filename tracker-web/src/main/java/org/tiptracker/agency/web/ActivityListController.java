package org.tiptracker.agency.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.persistence.ActivityPage;
import org.tiptracker.agency.persistence.ActivitySearchService;
import org.tiptracker.agency.persistence.ActivityService;
import org.tiptracker.agency.persistence.AgencyViews;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;

/** Agency activities as anyone reads them: the browser (filters, forgiving Arabic search, paging), its CSV and XLSX exports, one activity's page. */
@Controller
record ActivityListController(ActivityService activities, ActivitySearchService search, ActivityChoices choices,
                              ActivityExport export, AuditTrail audit, CurrentActor currentActor, ActivityView view,
                              MessageSource messages, DisplayFormat format) {

    static final String LIST = "activities/list";
    static final String DETAIL = "activities/detail";

    @GetMapping("/activities")
    String list(@RequestParam Map<String, String> params, Model model, Locale locale) {
        ActivityFilter filter = choices.filter(params);
        ActivityPage page = search.search(filter.criteria(), filter.page());
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("filter", filter);
        model.addAttribute("ignoredMessages", filter.ignored().stream().map(i -> messages.getMessage("activity.filter.ignored",
                new Object[] {messages.getMessage(i.field(), null, locale), i.value()}, locale)).toList());
        model.addAttribute("agencies", choices.agencies());
        model.addAttribute("years", search.years());
        model.addAttribute("countries", ActivityChoices.sorted(search.countries(), english));
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
        export.csv(search.export(choices.exportFilter(params).criteria()), locale, response);
    }

    @GetMapping("/activities/export.xlsx")
    void xlsx(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
        export.xlsx(search.export(choices.exportFilter(params).criteria()), locale, response);
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        AgencyViews.Activity activity = activities.get(id);
        boolean maySecretariat = currentActor.isSecretariat();
        model.addAttribute("activity", activity);
        model.addAttribute("line", view.line(activity.row(), locale));
        if (maySecretariat) {
            model.addAttribute("history", audit.of(ActivityService.ENTITY, id));
        }
        return DETAIL;
    }
}
