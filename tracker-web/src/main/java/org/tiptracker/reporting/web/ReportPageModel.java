package org.tiptracker.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.Problem;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/** Turns reports and validation problems into what the report pages show. */
@Component
public record ReportPageModel(DomainMessages domainMessages, DisplayFormat format) {

    /** A figure with its value as displayed. */
    public record FigureLine(String field, String value) {
    }

    /** A measure as displayed: its number in the report, type name, dates and the figures reported. */
    public record MeasureLine(int number, Measure measure, String typeName, String start, String end,
                              List<FigureLine> figures) {
    }

    /** The measures under one heading. */
    public record HeadingGroup(MeasureHeading heading, List<MeasureLine> measures) {
    }

    /** A problem for the summary at the top: the measure's number (or null), the field's label key, an anchor. */
    public record ProblemLine(Integer number, String fieldKey, String anchor, String message) {
    }

    /** The measures under the five headings, in the report's order (a heading without measures is kept, empty). */
    public List<HeadingGroup> grouped(List<Measure> measures, Map<String, String> typeNames, Locale locale) {
        Map<MeasureHeading, List<MeasureLine>> by = new LinkedHashMap<>();
        for (MeasureHeading h : MeasureHeading.values()) {
            by.put(h, new ArrayList<>());
        }
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            List<FigureLine> figures = new ArrayList<>();
            m.figures().byField().forEach((field, value) -> {
                if (value != null) {
                    figures.add(new FigureLine(field, format.number(value, locale)));
                }
            });
            by.get(m.heading() == null ? MeasureHeading.LEGISLATION : m.heading()).add(new MeasureLine(i + 1, m,
                    typeNames.getOrDefault(m.typeCode(), m.typeCode()), format.date(m.startDate(), locale),
                    format.date(m.endDate(), locale), figures));
        }
        return by.entrySet().stream().map(e -> new HeadingGroup(e.getKey(), e.getValue())).toList();
    }

    /** The problems by field ({@code "<measure index>.<field>"}), as sentences of the page's language. */
    public Map<String, List<String>> byField(List<Problem> problems, Locale locale) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            out.computeIfAbsent(p.measure() + "." + p.field(), k -> new ArrayList<>()).add(message(p, locale));
        }
        return out;
    }

    /** The problems in order, for the summary at the top of the form. */
    public List<ProblemLine> summary(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> new ProblemLine(p.measure() < 0 ? null : p.measure() + 1, fieldKey(p.field()),
                p.measure() < 0 ? "measures" : "m" + p.measure() + "-" + p.field(), message(p, locale))).toList();
    }

    private String message(Problem p, Locale locale) {
        return domainMessages.message(p.key(), p.args(), locale);
    }

    /** The message key of a field's label. */
    public static String fieldKey(String field) {
        if (ReportMeasureForm.FIGURES.contains(field)) {
            return "figure." + field;
        }
        if ("recommendationId".equals(field)) {
            return "wg.measure.recommendation";
        }
        return "reports.field." + field;
    }
}
