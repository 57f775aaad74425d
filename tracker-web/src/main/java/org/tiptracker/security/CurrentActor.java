package org.tiptracker.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tiptracker.account.SignInAccounts;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ForbiddenException;

/**
 * The signed-in user as the services see it ({@link Actor}): user name, role and, for a focal
 * point, the participant's id, read from the account so that a changed binding applies at once.
 */
@Component
public record CurrentActor(SignInAccounts accounts) {

    /** The request attribute under which the account loaded for this request is kept. */
    private static final String ACTOR = CurrentActor.class.getName() + ".actor";

    /** The actor of this request; refused (403) when nobody is signed in. */
    public Actor get() {
        if (!signedIn()) {
            throw new ForbiddenException("not signed in");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attributes != null && attributes.getAttribute(ACTOR, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST) instanceof Actor remembered
                && remembered.username().equalsIgnoreCase(authentication.getName())) {
            return remembered;
        }
        return accounts.find(authentication.getName())
                .map(SignInAccounts.SignInAccount::actor)
                .orElseGet(() -> new Actor(authentication.getName(), roleOf(authentication), null));
    }

    /** The actor of this request, or empty for an anonymous visitor. */
    public java.util.Optional<Actor> find() {
        return signedIn() ? java.util.Optional.of(get()) : java.util.Optional.empty();
    }

    /** Whether someone is signed in (checked without loading the account, as visitors' pages ask it). */
    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName());
    }

    /** True when someone of the secretariat (or an administrator) is signed in; false for others and for visitors. */
    public boolean isSecretariat() {
        return signedIn() && get().isSecretariat();
    }

    /** The actor of this request when it belongs to the secretariat (or is an administrator); refused (403) otherwise. */
    public Actor requireSecretariat(String area) {
        return Actor.requireSecretariat(get(), area);
    }

    /** Keeps the account already loaded for this request (by a filter), so that it is not loaded again. */
    public static void remember(jakarta.servlet.http.HttpServletRequest request, SignInAccounts.SignInAccount account) {
        request.setAttribute(ACTOR, account.actor());
    }

    private static String roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse("ANALYST");
    }
}
