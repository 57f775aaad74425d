package org.tiptracker.common;

/**
 * Who is acting: the account's user name, its role ({@code ADMIN}, {@code SECRETARIAT},
 * {@code FOCAL_POINT}, {@code ANALYST}) and, for a focal point, the participant it speaks for.
 */
public record Actor(String username, String role, Long participantId) {

    public boolean isSecretariat() {
        return "ADMIN".equals(role) || "SECRETARIAT".equals(role);
    }

    /** The actor when it belongs to the secretariat (or is an administrator); refused (403) otherwise, and when nobody acts. */
    public static Actor requireSecretariat(Actor actor, String area) {
        if (actor == null || !actor.isSecretariat()) {
            throw new ForbiddenException(area + ": " + (actor == null ? "nobody" : actor.username()));
        }
        return actor;
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
