package org.tiptracker.web.assets;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files asked for by a URL that holds their content's hash ({@link Assets}) are sent with
 * {@code Cache-Control: public, max-age=31536000, immutable}: the browser keeps them a year and
 * never asks again, so a second page view fetches only its HTML. The same files by their plain
 * names keep the resource handler's {@code no-cache} (asked again, answered 304 when unchanged).
 */
@Component
public class LongLivedAssets extends OncePerRequestFilter {

    static final String FOR_EVER = "public, max-age=31536000, immutable";

    /** A name that ends in {@code -} and the 32 hexadecimal digits of an MD5, before the extension. */
    private static final Pattern VERSIONED = Pattern.compile("^/(css|js|vendor|webjars)/.+-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !VERSIONED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    /**
     * The resource handler sets its cache headers only once it has found the file: that is where
     * the long lifetime replaces them, so that a stale or mistyped hash answers 404 without being
     * kept for a year.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? FOR_EVER : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, FOR_EVER);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
