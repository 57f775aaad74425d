package org.tiptracker.treaty.web;

import org.tiptracker.web.RecordsNotices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.RequestDates;

/** {@code /status/changes}: who became party in a period, per treaty, with the report paragraph. */
@Controller
record ChangesController(ChangesViewService changes, DisplayFormat format, Clock clock, RecordsNotices recordsNotices) {

    static final String VIEW = "status/changes";

    @GetMapping("/status/changes")
    String changes(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = RequestDates.parse("to", to, today);
        LocalDate start = RequestDates.parse("from", from, end.minusYears(2).withDayOfYear(1));
        RequestDates.requireOrder(start, end);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("fromText", format.date(start, locale));
        model.addAttribute("toText", format.date(end, locale));
        model.addAttribute("changes", changes.changes(start, end, locale));
        model.addAttribute("recordsNotices", recordsNotices.on(end, locale));
        return VIEW;
    }
}
