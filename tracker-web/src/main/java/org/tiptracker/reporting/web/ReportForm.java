package org.tiptracker.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tiptracker.arabic.DateEntry;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.Problem;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.web.VersionedForm;

/** The whole report as one form: the version it was loaded at and every measure, as typed. */
public class ReportForm extends VersionedForm {

    public List<ReportMeasureForm> measures = new ArrayList<>();

    /** The measures as the domain sees them, and what could not be read (nothing is saved then). */
    public record Converted(List<Measure> measures, List<Problem> problems) {
    }

    public static ReportForm of(ReportSnapshot report) {
        ReportForm form = new ReportForm();
        form.version = report.version();
        form.measures = new ArrayList<>(report.measures().stream().map(ReportMeasureForm::of).toList());
        return form;
    }

    /** Drops the holes a request with missing indexes leaves in the list. */
    public void compact() {
        if (measures == null) {
            measures = new ArrayList<>();
        }
        measures.removeIf(Objects::isNull);
    }

    /**
     * Applies an action that only reshapes the form, saving nothing: {@code addMeasure} (the new
     * measure's index is returned, to put the focus there), {@code removeMeasure-<index>} or
     * {@code reshow}. Returns null for any other action (a save or a submission), -1 when nothing is to be focused.
     */
    Integer reshape(String action) {
        if ("addMeasure".equals(action)) {
            measures.add(new ReportMeasureForm());
            return measures.size() - 1;
        }
        if (action.startsWith("removeMeasure-")) {
            int index = index(action.substring("removeMeasure-".length()));
            if (index >= 0 && index < measures.size()) {
                measures.remove(index);
            }
            return -1;
        }
        return "reshow".equals(action) ? -1 : null;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Converted toDomain() {
        compact();
        List<Measure> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            ReportMeasureForm f = measures.get(i);
            MeasureHeading heading = choice(MeasureHeading.class, f.heading, i, "heading", problems);
            Set<TargetGroup> groups = choices(TargetGroup.class, f.targetGroups, i, "targetGroups", problems);
            Set<ExploitationForm> forms = choices(ExploitationForm.class, f.forms, i, "forms", problems);
            LocalDate start = date(f.startDate, i, "startDate", problems);
            LocalDate end = date(f.endDate, i, "endDate", problems);
            Figures figures = new Figures(number(f, "investigations", i, problems), number(f, "prosecutions", i, problems),
                    number(f, "convictions", i, problems), number(f, "victimsIdentified", i, problems),
                    number(f, "victimsAssisted", i, problems), number(f, "peopleTrained", i, problems));
            out.add(new Measure(heading, blankToNull(f.typeCode), f.title, f.description, start, end,
                    groups, forms, figures, f.recommendationRef, f.resolutionRef,
                    recommendation(f.recommendationId, i, problems)));
        }
        return new Converted(out, problems);
    }

    /** The chosen recommendation's id; anything but a positive number is a forged choice. */
    private static Long recommendation(String value, int i, List<Problem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("[0-9]{1,18}")) {
            problems.add(new Problem(i, "recommendationId", "reports.input.choice.invalid"));
            return null;
        }
        return Long.valueOf(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, int i, String field, List<Problem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(i, field, "reports.input.choice.invalid"));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, int i, String field,
                                                      List<Problem> problems) {
        Set<E> out = EnumSet.noneOf(type);
        if (values == null) {
            return out;
        }
        for (String value : values) {
            E e = choice(type, value, i, field, problems);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static LocalDate date(String value, int i, String field, List<Problem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        LocalDate date = DateEntry.parse(v).orElse(null);
        if (date == null) {
            problems.add(new Problem(i, field, "reports.input.date.invalid"));
        }
        return date;
    }

    private static Integer number(ReportMeasureForm f, String field, int i, List<Problem> problems) {
        String v = blankToNull(f.figure(field));
        if (v == null) {
            return null;
        }
        String digits = UnArabic.westernDigits(v).replace(",", "").replace("٬", "").replace(" ", "");
        if (!digits.matches("[0-9]{1,9}")) {
            problems.add(new Problem(i, field, "reports.input.number.invalid"));
            return null;
        }
        return Integer.valueOf(digits);
    }
}
