package org.tiptracker.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tiptracker.arabic.UnArabic;

/**
 * One row of the offline workbook, its cells already read as text, turned into a measure and the
 * problems of its cells: a heading and a type are required and must be names the workbook's lists
 * give (in either language), dates are ISO dates ({@code 2016-03-31}, either kind of digits), list
 * cells hold known names separated by commas or semicolons, figures are whole numbers (thousands
 * separators allowed), and a cited recommendation must be a code that names one. Nothing is
 * refused here: every problem is reported on its cell, and the measure keeps what could be read.
 */
public final class OfflineRow {

    /** The workbook's columns, in order, by the measure's field each holds. */
    public static final List<String> FIELDS = List.of("heading", "typeCode", "title", "description", "startDate",
            "endDate", "targetGroups", "forms", "investigations", "prosecutions", "convictions", "victimsIdentified",
            "victimsAssisted", "peopleTrained", "recommendationRef", "resolutionRef", "recommendationId");
    private static final List<String> FIGURES = FIELDS.subList(8, 14);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private OfflineRow() {
    }

    /** How the workbook names what a measure chooses; empty for a name it does not know. */
    public interface Names {
        Optional<MeasureHeading> heading(String text);

        Optional<String> type(String text);

        Optional<TargetGroup> group(String text);

        Optional<ExploitationForm> form(String text);

        Optional<Long> recommendation(String code);
    }

    /** A problem of one cell, by the field of its column: a message key and its arguments. */
    public record CellProblem(String field, String key, Object[] args) {
    }

    /** The measure as read, and the problems of its cells (in the columns' order). */
    public record Read(Measure measure, List<CellProblem> problems) {
    }

    /**
     * The row's measure. {@code text} holds each field's cell as text, stripped (no entry, or null,
     * for an empty cell); {@code dates} the date cells that held a date rather than text.
     */
    public static Read read(Map<String, String> text, Map<String, LocalDate> dates, Names names) {
        List<CellProblem> problems = new ArrayList<>();
        MeasureHeading heading = required(text.get("heading"), "heading", names::heading, problems);
        String type = required(text.get("typeCode"), "typeCode", names::type, problems);
        LocalDate start = date(text, dates, "startDate", problems);
        LocalDate end = date(text, dates, "endDate", problems);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String item : items(text.get("targetGroups"))) {
            names.group(item).ifPresentOrElse(groups::add,
                    () -> problems.add(new CellProblem("targetGroups", "offline.error.group.unknown", new Object[] {item})));
        }
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        for (String item : items(text.get("forms"))) {
            names.form(item).ifPresentOrElse(forms::add,
                    () -> problems.add(new CellProblem("forms", "offline.error.form.unknown", new Object[] {item})));
        }
        Integer[] figures = new Integer[FIGURES.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = integer(text.get(FIGURES.get(i)), FIGURES.get(i), problems);
        }
        Long recommendation = null;
        String code = text.get("recommendationId");
        if (code != null) {
            recommendation = names.recommendation(code).orElse(null);
            if (recommendation == null) {
                problems.add(new CellProblem("recommendationId", "offline.error.recommendation.unknown", new Object[] {code}));
            }
        }
        Measure measure = new Measure(heading, type, text.get("title"), text.get("description"), start, end, groups,
                forms, new Figures(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]),
                text.get("recommendationRef"), text.get("resolutionRef"), recommendation);
        return new Read(measure, problems);
    }

    /** The items of a list cell: separated by commas (Latin or Arabic), semicolons (Latin or Arabic) or line breaks. */
    public static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String item : text.split("[,\u060C;\u061B\n]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static <T> T required(String value, String field, java.util.function.Function<String, Optional<T>> lookup,
                                  List<CellProblem> problems) {
        if (value == null) {
            problems.add(new CellProblem(field, "offline.error." + prefix(field) + ".required", new Object[0]));
            return null;
        }
        T found = lookup.apply(value).orElse(null);
        if (found == null) {
            problems.add(new CellProblem(field, "offline.error." + prefix(field) + ".unknown", new Object[] {value}));
        }
        return found;
    }

    private static String prefix(String field) {
        return "typeCode".equals(field) ? "type" : field;
    }

    private static LocalDate date(Map<String, String> text, Map<String, LocalDate> dates, String field,
                                  List<CellProblem> problems) {
        String value = text.get(field);
        if (value == null) {
            return null;
        }
        if (dates.get(field) != null) {
            return dates.get(field);
        }
        try {
            return LocalDate.parse(UnArabic.westernDigits(value.strip()), ISO);
        } catch (DateTimeParseException e) {
            problems.add(new CellProblem(field, "offline.error.date", new Object[] {value}));
            return null;
        }
    }

    private static Integer integer(String value, String field, List<CellProblem> problems) {
        if (value == null) {
            return null;
        }
        String digits = UnArabic.westernDigits(value.strip()).replace(",", "").replace("\u066C", "");
        if (digits.matches("-?\\d{1,9}")) {
            return Integer.valueOf(digits);
        }
        problems.add(new CellProblem(field, "offline.error.integer", new Object[] {value}));
        return null;
    }
}
