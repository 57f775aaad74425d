package org.tiptracker.reporting.persistence;

/** One change of a report, as its history page shows it: what was done, by whom, when (UTC), why, and the report before and after. */
public record ReportHistoryEntry(String operation, String username, String occurredAtUtc, String reason,
                                 String beforeState, String afterState) {

    static ReportHistoryEntry of(org.tiptracker.audit.AuditEntryEntity e) {
        return new ReportHistoryEntry(e.getOperation(), e.getUsername(), e.getOccurredAtUtc(), e.getReason(),
                e.getBeforeState(), e.getAfterState());
    }
}
