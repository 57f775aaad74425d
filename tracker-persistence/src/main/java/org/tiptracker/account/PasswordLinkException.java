package org.tiptracker.account;

/**
 * A password link that cannot be used. The user only learns whether it expired (so that they ask
 * for a new one) or is not valid (unknown, already used, or its account disabled): nothing more.
 */
public class PasswordLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean expired;

    public PasswordLinkException(boolean expired) {
        super(expired ? "password link expired" : "password link invalid");
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }

    public String messageKey() {
        return expired ? "account.link.expired" : "account.link.invalid";
    }
}
