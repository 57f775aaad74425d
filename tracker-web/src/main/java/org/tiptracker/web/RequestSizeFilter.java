package org.tiptracker.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body larger than the largest upload is refused here, before anything reads it, with the
 * application's own error page (413) in the reader's language: when Tomcat refused it while
 * parsing, the answer was its own English page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.ViewResolver> views;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales;

    RequestSizeFilter(@Value("${spring.servlet.multipart.max-request-size:3MB}") DataSize limit,
                      @org.springframework.beans.factory.annotation.Qualifier("thymeleafViewResolver")
                      org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.ViewResolver> views,
                      org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales) {
        this.limit = limit.toBytes();
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Renders the error page here: forwarding to /error would read the body (for its parameters)
     * and fail again. Nothing of the body is read.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        org.springframework.web.servlet.LocaleResolver localeResolver = locales.getIfAvailable();
        java.util.Locale locale = localeResolver == null ? request.getLocale() : localeResolver.resolveLocale(request);
        if (localeResolver != null) {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
        }
        org.springframework.web.servlet.ViewResolver resolver = views.getIfAvailable();
        try {
            org.springframework.web.servlet.View view = resolver == null ? null : resolver.resolveViewName("error/4xx", locale);
            if (view != null) {
                String other = "en".equals(locale.getLanguage()) ? "ar" : "en";
                java.util.Map<String, Object> model = new java.util.HashMap<>();
                model.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                model.put("switchLanguageUrl", request.getRequestURI() + "?lang=" + other);
                view.render(model, request, response);
                return;
            }
        } catch (Exception e) {
            logger.debug("Could not render the page of a refused body", e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("413");
    }
}
