package org.tiptracker.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.common.Actor;
import org.tiptracker.common.Regions;
import org.tiptracker.dashboard.KeyFigures;
import org.tiptracker.dashboard.persistence.DashboardService.Dashboard;
import org.tiptracker.dashboard.persistence.DashboardService;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.trustfund.FundAmounts;
import org.tiptracker.trustfund.Money;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.PartiesOverTime;
import org.tiptracker.web.RequestDates;

/**
 * The home page: where things stand on a date (today unless {@code asOf} says otherwise), each
 * figure with its source and a link to the page behind it, three charts with their tables, and
 * first what concerns the signed-in reader (a focal point's open reports; the secretariat's
 * non-responders and reports awaiting review).
 */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final TreatyRegistry registry;
    private final CurrentActor actor;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final Clock clock;
    private final org.tiptracker.reporting.persistence.CycleService cycles;

    private final org.tiptracker.web.RecordsNotices recordsNotices;

    DashboardController(DashboardService dashboards, TreatyRegistry registry, CurrentActor actor, DisplayFormat format,
                        MessageSource messages, Clock clock, org.tiptracker.reporting.persistence.CycleService cycles,
                        org.tiptracker.web.RecordsNotices recordsNotices) {
        this.cycles = cycles;
        this.recordsNotices = recordsNotices;
        this.dashboards = dashboards;
        this.registry = registry;
        this.actor = actor;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "asOf", required = false) String asOfText, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = RequestDates.parse("asOf", asOfText, today);
        Dashboard dashboard = dashboards.on(asOf);
        KeyFigures figures = dashboard.figures();
        model.addAttribute("asOf", asOf);
        model.addAttribute("today", today);
        model.addAttribute("figures", figures);
        model.addAttribute("recordsNotices", recordsNotices.on(asOf, locale));
        model.addAttribute("regions", dashboard.regions());
        model.addAttribute("headings", org.tiptracker.reporting.MeasureHeading.values());
        PartiesOverTime parties = PartiesOverTime.until(registry.snapshot(), asOf, format, messages, locale);
        model.addAttribute("parties", parties);
        model.addAttribute("partiesJson", parties.json());
        model.addAttribute("regionsJson", regionsJson(dashboard, locale));
        model.addAttribute("fundJson", fundJson(figures, locale));
        model.addAttribute("partiesSummary", partiesSummary(figures, locale));
        if (figures.cycle() != null) {
            model.addAttribute("regionsSummary", messages.getMessage("dashboard.chart.regions.summary", new Object[] {
                    format.number(figures.cycle().answered(), locale), format.number(figures.cycle().asked(), locale)}, locale));
        }
        if (figures.trustFund() != null) {
            model.addAttribute("fundSummary", messages.getMessage("dashboard.chart.fund.summary",
                    new Object[] {DisplayFormat.isEnglish(locale)
                            ? FundAmounts.english(figures.trustFund().receivedUsd(), Money.USD)
                            : FundAmounts.arabic(figures.trustFund().receivedUsd(), Money.USD, format.arabic())}, locale));
        }
        Actor reader = actor.find().orElse(null);
        if (reader != null && reader.isFocalPoint() && reader.participantId() != null) {
            model.addAttribute("myReports", dashboards.openReportsOf(reader.participantId()));
        }
        if (reader != null && (reader.isSecretariat() || reader.isAnalyst())) {
            model.addAttribute("awaitingReview", dashboards.awaitingReview());
            // Not yet answered: no report, or one neither submitted nor accepted (the cycle page's progress).
            model.addAttribute("nonResponders", figures.cycle() == null ? List.of()
                    : cycles.progress(figures.cycle().id()).lines().stream().filter(l -> !l.answered(true))
                    .sorted(java.util.Comparator.comparing(org.tiptracker.reporting.persistence.CycleProgress.Line::nameEn))
                    .toList());
        }
        return "dashboard/index";
    }

    /** "Parties on 30 May 2016: Organized Crime Convention 186, ..." for the chart's text alternative. */
    private String partiesSummary(KeyFigures figures, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (KeyFigures.TreatyFigure t : figures.treaties()) {
            parts.add(messages.getMessage("treaty.short." + t.code(), null, locale) + " "
                    + format.number(t.parties(), locale));
        }
        return messages.getMessage("dashboard.chart.parties.summary",
                new Object[] {format.date(figures.asOf(), locale), String.join(DisplayFormat.isEnglish(locale) ? "; " : "؛ ", parts)},
                locale);
    }

    private String regionsJson(Dashboard dashboard, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> asked = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        for (DashboardService.RegionLine line : dashboard.regions()) {
            labels.add(messages.getMessage(Regions.messageKey(line.regionEn()), null, line.regionEn(), locale));
            asked.add((long) line.asked());
            answered.add((long) line.answered());
        }
        return PartiesOverTime.json(labels, List.of(
                new PartiesOverTime.Series("asked", messages.getMessage("dashboard.cycle.asked", null, locale), asked),
                new PartiesOverTime.Series("answered", messages.getMessage("dashboard.cycle.answered", null, locale), answered)));
    }

    private String fundJson(KeyFigures figures, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        if (figures.trustFund() != null) {
            figures.trustFund().receivedPerYear().forEach((year, amount) -> {
                labels.add(format.year(year, locale));
                values.add(amount.longValue());
            });
        }
        return PartiesOverTime.json(labels, List.of(new PartiesOverTime.Series("received",
                messages.getMessage("dashboard.fund.received", null, locale), values)));
    }
}
