package org.tiptracker.treaty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiptracker.treaty.StatusCalculator;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;

/** {@code /status/chart}: the cumulative number of parties per treaty, year by year. */
@Controller
class ChartController {

    static final String VIEW = "status/chart";
    static final int FIRST_YEAR = 2000;

    private final TreatyRegistry registry;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final Clock clock;

    ChartController(TreatyRegistry registry, DisplayFormat format, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the chart. */
    record Series(String code, String label, List<Long> values) {
    }

    @GetMapping("/status/chart")
    String chart(Model model, Locale locale) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        StatusCalculator calculator = snapshot.calculator();
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int year = FIRST_YEAR; year < today.getYear(); year++) {
            points.add(LocalDate.of(year, 12, 31));
            labels.add(DisplayFormat.isEnglish(locale) ? Integer.toString(year) : format.arabic().year(year));
        }
        points.add(today);
        labels.add(format.date(today, locale));
        List<Series> series = new ArrayList<>();
        for (Treaty treaty : snapshot.treatyList()) {
            List<Long> values = points.stream().map(point -> calculator.partyCount(treaty.code(), point)).toList();
            series.add(new Series(treaty.code().name(),
                    messages.getMessage("treaty.short." + treaty.code().name(), null, locale), values));
        }
        model.addAttribute("labels", labels);
        model.addAttribute("series", series);
        model.addAttribute("chartJson", json(labels, series));
        return VIEW;
    }

    /** The chart's data as JSON (labels and numbers only, escaped for a script data block). */
    static String json(List<String> labels, List<Series> series) {
        StringBuilder out = new StringBuilder("{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        out.append("],\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            out.append(i == 0 ? "" : ",").append("{\"code\":").append(quote(s.code()))
                    .append(",\"label\":").append(quote(s.label())).append(",\"values\":[");
            for (int j = 0; j < s.values().size(); j++) {
                out.append(j == 0 ? "" : ",").append(s.values().get(j));
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
