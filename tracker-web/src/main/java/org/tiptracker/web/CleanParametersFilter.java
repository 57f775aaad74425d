package org.tiptracker.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tiptracker.common.CleanText;

/**
 * Every query and form parameter as people meant it ({@link CleanText}): a NUL byte or another
 * control character in a search box or a form field is dropped before any page sees it, where it
 * used to reach PostgreSQL (which refuses 0x00) and fail the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CleanParametersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(needsCleaning(request) ? new Cleaned(request) : request, response);
    }

    private static boolean needsCleaning(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false; // uploads: their parts are read, and checked, by the import pages
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && !CleanText.isClean(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Cleaned(HttpServletRequest request) {
            super(request);
            request.getParameterMap().forEach((name, values) -> {
                String[] clean = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    clean[i] = CleanText.of(values[i]);
                }
                parameters.put(CleanText.of(name), clean);
            });
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return java.util.Collections.unmodifiableMap(parameters);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
