package org.tiptracker.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.tiptracker.treaty.StatusCalculator;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/**
 * The cumulative number of parties per treaty at the end of each year from 2000 and on a last
 * date: the data of /status/chart and of the dashboard's chart, with their labels and JSON block.
 */
public record PartiesOverTime(List<String> labels, List<Series> series) {

    static final int FIRST_YEAR = 2000;

    /** One line of the chart. */
    public record Series(String code, String label, List<Long> values) {
    }

    public static PartiesOverTime until(TreatyRegistry.Snapshot snapshot, LocalDate last, DisplayFormat format,
                                        MessageSource messages, Locale locale) {
        StatusCalculator calculator = snapshot.calculator();
        List<LocalDate> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int year = FIRST_YEAR; year < last.getYear(); year++) {
            points.add(LocalDate.of(year, 12, 31));
            labels.add(format.year(year, locale));
        }
        points.add(last);
        labels.add(format.date(last, locale));
        List<Series> series = new ArrayList<>();
        for (Treaty treaty : snapshot.treatyList()) {
            List<Long> values = points.stream().map(point -> calculator.partyCount(treaty.code(), point)).toList();
            series.add(new Series(treaty.code().name(),
                    messages.getMessage("treaty.short." + treaty.code().name(), null, locale), values));
        }
        return new PartiesOverTime(labels, series);
    }

    /** The chart's data as JSON (labels and numbers only, escaped for a script data block). */
    public String json() {
        return json(labels, series);
    }
    /** The chart's data as JSON (labels and numbers only, escaped for a script data block). */
    public static String json(List<String> labels, List<Series> series) {
        StringBuilder out = new StringBuilder("{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            out.append(i == 0 ? "" : ",").append(JsonText.quote(labels.get(i)));
        }
        out.append("],\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            out.append(i == 0 ? "" : ",").append("{\"code\":").append(JsonText.quote(s.code()))
                    .append(",\"label\":").append(JsonText.quote(s.label())).append(",\"values\":[");
            for (int j = 0; j < s.values().size(); j++) {
                out.append(j == 0 ? "" : ",").append(s.values().get(j));
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

}
