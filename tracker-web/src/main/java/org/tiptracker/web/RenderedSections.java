package org.tiptracker.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The user-independent part of a page, rendered once and reused for everyone who asks the same
 * question. A page such as {@code /status} is mostly a table that depends only on the recorded
 * data, the question and the language; rendering its thousands of cells is what costs. The page's
 * controller names a key that holds everything the part depends on (the data's version as stored
 * in the database, so that every instance sees a change at once, the question, the language and
 * whatever the viewer's role changes in it) and gets the HTML, rendered on the first request with
 * that key. The layout around it (the header, the account menu, forms with their tokens) is
 * rendered for each request as usual, and the kept section, already encoded, is written into it
 * ({@link #page}): neither rendered nor encoded again.
 */
@Component
public class RenderedSections {

    private final ISpringTemplateEngine engine;
    private final ApplicationContext applicationContext;
    private final boolean enabled;
    private final Map<Object, byte[]> sections;
    private final ObjectProvider<ThymeleafViewResolver> views;
    private final Counter hits;
    private final Counter misses;

    RenderedSections(ISpringTemplateEngine engine, ApplicationContext applicationContext, MeterRegistry meters,
                     ObjectProvider<ThymeleafViewResolver> views,
                     @Value("${tracker.section-cache.enabled:true}") boolean enabled,
                     @Value("${tracker.section-cache.size:256}") int size) {
        this.engine = engine;
        this.applicationContext = applicationContext;
        this.enabled = enabled;
        this.views = views;
        this.sections = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, byte[]> eldest) {
                return size() > size;
            }
        });
        this.hits = Counter.builder("tracker.cache.requests").tag("cache", "sections").tag("result", "hit")
                .description("Page sections served from the cache of rendered sections").register(meters);
        this.misses = Counter.builder("tracker.cache.requests").tag("cache", "sections").tag("result", "miss")
                .description("Page sections rendered because no rendered copy was kept").register(meters);
    }

    /**
     * The page {@code layoutView} with the section spliced in where the layout prints the model
     * attribute {@code attribute} unescaped ({@code th:utext}). The section is the HTML of
     * {@code fragment} in {@code template} for {@code key}: the kept copy, or rendered now with
     * the variables the supplier gives (asked only then) and kept.
     *
     * @param key everything the section's HTML depends on; equal keys must mean equal HTML
     */
    public View page(String layoutView, String attribute, Model model, Object key, String template, String fragment,
                     Supplier<Map<String, Object>> variables, HttpServletRequest request, HttpServletResponse response,
                     Locale locale) {
        byte[] section = section(key, template, fragment, variables, request, response, locale);
        model.addAttribute(attribute, SplicedView.MARK);
        try {
            return new SplicedView(views.getObject().resolveViewName(layoutView, locale), section);
        } catch (Exception e) {
            throw new IllegalStateException("No view " + layoutView, e);
        }
    }

    byte[] section(Object key, String template, String fragment, Supplier<Map<String, Object>> variables,
                   HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (enabled) {
            byte[] kept = sections.get(key);
            if (kept != null) {
                hits.increment();
                return kept;
            }
        }
        misses.increment();
        byte[] html = render(template, fragment, variables.get(), request, response, locale).getBytes(StandardCharsets.UTF_8);
        if (enabled) {
            sections.put(key, html);
        }
        return html;
    }

    /** Renders as a Thymeleaf view does: messages, links, bean references and the security dialect work alike. */
    private String render(String template, String fragment, Map<String, Object> variables,
                          HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Map<String, Object> model = new HashMap<>(variables);
        RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        ConversionService conversions = (ConversionService) request.getAttribute(ConversionService.class.getName());
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversions));
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
                locale, model);
        return engine.process(template, Set.of(fragment), context);
    }

    /** Forgets every section, for tests. */
    public void clear() {
        sections.clear();
    }

    /** How many sections are kept, for tests. */
    public int size() {
        return sections.size();
    }
}
