package org.tiptracker.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a sign-in is checked: while its address or the name typed must still wait, the attempt
 * is refused at once (the password is not looked at) with the same answer for every name.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = throttle.wait(request.getRemoteAddr(), request.getParameter("username"));
        if (!wait.isZero()) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + Math.max(1, wait.toSeconds()));
            return;
        }
        chain.doFilter(request, response);
    }
}
