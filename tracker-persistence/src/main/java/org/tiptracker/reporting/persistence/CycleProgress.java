package org.tiptracker.reporting.persistence;

import java.time.Instant;
import java.util.List;

import org.tiptracker.reporting.CycleCounts;
import org.tiptracker.reporting.ReportStatus;

/**
 * Who has answered in a cycle: one line per participant asked, with its report's status
 * ({@code null}: not started) and when it was submitted and decided.
 */
public record CycleProgress(long cycleId, List<Line> lines) {

    public record Line(long participantId, String iso3, String nameAr, String nameEn, String regionEn, Long reportId,
                       ReportStatus status, Instant submittedAt, Instant decidedAt) {

        public boolean notStarted() {
            return status == null;
        }

        /** Whether this participant's report counts as an answer (accepted; also submitted when {@code submittedCounts}). */
        public boolean answered(boolean submittedCounts) {
            return status != null && status.counts(submittedCounts);
        }
    }

    /** The participants asked by where their report stands; the categories add up to those asked. */
    public CycleCounts counts() {
        return CycleCounts.of(lines.stream().map(Line::status).toList());
    }

    public long count(ReportStatus status) {
        return lines.stream().filter(l -> l.status() == status).count();
    }

    public long notStarted() {
        return lines.stream().filter(Line::notStarted).count();
    }

    /** Answers that count (accepted, and submitted too when {@code submittedCounts}) over those asked. */
    public long answered(boolean submittedCounts) {
        return lines.stream().filter(l -> l.answered(submittedCounts)).count();
    }
}
