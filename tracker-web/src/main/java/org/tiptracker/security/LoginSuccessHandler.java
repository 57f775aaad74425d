package org.tiptracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a sign-in lands: back on the protected page that asked for it (Spring Security's saved
 * request), otherwise a focal point on {@code /my}, its State's reports, and everyone else on
 * the home page.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String FOCAL_POINT_HOME = "/my";
    static final String HOME = "/";

    /** Asked only when no protected page is waiting (the saved request comes first). */
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        return isFocalPoint(authentication) ? FOCAL_POINT_HOME : HOME;
    }

    private static boolean isFocalPoint(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_FOCAL_POINT".equals(a.getAuthority()));
    }
}
