package org.tiptracker.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the application is reached from outside ({@code tracker.base-url}, {@code TRACKER_BASE_URL}):
 * links sent to people (the one-time password link) are built from it, never from the request's
 * Host header, which whoever sends the request chooses. Required unless the application runs on its
 * embedded database (the demo on one machine, where links point to {@code http://localhost}).
 */
@Component
public class PublicBaseUrl {

    private final String base;

    PublicBaseUrl(@Value("${tracker.base-url:}") String configured,
                  @Value("${tracker.database.embedded:false}") boolean embedded,
                  @Value("${server.port:8080}") int port) {
        this.base = resolve(configured, embedded, port);
    }

    static String resolve(String configured, boolean embedded, int port) {
        if (configured == null || configured.isBlank()) {
            if (!embedded) {
                throw new IllegalStateException("TRACKER_BASE_URL (tracker.base-url) is not set: the address people use"
                        + " to reach the application, e.g. https://tip-tracker.example.org, is needed to build the links"
                        + " sent to them");
            }
            return "http://localhost" + (port > 0 && port != 80 ? ":" + port : "");
        }
        String value = configured.strip();
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TRACKER_BASE_URL is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalStateException("TRACKER_BASE_URL must be an http or https address without query,"
                    + " fragment or user, e.g. https://tip-tracker.example.org: " + value);
        }
        return value.replaceAll("/+$", "");
    }

    /** The absolute link to {@code path} (starting with {@code /}) with one query parameter. */
    public String link(String path, String parameter, String value) {
        return UriComponentsBuilder.fromUriString(base + path).queryParam(parameter, value).build().encode().toUriString();
    }

    public String base() {
        return base;
    }
}
