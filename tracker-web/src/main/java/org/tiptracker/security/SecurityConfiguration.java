package org.tiptracker.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Who may do what. Reading status pages and the read-only API needs no login; changing
 * anything does. Form login with bcrypt hashes, CSRF protection, session fixation protection,
 * secure headers, and a lockout after repeated failed logins ({@link LoginAttemptListener}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * The UN system's side (documents, Working Group, agencies, ICAT, activities, Trust Fund,
     * Global Report, awareness): anyone reads, only the secretariat changes. Edit forms are the
     * pages whose path ends in /new or /edit.
     */
    static final String[] UN_SYSTEM = {"/documents/**", "/working-group/**", "/agencies/**", "/activities/**",
            "/icat/**", "/trust-fund/**", "/global-report/**", "/awareness/**"};
    static final String UN_SYSTEM_EDIT_FORMS =
            "^/(documents|working-group|agencies|activities|icat|trust-fund|global-report|awareness)(/[^?]*)?/(new|edit)(\\?.*)?$";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new SessionBeforeRenderingFilter(),
                org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actions/**", "/audit/**", "/accounts/**").hasAnyRole("ADMIN", "SECRETARIAT")
                        .requestMatchers(HttpMethod.GET, "/cycles/**", "/measures/**").hasAnyRole("ADMIN", "SECRETARIAT", "ANALYST")
                        .requestMatchers("/cycles/**", "/measures/**").hasAnyRole("ADMIN", "SECRETARIAT")
                        // Report drafts: the secretariat writes them, analysts read and export them.
                        .requestMatchers(HttpMethod.GET, "/report-drafts/**").hasAnyRole("ADMIN", "SECRETARIAT", "ANALYST")
                        .requestMatchers("/report-drafts/**").hasAnyRole("ADMIN", "SECRETARIAT")
                        // Reports: who may see or change which state's report is decided per report (MeasureReportService).
                        .requestMatchers("/reports/**", "/my/**").authenticated()
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, UN_SYSTEM_EDIT_FORMS))
                                .hasAnyRole("ADMIN", "SECRETARIAT")
                        .requestMatchers(HttpMethod.GET, UN_SYSTEM).permitAll()
                        .requestMatchers(UN_SYSTEM).hasAnyRole("ADMIN", "SECRETARIAT")
                        .requestMatchers("/password/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        // Reading is open: every other page answers GET without a login (unknown ones with 404).
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                // The report page's autosave script reads JSON: a refusal (expired session, stale CSRF
                // token) answers JSON to it, not the login page or an HTML error page.
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            if (AUTOSAVE.matches(request)) {
                                json(response, 401, "session");
                            } else {
                                LOGIN.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (AUTOSAVE.matches(request)) {
                                json(response, 403, "forbidden");
                            } else {
                                DENIED.handle(request, response, e);
                            }
                        }))
                // A focal point lands on its State's reports (/my), others on the home page, unless a
                // protected page sent them to sign in: then back to it.
                .formLogin(form -> form.loginPage("/login").successHandler(new LoginSuccessHandler())
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/status"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; base-uri 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        // HSTS on secure requests only (HTTPS, or a proxy's X-Forwarded-Proto: https when
                        // TRACKER_FORWARD_HEADERS=native): a year, subdomains included.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        // The OWASP secure headers project's recommendations the other writers do not cover.
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Cross-Origin-Resource-Policy", "same-origin")));
        return http.build();
    }

    /** The report page's autosave requests (they carry this header). */
    static final org.springframework.security.web.util.matcher.RequestMatcher AUTOSAVE =
            request -> request.getHeader("X-Report-Autosave") != null;

    private static final org.springframework.security.web.AuthenticationEntryPoint LOGIN =
            new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
    private static final org.springframework.security.web.access.AccessDeniedHandler DENIED =
            new org.springframework.security.web.access.AccessDeniedHandlerImpl();

    private static void json(jakarta.servlet.http.HttpServletResponse response, int status, String reason)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"refused\":\"" + reason + "\"}");
    }

    /** No page uses the camera, microphone, location, payment, USB or the like: none may. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
            + "sync-xhr=(), usb=(), xr-spatial-tracking=(), interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }
}
