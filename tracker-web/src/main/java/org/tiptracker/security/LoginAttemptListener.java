package org.tiptracker.security;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.account.AppUserRepository;

/** Locks an account for a while after repeated failed logins; a success resets the count. */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttemptListener(AppUserRepository users, Clock clock,
                         @Value("${tracker.security.max-failed-logins:5}") int maxFailures,
                         @Value("${tracker.security.lockout-minutes:15}") long lockoutMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            user.loginFailed(maxFailures, clock.instant().plus(lockout));
            if (user.isLockedAt(clock.instant())) {
                log.warn("Account {} locked after {} failed logins", user.getUsername(), maxFailures);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(user -> user.loginSucceeded());
    }
}
