package org.tiptracker.agency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.agency.persistence.ActivityCriteria;
import org.tiptracker.agency.persistence.ActivityPage;
import org.tiptracker.agency.persistence.ActivitySearchService;
import org.tiptracker.agency.persistence.AgencyService;
import org.tiptracker.agency.persistence.AgencyViews;
import org.tiptracker.agency.persistence.IcatService;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.FormInput;

/** The agencies with their number of activities, and one agency with its ICAT membership and its activities. */
@Controller
class AgencyController {

    private final AgencyService agencies;
    private final ActivitySearchService search;
    private final IcatService icat;
    private final ActivityView view;
    private final DisplayFormat format;
    private final Clock clock;

    AgencyController(AgencyService agencies, ActivitySearchService search, IcatService icat, ActivityView view,
                     DisplayFormat format, Clock clock) {
        this.clock = clock;
        this.agencies = agencies;
        this.search = search;
        this.icat = icat;
        this.view = view;
        this.format = format;
    }

    /** An agency with its number of activities, formatted. */
    record AgencyLine(AgencyViews.Agency agency, String name, long count, String countText) {
    }

    @GetMapping("/agencies")
    String list(Model model, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Map<String, Long> counts = search.countsByAgency();
        List<AgencyLine> lines = agencies.all().stream()
                .map(a -> new AgencyLine(a, a.name(english), counts.getOrDefault(a.acronym(), 0L),
                        format.number(counts.getOrDefault(a.acronym(), 0L), locale))).toList();
        model.addAttribute("lines", lines);
        return "agencies/list";
    }

    @GetMapping("/agencies/{acronym}")
    String detail(@PathVariable String acronym, @RequestParam(required = false) String page, Model model, Locale locale) {
        AgencyViews.Agency agency = agencies.get(acronym);
        boolean english = DisplayFormat.isEnglish(locale);
        Integer given = FormInput.integer(page);
        int pageNumber = given == null ? 1 : Math.max(1, given);
        ActivityPage activities = search.search(ActivityCriteria.ALL.withAgency(agency.acronym()), pageNumber);
        model.addAttribute("agency", agency);
        model.addAttribute("name", agency.name(english));
        model.addAttribute("membership", icat.membershipOf(agency.acronym()).stream()
                .map(m -> new IcatController.MemberLine(m, m.acronym(), english ? m.nameEn() : m.nameAr(),
                        format.date(m.from(), locale), m.until() == null ? "" : format.date(m.until(), locale))).toList());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("inWorkingGroup", icat.workingGroupAsOf(today).stream()
                .anyMatch(m -> m.acronym().equals(agency.acronym())));
        model.addAttribute("chairYears", icat.chairs().stream().filter(c -> c.acronym().equals(agency.acronym()))
                .map(c -> format.year(c.year(), locale)).toList());
        model.addAttribute("results", activities);
        model.addAttribute("lines", activities.rows().stream().map(r -> view.line(r, locale)).toList());
        model.addAttribute("totalText", format.number(activities.total(), locale));
        model.addAttribute("pageText", format.number(activities.page(), locale));
        model.addAttribute("pagesText", format.number(activities.pageCount(), locale));
        return "agencies/detail";
    }
}
