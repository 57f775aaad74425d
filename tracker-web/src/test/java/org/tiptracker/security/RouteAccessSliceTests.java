package org.tiptracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.web.WebSlice;

/**
 * Who may reach which route, as the security rules alone decide it (no controller of the route is
 * loaded, so a route let through answers 404 here): anonymous visitors are sent to sign in, the
 * wrong role gets 403, the right one passes. One row per route and role.
 */
@WebMvcTest(controllers = RouteAccessSliceTests.NoRoutes.class)
class RouteAccessSliceTests extends WebSlice {

    /** A controller with no routes: every request the rules let through finds nothing (404). */
    @Controller
    static class NoRoutes {
    }

    @Autowired
    MockMvc mvc;

    /** What the security rules answer: sent to sign in, refused, or let through to the application. */
    enum Answer { SIGN_IN, REFUSED, THROUGH }

    record Row(HttpMethod method, String path, Answer anonymous, Answer focalPoint, Answer analyst, Answer secretariat) {
    }

    static final Answer S = Answer.SIGN_IN;
    static final Answer R = Answer.REFUSED;
    static final Answer T = Answer.THROUGH;

    static final List<Row> ROWS = List.of(
            new Row(HttpMethod.GET, "/status", T, T, T, T),
            new Row(HttpMethod.GET, "/documents", T, T, T, T),
            new Row(HttpMethod.GET, "/documents/new", S, R, R, T),
            new Row(HttpMethod.GET, "/trust-fund/contributions/5/edit", S, R, R, T),
            new Row(HttpMethod.POST, "/documents", S, R, R, T),
            new Row(HttpMethod.POST, "/working-group/meetings/3", S, R, R, T),
            new Row(HttpMethod.GET, "/actions/import", S, R, R, T),
            new Row(HttpMethod.GET, "/audit", S, R, R, T),
            new Row(HttpMethod.GET, "/accounts", S, R, R, T),
            new Row(HttpMethod.GET, "/cycles", S, R, T, T),
            new Row(HttpMethod.POST, "/cycles", S, R, R, T),
            new Row(HttpMethod.GET, "/measures", S, R, T, T),
            new Row(HttpMethod.GET, "/report-drafts/4", S, R, T, T),
            new Row(HttpMethod.POST, "/report-drafts/4/regenerate", S, R, R, T),
            new Row(HttpMethod.GET, "/reports/812", S, T, T, T),
            new Row(HttpMethod.POST, "/reports/812", S, T, T, T),
            new Row(HttpMethod.GET, "/my", S, T, T, T),
            new Row(HttpMethod.GET, "/password/set", T, T, T, T));

    private Answer answer(Row row, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(row.method(), row.path()).with(who).with(csrf()))
                .andReturn().getResponse();
        if (response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
            return Answer.SIGN_IN;
        }
        return response.getStatus() == 403 ? Answer.REFUSED : Answer.THROUGH;
    }

    @Test
    void eachRouteAnswersEachRoleAsTheRulesSay() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            check(wrong, row, "anonymous", anonymous(), row.anonymous());
            check(wrong, row, "focal point", user("focal.peru").roles("FOCAL_POINT"), row.focalPoint());
            check(wrong, row, "analyst", user("analyst").roles("ANALYST"), row.analyst());
            check(wrong, row, "secretariat", user("secretariat").roles("SECRETARIAT"), row.secretariat());
            check(wrong, row, "administrator", user("admin").roles("ADMIN"), row.secretariat());
        }
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, Row row, String role, RequestPostProcessor who, Answer expected) throws Exception {
        Answer actual = answer(row, who);
        if (actual != expected) {
            wrong.add(row.method() + " " + row.path() + " as " + role + ": " + actual + ", expected " + expected);
        }
    }
}
