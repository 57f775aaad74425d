package org.tiptracker.search;

/**
 * Who is searching, and so which hits they may see. The rule, the same as the pages behind the
 * hits: the secretariat, analysts and administrators see everything; a focal point sees the
 * public records and its own state's measures; an anonymous visitor sees the public records only —
 * no measures (states' reports are read by the secretariat, its analysts and the reporting state)
 * and no report drafts (staff only).
 *
 * @param staff          the secretariat, an analyst or an administrator
 * @param ownParticipant the focal point's state (its participant id), or null
 */
public record SearchAudience(boolean staff, Long ownParticipant) {

    public static final SearchAudience ANONYMOUS = new SearchAudience(false, null);
    public static final SearchAudience STAFF = new SearchAudience(true, null);

    public static SearchAudience focalPoint(long participantId) {
        return new SearchAudience(false, participantId);
    }

    /** Whether hits of {@code kind} may be shown at all (measures may still be limited to one state). */
    public boolean sees(SearchKind kind) {
        return switch (kind) {
            case REPORT -> staff;
            case MEASURE -> staff || ownParticipant != null;
            default -> true;
        };
    }

    /** Whether a measure reported by {@code participantId} may be shown. */
    public boolean seesMeasureOf(long participantId) {
        return staff || (ownParticipant != null && ownParticipant == participantId);
    }
}
