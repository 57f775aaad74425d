package org.tiptracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session stored in the database needs its cookie set before the response is committed, and a
 * page's forms carry a CSRF token kept in the session. So a signed-in request has its session
 * before the page is written, and pages are buffered up to 64 KB before anything is sent: a small
 * page with a form for visitors (sign-in, setting a password) creates its session while it is written.
 */
class SessionBeforeRenderingFilter extends OncePerRequestFilter {

    static final int BUFFER = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.getBufferSize() < BUFFER) {
            response.setBufferSize(BUFFER);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            request.getSession(true);
        }
        chain.doFilter(request, response);
    }
}
