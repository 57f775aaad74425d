package org.tiptracker.treaty.web;

import org.tiptracker.web.RecordsNotices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.PartiesOverTime;

/** {@code /status/chart}: the cumulative number of parties per treaty, year by year. */
@Controller
class ChartController {

    static final String VIEW = "status/chart";

    private final TreatyRegistry registry;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final Clock clock;
    private final RecordsNotices recordsNotices;

    ChartController(TreatyRegistry registry, DisplayFormat format, MessageSource messages, Clock clock,
                    RecordsNotices recordsNotices) {
        this.recordsNotices = recordsNotices;
        this.registry = registry;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/status/chart")
    String chart(Model model, Locale locale) {
        PartiesOverTime data = PartiesOverTime.until(registry.snapshot(), LocalDate.now(clock), format, messages, locale);
        model.addAttribute("labels", data.labels());
        model.addAttribute("series", data.series());
        model.addAttribute("chartJson", data.json());
        model.addAttribute("recordsNotices", recordsNotices.on(LocalDate.now(clock), locale));
        return VIEW;
    }
}
