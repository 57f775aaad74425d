package org.tiptracker.reporting.persistence;

/**
 * Someone else saved the report since the user loaded it: nothing was saved; {@link #current()}
 * is the report as it is now, so the page can show what changed next to the user's own text.
 */
public class ReportConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReportSnapshot current;

    public ReportConflictException(ReportSnapshot current) {
        super("report.conflict");
        this.current = current;
    }

    public ReportSnapshot current() {
        return current;
    }
}
