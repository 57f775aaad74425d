package org.tiptracker.account;

/** What the secretariat enters for a new account; {@code participantIso3} only for a focal point. */
public record NewAccount(String username, String role, String fullName, String email, String participantIso3) {
}
