package org.tiptracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Form login against the stored bcrypt hashes, lockout, session fixation and secure headers. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoAccountsSignInWithHashedPasswords() throws Exception {
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'secretariat'", String.class))
                .startsWith("$2a$12$");
        mvc.perform(formLogin().user("secretariat").password("secretariat-demo-2026"))
                .andExpect(authenticated().withRoles("SECRETARIAT"));
        mvc.perform(formLogin().user("secretariat").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select participant_id is not null from app_user where username = 'focal.argentina'",
                Boolean.class)).isTrue();
    }

    @Test
    void repeatedFailuresLockTheAccount() throws Exception {
        jdbc.update("update app_user set failed_attempts = 0, locked_until = null where username = 'analyst'");
        try {
            for (int i = 0; i < 5; i++) {
                mvc.perform(formLogin().user("analyst").password("wrong-" + i)).andExpect(unauthenticated());
            }
            // Even the right password is refused while the account is locked.
            mvc.perform(formLogin().user("analyst").password("analyst-demo-2026"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        } finally {
            jdbc.update("update app_user set failed_attempts = 0, locked_until = null where username = 'analyst'");
        }
        mvc.perform(formLogin().user("analyst").password("analyst-demo-2026")).andExpect(authenticated());
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        var result = mvc.perform(post("/login").param("username", "secretariat").param("password", "secretariat-demo-2026")
                        .session(session).with(csrf()))
                .andExpect(authenticated()).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/status"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }
}
