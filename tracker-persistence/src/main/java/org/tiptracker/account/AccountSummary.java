package org.tiptracker.account;

import java.time.Instant;

/** An account as listed for the secretariat: who, which role and state, and where its password link stands. */
public record AccountSummary(long id, String username, String role, String fullName, String email, String iso3,
                             String participantNameAr, String participantNameEn, boolean enabled, LinkState link,
                             Instant linkExpires, String createdBy, Instant createdAt) {

    /** The state of the one-time password link. */
    public enum LinkState {
        /** No link waiting: the password was set, or the account never had a link. */
        NONE,
        /** A link was issued and can still be used. */
        PENDING,
        /** A link was issued but has expired: the secretariat must issue a new one. */
        EXPIRED
    }

    static AccountSummary of(AppUserEntity user, Instant now) {
        LinkState link = !user.hasPasswordLink() ? LinkState.NONE
                : user.passwordLinkExpiredAt(now) ? LinkState.EXPIRED : LinkState.PENDING;
        var p = user.getParticipant();
        return new AccountSummary(user.getId(), user.getUsername(), user.getRole(), user.getFullName(), user.getEmail(),
                p == null ? null : p.getIso3(), p == null ? null : p.getNameAr(), p == null ? null : p.getNameEn(),
                user.isEnabled(), link, user.hasPasswordLink() ? user.getPasswordTokenExpires() : null,
                user.getCreatedBy(), user.getCreatedAt());
    }
}
