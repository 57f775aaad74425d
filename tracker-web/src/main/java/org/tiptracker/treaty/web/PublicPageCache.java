package org.tiptracker.treaty.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/**
 * Serves the public status pages to anonymous visitors from a small cache of rendered pages.
 * <p>
 * Such a page depends only on the recorded treaty actions, its query string, the interface
 * language and, without {@code asOf}, today's date; the key holds all four (the actions through
 * the registry's snapshot generation, which changes with every committed change). Signed-in users,
 * requests that carry a session or switch the language, and anything but a successful HTML page
 * always go through the controller.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of("/status", "/status/changes");
    static final String LANGUAGE_COOKIE = "tracker-lang";

    private final TreatyRegistry registry;
    private final Clock clock;
    private final boolean enabled;
    private final Map<Key, Page> pages;

    PublicPageCache(TreatyRegistry registry, Clock clock,
                    @Value("${tracker.page-cache.enabled:true}") boolean enabled,
                    @Value("${tracker.page-cache.size:32}") int size) {
        this.registry = registry;
        this.clock = clock;
        this.enabled = enabled;
        this.pages = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
                return size() > size;
            }
        });
    }

    private record Key(long generation, LocalDate today, String path, String query, String language) {
    }

    private record Page(byte[] body, String contentType, java.util.Locale locale) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled
                || !"GET".equals(request.getMethod())
                || !PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))
                || request.getParameter("lang") != null
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(registry.snapshot().generation(), LocalDate.now(clock),
                request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString() == null ? "" : request.getQueryString(), language(request));
        Page page = pages.get(key);
        if (page != null) {
            response.setContentType(page.contentType());
            response.setLocale(page.locale());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null
                && contentType.startsWith("text/html") && request.getSession(false) == null
                && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
            pages.put(key, new Page(wrapper.getContentAsByteArray(), contentType,
                    wrapper.getLocale()));
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The interface language as the locale resolver will choose it: English only if the cookie says so. */
    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && cookie.getValue().startsWith("en")) {
                    return "en";
                }
            }
        }
        return "ar";
    }

    /** Forgets every page, for tests. */
    void clear() {
        pages.clear();
    }

    int size() {
        return pages.size();
    }
}
