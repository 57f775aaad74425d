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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private org.springframework.test.web.servlet.ResultActions signIn(String address, String username, String password)
            throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void repeatedFailuresSlowDownGuessingButLockNobodyOut() throws Exception {
        String address = "10.9.8." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 5; i++) {
            signIn(address, "analyst", "wrong-" + i).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        // At once, even the right password waits: the attempt is not even checked.
        signIn(address, "analyst", "analyst-demo-2026").andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?wait=*"));
        // After the wait (a second after five failures), the owner signs in: the account was never locked.
        Thread.sleep(1_100);
        signIn(address, "analyst", "analyst-demo-2026").andExpect(authenticated());
        assertThat(jdbc.queryForObject("select locked_until is null from app_user where username = 'analyst'", Boolean.class))
                .isTrue();
    }

    @Test
    void everyFailureGetsTheSameAnswerWhetherTheAccountExistsOrNot() throws Exception {
        String address = "10.9.7." + (int) (Math.random() * 200 + 1);
        jdbc.update("insert into app_user (username, password_hash, role, created_at, enabled) values"
                + " ('never.set', '{unusable}abc', 'ANALYST', now(), true) on conflict do nothing");
        for (String username : new String[] {"analyst", "nobody.at.all", "never.set"}) {
            signIn(address + "1", username, "guess").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        // An account that never set a password is checked against a real hash too: as slow as a wrong password.
        long start = System.nanoTime();
        signIn(address + "2", "never.set", "guess");
        long unusable = System.nanoTime() - start;
        start = System.nanoTime();
        signIn(address + "3", "analyst", "guess");
        long wrong = System.nanoTime() - start;
        assertThat(unusable).isGreaterThan(wrong / 4);
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        org.tiptracker.web.TestSession session = org.tiptracker.web.TestSession.from(mvc.perform(get("/login")).andReturn());
        String before = session.value();
        assertThat(before).isNotNull();
        mvc.perform(post("/login").param("username", "secretariat").param("password", "secretariat-demo-2026")
                        .with(session).with(csrf()))
                .andDo(session).andExpect(authenticated());
        assertThat(session.value()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aFocalPointLandsOnItsReportsAndTheOthersOnTheHomePage() throws Exception {
        mvc.perform(formLogin().user("focal.peru").password("focal-demo-2026"))
                .andExpect(authenticated().withRoles("FOCAL_POINT")).andExpect(redirectedUrl("/my"));
        mvc.perform(formLogin().user("focal.tunisia").password("focal-demo-2026")).andExpect(redirectedUrl("/my"));
        mvc.perform(formLogin().user("secretariat").password("secretariat-demo-2026")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("analyst").password("analyst-demo-2026")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("admin").password("admin-demo-2026")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSignInThatAProtectedPageAskedForGoesBackToThatPage() throws Exception {
        org.tiptracker.web.TestSession session = new org.tiptracker.web.TestSession();
        mvc.perform(get("/reports/1/history").with(session)).andDo(session).andExpect(redirectedUrl("/login"));
        assertThat(session.isOpen()).as("the page asked for is kept in a session").isTrue();
        mvc.perform(post("/login").param("username", "focal.peru").param("password", "focal-demo-2026")
                        .with(session).with(csrf()))
                .andDo(session).andExpect(authenticated())
                .andExpect(redirectedUrlPattern("**/reports/1/history*"));
        // The same for the secretariat: the page asked for, not the home page.
        org.tiptracker.web.TestSession other = new org.tiptracker.web.TestSession();
        mvc.perform(get("/actions").with(other)).andDo(other).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("username", "secretariat").param("password", "secretariat-demo-2026")
                        .with(other).with(csrf()))
                .andExpect(authenticated()).andExpect(redirectedUrlPattern("**/actions*"));
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/status"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }
}
