package org.tiptracker.reporting.persistence;

import java.util.List;

import org.tiptracker.reporting.Problem;

/** A report that cannot be saved as sent: every problem, each with its measure and field. Nothing was saved. */
public class ReportProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ReportProblemsException(List<Problem> problems) {
        super("report.problems " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
