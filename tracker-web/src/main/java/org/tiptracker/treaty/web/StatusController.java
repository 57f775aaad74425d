package org.tiptracker.treaty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.tiptracker.common.Regions;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.RenderedSections;
import org.tiptracker.web.RequestDates;

/**
 * {@code /status}: every participant and the four treaties, as of a date, with counts and filters.
 * The counts, the filter and the table are the same for everyone who asks the same question (only
 * the secretariat's "new action" link differs), so they are rendered once per data version.
 */
@Controller
record StatusController(StatusViewService statusViews, TreatyRegistry registry, RenderedSections sections,
                        CurrentActor currentActor, Clock clock) {

    static final String VIEW = "status/list";

    /** What the rendered part of the page depends on. */
    private record SectionKey(long dataVersion, StatusFilter filter, String language, boolean maySecretariat) {
    }

    @GetMapping("/status")
    View status(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
                @RequestParam(required = false) String treaty, @RequestParam(required = false) String state,
                @RequestParam(required = false) String q, Model model, Locale locale,
                HttpServletRequest request, HttpServletResponse response) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        StatusFilter filter = StatusFilter.of(date, region, treaty, state, q);
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        boolean maySecretariat = currentActor.isSecretariat();
        SectionKey key = new SectionKey(snapshot.generation(), filter,
                DisplayFormat.isEnglish(locale) ? "en" : "ar", maySecretariat);
        return sections.page(VIEW, "statusSection", model, key, "status/section", "section",
                () -> Map.of("table", statusViews.table(filter, locale), "filter", filter, "regions", Regions.ALL,
                        "treaties", snapshot.treatyList(), "maySecretariat", maySecretariat),
                request, response, locale);
    }
}
