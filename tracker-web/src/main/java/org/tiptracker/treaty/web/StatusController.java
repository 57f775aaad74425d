package org.tiptracker.treaty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.tiptracker.common.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.RequestDates;

/** {@code /status}: every participant and the four treaties, as of a date, with counts and filters. */
@Controller
class StatusController {

    static final String VIEW = "status/list";

    private final StatusViewService statusViews;
    private final TreatyRegistry registry;
    private final Clock clock;

    StatusController(StatusViewService statusViews, TreatyRegistry registry, Clock clock) {
        this.statusViews = statusViews;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/status")
    String status(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String treaty, @RequestParam(required = false) String state,
                  @RequestParam(required = false) String q, Model model, Locale locale) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        StatusFilter filter = StatusFilter.of(date, region, treaty, state, q);
        model.addAttribute("table", statusViews.table(filter, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("regions", Regions.ALL);
        model.addAttribute("treaties", registry.snapshot().treatyList());
        return VIEW;
    }
}
