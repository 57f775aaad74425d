package org.tiptracker.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The UN system's side: edit forms (paths ending in /new or /edit) and every change need the
 * secretariat; an analyst or a focal point is refused, an anonymous visitor is sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnSystemAccessTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/documents/new", "/working-group/meetings/3/edit", "/trust-fund/contributions/new",
            "/activities/12/edit", "/awareness/blue-heart/new"})
    void editFormsNeedTheSecretariat(String path) throws Exception {
        mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path).with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user("focal.argentina").roles("FOCAL_POINT"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/documents", "/working-group/meetings", "/trust-fund/contributions", "/agencies/UNODC",
            "/icat/chairs", "/global-report/editions", "/awareness/world-day"})
    void changesNeedTheSecretariat(String path) throws Exception {
        mvc.perform(post(path).with(csrf()).with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/login"));
    }
}
