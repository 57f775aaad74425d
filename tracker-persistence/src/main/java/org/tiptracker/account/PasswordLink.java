package org.tiptracker.account;

import java.time.Instant;

/**
 * A one-time password link just issued: the token is shown once to the secretariat, which sends
 * the link to the person; only its hash is stored.
 */
public record PasswordLink(long accountId, String username, String token, Instant expires) {

    @Override
    public String toString() {
        // Never write the token into logs.
        return "PasswordLink[" + accountId + ", " + username + ", expires " + expires + "]";
    }
}
