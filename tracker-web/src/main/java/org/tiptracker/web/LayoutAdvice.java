package org.tiptracker.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's layout needs: the link that switches language and keeps the page, and the
 * digits the page prints (for its scripts: charts print the same digits as the text).
 */
@ControllerAdvice
class LayoutAdvice {

    private final DisplayFormat format;

    LayoutAdvice(DisplayFormat format) {
        this.format = format;
    }

    @ModelAttribute("pageDigits")
    String pageDigits(Locale locale) {
        return format.digitsOf(locale);
    }

    /**
     * The page itself in the other language. On an error page (403, 404, ...) the page is the one
     * that was asked for, not {@code /error} where the error was forwarded.
     */
    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "ar" : "en";
        Object failedUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if (failedUri instanceof String uri) {
            Object query = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_QUERY_STRING);
            return org.springframework.web.util.UriComponentsBuilder.fromUriString(uri)
                    .query(query instanceof String q ? q : null)
                    .replaceQueryParam("lang", other)
                    .build()
                    .toUriString();
        }
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", other)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
