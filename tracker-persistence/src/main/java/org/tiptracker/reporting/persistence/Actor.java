package org.tiptracker.reporting.persistence;

/**
 * Who is acting: the account's user name, its role ({@code ADMIN}, {@code SECRETARIAT},
 * {@code FOCAL_POINT}, {@code ANALYST}) and, for a focal point, the participant it speaks for.
 */
public record Actor(String username, String role, Long participantId) {

    public boolean isSecretariat() {
        return "ADMIN".equals(role) || "SECRETARIAT".equals(role);
    }

    public boolean isFocalPoint() {
        return "FOCAL_POINT".equals(role);
    }

    public boolean isAnalyst() {
        return "ANALYST".equals(role);
    }

    /** Whether the actor may read this participant's reports: its own focal point, the secretariat, analysts. */
    public boolean mayRead(Long participant) {
        return isSecretariat() || isAnalyst() || (isFocalPoint() && participant != null && participant.equals(participantId));
    }

    /** Whether the actor may edit and submit this participant's reports: its focal point, or the secretariat on its behalf. */
    public boolean mayEdit(Long participant) {
        return isSecretariat() || (isFocalPoint() && participant != null && participant.equals(participantId));
    }
}
