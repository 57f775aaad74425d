package org.tiptracker.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tiptracker.account.AppUserRepository;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.persistence.Actor;

/**
 * The signed-in user as the services see it ({@link Actor}): user name, role and, for a focal
 * point, the participant's id, read from the account so that a changed binding applies at once.
 */
@Component
public class CurrentActor {

    private final AppUserRepository users;

    CurrentActor(AppUserRepository users) {
        this.users = users;
    }

    /** The actor of this request; refused (403) when nobody is signed in. */
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
            throw new ForbiddenException("not signed in");
        }
        return users.findByUsernameIgnoreCase(authentication.getName())
                .map(u -> new Actor(u.getUsername(), u.getRole(), u.getParticipant() == null ? null : u.getParticipant().getId()))
                .orElseGet(() -> new Actor(authentication.getName(), roleOf(authentication), null));
    }

    private static String roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse("ANALYST");
    }
}
