package org.tiptracker.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins for the throttle ({@link LoginThrottle}): by client address and by the name
 * typed. Accounts are never locked by failures (anyone could lock anyone out); a success clears the
 * name's count.
 */
@Component
record LoginAttemptListener(LoginThrottle throttle) {

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        throttle.failed(address(event.getAuthentication().getDetails()), String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
