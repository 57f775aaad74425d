package org.tiptracker.reporting.persistence;

import java.util.List;

import org.tiptracker.reporting.Problem;

/** The outcome of a submission: the report (saved as a draft if it had problems) and its problems, if any. */
public record SubmitResult(ReportSnapshot report, List<Problem> problems) {

    public boolean submitted() {
        return problems.isEmpty();
    }
}
