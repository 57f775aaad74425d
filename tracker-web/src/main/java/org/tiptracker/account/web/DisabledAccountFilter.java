package org.tiptracker.account.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tiptracker.account.SignInAccounts;
import org.tiptracker.security.CurrentActor;

/**
 * Ends the session of an account that was disabled while signed in: on its next request the
 * session is invalidated and the user is sent to the login page, which refuses a disabled account.
 * Only signed-in requests are checked (anonymous visitors cost nothing).
 */
@Component
class DisabledAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccountFilter.class);

    private final SignInAccounts accounts;

    DisabledAccountFilter(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && !isStaticResource(request)
                && disabled(request, authentication.getName())) {
            log.info("Session of disabled account {} ended", authentication.getName());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the account is disabled; an enabled one is kept for the request ({@link CurrentActor}). */
    private boolean disabled(HttpServletRequest request, String username) {
        var account = accounts.find(username);
        if (account.isPresent() && account.get().enabled()) {
            CurrentActor.remember(request, account.get());
        }
        return account.map(a -> !a.enabled()).orElse(false);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }
}
