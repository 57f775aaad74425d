package org.tiptracker.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Focal-point accounts end to end: the secretariat creates the account, the one-time link sets a
 * password once, the new password signs in, used and expired links are refused, a disabled
 * account can neither sign in nor keep its session; only the secretariat reaches the accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final String PASSWORD = "Lluvia-de-abril-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    record Created(long id, String username, String token) {
    }

    Created createFocalPoint() throws Exception {
        String username = "fp." + UUID.randomUUID().toString().substring(0, 8);
        // The Host header is the sender's to choose: the link must not be built from it.
        MvcResult result = mvc.perform(post("/accounts").with(SECRETARIAT).with(csrf()).header("Host", "evil.example:9999")
                        .param("username", username).param("role", "FOCAL_POINT").param("fullName", "<b>María</b> Pérez")
                        .param("email", username + "@cancilleria.example").param("participantIso3", "ARG"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/accounts")).andReturn();
        String link = (String) result.getFlashMap().get("passwordLink");
        assertThat(link).startsWith("http://localhost:8080/password/set?token=").doesNotContain("evil");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        // Only the hash of the token is kept, and the account has no usable password yet.
        String stored = jdbc.queryForObject("select password_token_hash from app_user where id = ?", String.class, id);
        assertThat(stored).hasSize(64).doesNotContain(token);
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id)).doesNotStartWith("$2");
        return new Created(id, username, token);
    }

    @Test
    void aFocalPointSetsItsPasswordOnceAndSignsIn() throws Exception {
        Created account = createFocalPoint();

        // The list shows the account, its state and a pending link; the name is escaped text.
        Document list = Jsoup.parse(mvc.perform(get("/accounts").with(SECRETARIAT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var row = list.selectFirst("tr[data-username=" + account.username() + "]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("<b>María</b> Pérez").contains("الأرجنتين");
        assertThat(row.selectFirst("[data-link]").attr("data-link")).isEqualTo("PENDING");
        assertThat(list.select("#password-link")).isEmpty();

        // Nobody can sign in before the password is set.
        mvc.perform(formLogin().user(account.username()).password("")).andExpect(unauthenticated());

        Document form = Jsoup.parse(mvc.perform(get("/password/set").param("token", account.token()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#password-form input[name=token]").attr("value")).isEqualTo(account.token());
        assertThat(form.text()).contains(account.username());

        // Mismatch, too short and the user name itself are refused with a message; the link still works.
        assertThat(setPassword(account.token(), PASSWORD, PASSWORD + "x", 400)).contains("غير متطابقتين");
        assertThat(setPassword(account.token(), "short-1", "short-1", 400)).contains("١٢");
        assertThat(setPassword(account.token(), account.username() + "-2026", account.username() + "-2026", 400))
                .contains("اسم المستخدم");
        // Without the CSRF token nothing happens.
        mvc.perform(post("/password/set").param("token", account.token()).param("password", PASSWORD)
                .param("confirmation", PASSWORD)).andExpect(status().isForbidden());

        mvc.perform(post("/password/set").with(csrf()).param("token", account.token()).param("password", PASSWORD)
                        .param("confirmation", PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?passwordSet"));
        assertThat(Jsoup.parse(mvc.perform(get("/login").param("passwordSet", "")).andReturn().getResponse()
                .getContentAsString()).select("#password-set")).hasSize(1);

        mvc.perform(formLogin().user(account.username()).password(PASSWORD)).andExpect(authenticated().withRoles("FOCAL_POINT"));
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account.id()))
                .startsWith("$2a$12$");

        // The link works once.
        Document used = Jsoup.parse(mvc.perform(get("/password/set").param("token", account.token()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(used.select("#link-problem").text()).contains("غير صالح");
        setPassword(account.token(), "Another-password-99", "Another-password-99", 400);
        mvc.perform(formLogin().user(account.username()).password("Another-password-99")).andExpect(unauthenticated());

        assertThat(jdbc.queryForList("select operation from audit_entry where entity_type = 'AppUser' and entity_id = ? order by id",
                String.class, account.id())).containsExactly("CREATE", "LINK", "PASSWORD");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'AppUser' and entity_id = ? "
                + "and (coalesce(after_state, '') like ? or summary like ?)", Integer.class, account.id(),
                "%" + account.token() + "%", "%" + account.token() + "%")).isZero();
    }

    @Test
    void aNewLinkReplacesTheOldOneAndExpiredLinksAreRefused() throws Exception {
        Created account = createFocalPoint();
        MvcResult result = mvc.perform(post("/accounts/" + account.id() + "/link").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        String link = (String) result.getFlashMap().get("passwordLink");
        String newToken = link.substring(link.indexOf("token=") + 6);
        assertThat(newToken).isNotEqualTo(account.token());
        mvc.perform(get("/password/set").param("token", account.token())).andExpect(status().isBadRequest());
        mvc.perform(get("/password/set").param("token", newToken)).andExpect(status().isOk());

        jdbc.update("update app_user set password_token_expires = now() - interval '1 minute' where id = ?", account.id());
        Document expired = Jsoup.parse(mvc.perform(get("/password/set").param("token", newToken))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString());
        assertThat(expired.select("#link-problem").text()).contains("انتهت صلاحية");
        mvc.perform(post("/password/set").with(csrf()).param("token", newToken).param("password", PASSWORD)
                .param("confirmation", PASSWORD)).andExpect(status().isGone());
        Document list = Jsoup.parse(mvc.perform(get("/accounts").with(SECRETARIAT)).andReturn().getResponse().getContentAsString());
        assertThat(list.selectFirst("tr[data-username=" + account.username() + "] [data-link]").attr("data-link"))
                .isEqualTo("EXPIRED");

        // Garbage tokens get the same "not valid" page.
        for (String token : List.of("", "abc", "x".repeat(500), "<script>alert(1)</script>")) {
            mvc.perform(get("/password/set").param("token", token)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/password/set")).andExpect(status().isBadRequest());
    }

    @Test
    void aDisabledAccountCannotSignInAndLosesItsSession() throws Exception {
        Created account = createFocalPoint();
        mvc.perform(post("/password/set").with(csrf()).param("token", account.token()).param("password", PASSWORD)
                .param("confirmation", PASSWORD)).andExpect(status().isFound());
        MvcResult login = mvc.perform(formLogin().user(account.username()).password(PASSWORD)).andExpect(authenticated()).andReturn();
        org.tiptracker.web.TestSession session = org.tiptracker.web.TestSession.from(login);
        assertThat(session.isOpen()).isTrue();
        mvc.perform(get("/accounts").with(session)).andDo(session).andExpect(status().isForbidden());

        mvc.perform(post("/accounts/" + account.id() + "/disable").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, account.id())).isFalse();

        // The open session ends at the next request.
        mvc.perform(get("/status").with(session)).andDo(session).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/accounts").with(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(account.username()).password(PASSWORD)).andExpect(unauthenticated());

        // A new link does not work for a disabled account either.
        jdbc.update("update app_user set password_token_hash = null where id = ?", account.id());
        Document list = Jsoup.parse(mvc.perform(get("/accounts").with(SECRETARIAT)).andReturn().getResponse().getContentAsString());
        assertThat(list.selectFirst("tr[data-username=" + account.username() + "] [data-enabled]").attr("data-enabled"))
                .isEqualTo("false");

        mvc.perform(post("/accounts/" + account.id() + "/enable").with(SECRETARIAT).with(csrf())).andExpect(status().isFound());
        mvc.perform(formLogin().user(account.username()).password(PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.queryForList("select operation from audit_entry where entity_type = 'AppUser' and entity_id = ? order by id",
                String.class, account.id())).containsExactly("CREATE", "LINK", "PASSWORD", "DISABLE", "ENABLE");
    }

    @Test
    void onlyTheSecretariatReachesAccounts() throws Exception {
        mvc.perform(get("/accounts")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/accounts").with(user("focal.argentina").roles("FOCAL_POINT"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(post("/accounts").with(user("focal.argentina").roles("FOCAL_POINT")).with(csrf())
                .param("username", "intruder.one").param("role", "FOCAL_POINT")).andExpect(status().isForbidden());
        // CSRF is required.
        mvc.perform(post("/accounts").with(SECRETARIAT).param("username", "no.csrf").param("role", "FOCAL_POINT")
                .param("fullName", "X").param("email", "x@example.org").param("participantIso3", "ARG"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('intruder.one', 'no.csrf')",
                Integer.class)).isZero();
        // The secretariat creates focal points only; an administrator may create staff accounts.
        mvc.perform(post("/accounts").with(SECRETARIAT).with(csrf()).param("username", "staff." + UUID.randomUUID().toString().substring(0, 6))
                .param("role", "ANALYST").param("fullName", "Staff").param("email", "staff@un.example"))
                .andExpect(status().isForbidden());
        String analyst = "an." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/accounts").with(user("admin").roles("ADMIN")).with(csrf()).param("username", analyst)
                .param("role", "ANALYST").param("fullName", "Analyst").param("email", "an@un.example"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select participant_id is null and role = 'ANALYST' from app_user where username = ?",
                Boolean.class, analyst)).isTrue();
        // The secretariat cannot disable staff accounts.
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        mvc.perform(post("/accounts/" + admin + "/disable").with(SECRETARIAT).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedWithAMessageAndKept() throws Exception {
        Created account = createFocalPoint();
        Document taken = Jsoup.parse(mvc.perform(post("/accounts").with(SECRETARIAT).with(csrf())
                        .param("username", account.username().toUpperCase()).param("role", "FOCAL_POINT")
                        .param("fullName", "Someone").param("email", "someone@example.org").param("participantIso3", "ARG"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        // each refusal is shown next to the field it is about
        assertThat(taken.select("#username.is-invalid ~ #username-error").text()).contains("مستخدم من قبل");
        assertThat(taken.select("#account-error")).isEmpty();
        assertThat(taken.select("#fullName").attr("value")).isEqualTo("Someone");

        String fresh = "fp." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(refused(fresh, "bad address", "ARG").select("#email-error").text()).contains("البريد الإلكتروني");
        assertThat(refused(fresh, "a@example.org", "XXX").select("#participantIso3-error").text()).contains("غير معروفة");
        assertThat(refused(fresh, "a@example.org", "").select("#participantIso3-error").text()).contains("اختر الدولة");
        assertThat(refused("x", "a@example.org", "ARG").select("#username-error").text()).contains("اسم المستخدم");
        assertThat(refused("bad name!", "a@example.org", "ARG").select("#username-error").text()).contains("اسم المستخدم");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, fresh)).isZero();
    }

    private Document refused(String username, String email, String iso3) throws Exception {
        return Jsoup.parse(mvc.perform(post("/accounts").with(SECRETARIAT).with(csrf()).param("username", username)
                        .param("role", "FOCAL_POINT").param("fullName", "Name").param("email", email)
                        .param("participantIso3", iso3))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
    }

    private String setPassword(String token, String password, String confirmation, int expected) throws Exception {
        String body = mvc.perform(post("/password/set").with(csrf()).param("token", token).param("password", password)
                        .param("confirmation", confirmation))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(body);
        return page.select("#password-error, #link-problem").text();
    }
}
