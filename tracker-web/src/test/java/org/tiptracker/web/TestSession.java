package org.tiptracker.web;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session for MockMvc: sessions live in the database (Spring Session), found by their
 * cookie, so a test that goes on across requests sends back the cookie it was given
 * ({@code .with(session)} on the request, {@code .andDo(session)} on the result).
 */
public final class TestSession implements RequestPostProcessor, ResultHandler {

    /** The session cookie's name: JSESSIONID as configured on the server, SESSION in a MockMvc context without one. */
    static final java.util.Set<String> COOKIES = java.util.Set.of("JSESSIONID", "SESSION");

    private Cookie cookie;

    public static TestSession from(MvcResult result) throws Exception {
        TestSession session = new TestSession();
        session.handle(result);
        return session;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            Cookie[] before = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = cookie;
            request.setCookies(after);
        }
        return request;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = java.util.Arrays.stream(result.getResponse().getCookies())
                .filter(c -> COOKIES.contains(c.getName())).reduce((first, second) -> second).orElse(null);
        if (set != null) {
            cookie = set.getMaxAge() == 0 || set.getValue() == null || set.getValue().isEmpty() ? null : set;
        }
    }

    /** Whether the server has given a session and not ended it. */
    public boolean isOpen() {
        return cookie != null;
    }

    /** The session cookie's value (it changes when the session's id changes, as at sign-in). */
    public String value() {
        return cookie == null ? null : cookie.getValue();
    }
}
