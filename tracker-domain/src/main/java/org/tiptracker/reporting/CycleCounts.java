package org.tiptracker.reporting;

import java.util.Collection;

/**
 * How the participants asked in a cycle stand, one category each: accepted, submitted (awaiting the
 * secretariat's review), returned for revision, in draft, not started. The categories add up to those
 * asked; the constructor refuses counts that do not. Whether submitted reports count as answers is
 * the reader's choice ({@code submittedCounts}); either way every participant asked is in exactly one
 * of answered, awaiting review (submitted, not counted) and not yet answered (draft, returned, not started).
 */
public record CycleCounts(long asked, long accepted, long submitted, long returned, long draft, long notStarted) {

    public CycleCounts {
        if (accepted < 0 || submitted < 0 || returned < 0 || draft < 0 || notStarted < 0) {
            throw new IllegalArgumentException("a count is negative: " + accepted + ", " + submitted + ", "
                    + returned + ", " + draft + ", " + notStarted);
        }
        long sum = accepted + submitted + returned + draft + notStarted;
        if (sum != asked) {
            throw new IllegalArgumentException("the categories add up to " + sum + ", not to the " + asked + " asked");
        }
    }

    /** The counts of the reports' statuses, one per participant asked ({@code null}: not started). */
    public static CycleCounts of(Collection<ReportStatus> statuses) {
        long accepted = 0;
        long submitted = 0;
        long returned = 0;
        long draft = 0;
        long notStarted = 0;
        for (ReportStatus status : statuses) {
            if (status == null) {
                notStarted++;
            } else {
                switch (status) {
                    case ACCEPTED -> accepted++;
                    case SUBMITTED -> submitted++;
                    case RETURNED -> returned++;
                    case DRAFT -> draft++;
                }
            }
        }
        return new CycleCounts(statuses.size(), accepted, submitted, returned, draft, notStarted);
    }

    /** The answers: accepted reports, and submitted ones too when {@code submittedCounts}. */
    public long answered(boolean submittedCounts) {
        return submittedCounts ? accepted + submitted : accepted;
    }

    /** Submitted reports not counted as answers (none when submitted reports count). */
    public long awaitingReview(boolean submittedCounts) {
        return submittedCounts ? 0 : submitted;
    }

    /** Those whose focal point has still to send an answer: not started, in draft, or returned for revision. */
    public long notYetAnswered() {
        return notStarted + draft + returned;
    }
}
