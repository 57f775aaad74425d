package org.tiptracker.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operators' endpoints under {@code /actuator}: health (up or down, with the database) for
 * anyone, so that a load balancer can ask; everything else (info, metrics, Prometheus) for
 * administrators only, signed in with HTTP Basic as a scraper does, without a session. Failed
 * attempts slow down like the sign-in page's.
 */
@Configuration
class OperationsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("tip-tracker operations"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BasicThrottleFilter(throttle), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * While the address or the name must still wait, an attempt with credentials is refused (429)
     * before the password is checked. Requests without credentials (health, a scraper's first
     * unauthenticated try) have nothing to guess and are never slowed down.
     */
    static final class BasicThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        BasicThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String username = basicUsername(request.getHeader("Authorization"));
            if (username == null) {
                chain.doFilter(request, response);
                return;
            }
            Duration wait = throttle.wait(request.getRemoteAddr(), username);
            if (!wait.isZero()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
                response.sendError(429);
                return;
            }
            chain.doFilter(request, response);
        }

        static String basicUsername(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
