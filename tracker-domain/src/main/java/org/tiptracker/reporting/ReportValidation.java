package org.tiptracker.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a report must satisfy. {@link #draftProblems} is checked on every save (so that nothing
 * unstorable is kept, but an incomplete draft is); {@link #submissionProblems} adds what a
 * submitted answer needs, and returns every problem at once.
 */
public final class ReportValidation {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_MEASURES = 200;
    public static final int MAX_FIGURE = 10_000_000;

    private ReportValidation() {
    }

    /** Problems that prevent even saving a draft: sizes, figures, impossible date order, unknown type. */
    public static List<Problem> draftProblems(List<Measure> measures, Set<String> knownTypes) {
        List<Problem> problems = new ArrayList<>();
        if (measures.size() > MAX_MEASURES) {
            problems.add(new Problem(-1, "measures", "report.validation.tooManyMeasures", MAX_MEASURES));
        }
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            tooLong(problems, i, "title", m.title(), MAX_TITLE);
            tooLong(problems, i, "description", m.description(), MAX_DESCRIPTION);
            tooLong(problems, i, "recommendationRef", m.recommendationRef(), MAX_REFERENCE);
            tooLong(problems, i, "resolutionRef", m.resolutionRef(), MAX_REFERENCE);
            if (m.typeCode() != null && !m.typeCode().isBlank() && !knownTypes.contains(m.typeCode())) {
                problems.add(new Problem(i, "typeCode", "report.validation.type.unknown", m.typeCode()));
            }
            if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
                problems.add(new Problem(i, "endDate", "report.validation.dates.order"));
            }
            for (var figure : m.figures().byField().entrySet()) {
                Integer value = figure.getValue();
                if (value != null && (value < 0 || value > MAX_FIGURE)) {
                    problems.add(new Problem(i, figure.getKey(), "report.validation.figure.range", MAX_FIGURE));
                }
            }
        }
        return problems;
    }

    /**
     * Every problem of a report about to be submitted: the draft problems, at least one measure,
     * the required fields of each, and dates outside the cycle's period (flagged, since the report
     * answers for that period).
     */
    public static List<Problem> submissionProblems(List<Measure> measures, Set<String> knownTypes,
                                                   LocalDate periodStart, LocalDate periodEnd) {
        List<Problem> problems = new ArrayList<>(draftProblems(measures, knownTypes));
        if (measures.isEmpty()) {
            problems.add(new Problem(-1, "measures", "report.validation.noMeasures"));
        }
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            if (m.heading() == null) {
                problems.add(new Problem(i, "heading", "report.validation.heading.required"));
            }
            if (m.typeCode() == null || m.typeCode().isBlank()) {
                problems.add(new Problem(i, "typeCode", "report.validation.type.required"));
            }
            if (m.title() == null || m.title().isBlank()) {
                problems.add(new Problem(i, "title", "report.validation.title.required"));
            }
            if (m.description() == null || m.description().isBlank()) {
                problems.add(new Problem(i, "description", "report.validation.description.required"));
            }
            if (m.startDate() == null) {
                problems.add(new Problem(i, "startDate", "report.validation.startDate.required"));
            }
            // The measure must have been in force at some time during the period it answers for.
            if (m.startDate() != null && periodEnd != null && m.startDate().isAfter(periodEnd)) {
                problems.add(new Problem(i, "startDate", "report.validation.date.outOfPeriod", periodStart, periodEnd));
            }
            if (m.endDate() != null && periodStart != null && m.endDate().isBefore(periodStart)) {
                problems.add(new Problem(i, "endDate", "report.validation.date.outOfPeriod", periodStart, periodEnd));
            }
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, int i, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(i, field, "report.validation.tooLong", max));
        }
    }
}
