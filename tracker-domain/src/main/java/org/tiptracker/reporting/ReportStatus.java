package org.tiptracker.reporting;

import org.tiptracker.common.DomainException;

/**
 * Where a measure report stands. A focal point edits a draft or a returned report and submits
 * it; the secretariat accepts a submitted report or returns it with a comment. An accepted report
 * is final. Message keys: {@code reportStatus.<NAME>}; a participant with no report yet is
 * "not started" ({@code reportStatus.NOT_STARTED}).
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the focal point may still change the report. */
    public boolean editableByFocalPoint() {
        return this == DRAFT || this == RETURNED;
    }

    /** The status after submission; refused unless the report is a draft or was returned. */
    public ReportStatus submit() {
        if (!editableByFocalPoint()) {
            throw new DomainException("report.workflow.notEditable", name());
        }
        return SUBMITTED;
    }

    /** The status after the secretariat accepts; only a submitted report can be accepted. */
    public ReportStatus accept() {
        if (this != SUBMITTED) {
            throw new DomainException("report.workflow.notSubmitted", name());
        }
        return ACCEPTED;
    }

    /** The status after the secretariat returns the report for revision; only a submitted report. */
    public ReportStatus returnForRevision() {
        if (this != SUBMITTED) {
            throw new DomainException("report.workflow.notSubmitted", name());
        }
        return RETURNED;
    }

    /** Whether it counts as an answer: accepted, or also submitted when {@code submittedCounts}. */
    public boolean counts(boolean submittedCounts) {
        return this == ACCEPTED || (submittedCounts && this == SUBMITTED);
    }
}
