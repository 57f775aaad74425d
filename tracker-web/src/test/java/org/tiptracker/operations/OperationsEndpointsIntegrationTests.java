package org.tiptracker.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What operators see: health for anyone (details for administrators), info and metrics for
 * administrators only, and the embedded mode listening on the loopback address only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Environment environment;

    @Test
    void healthIsOpenButItsDetailsAreForAdministrators() throws Exception {
        String anonymous = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
        String admin = mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("\"db\"").contains("PostgreSQL");
    }

    @Test
    void infoAndMetricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "not-the-password")).with(from("10.77.0.1")))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/status?asOf=2016-05-30").with(user("analyst").roles("ANALYST"))).andExpect(status().isOk());
        String metrics = mvc.perform(get("/actuator/metrics").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("http.server.requests").contains("tracker.cache.requests");
        String sections = mvc.perform(get("/actuator/metrics/tracker.cache.requests?tag=cache:sections")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sections).contains("\"COUNT\"");
        String info = mvc.perform(get("/actuator/info").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(info).contains("\"java\"");
    }

    @Test
    void theActuatorNeverOpensASession() throws Exception {
        var result = mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "not-the-password")).with(from("10.77.0.2")))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void healthIsNeverSlowedDownByFailedSignInsFromTheSameAddress() throws Exception {
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/actuator/metrics").with(httpBasic("guess" + i, "wrong")).with(from("10.77.0.3")));
        }
        mvc.perform(get("/actuator/metrics").with(httpBasic("guess9", "wrong")).with(from("10.77.0.3")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/actuator/health").with(from("10.77.0.3"))).andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theEmbeddedModeListensOnTheLoopbackAddressOnly() {
        assertThat(environment.getProperty("tracker.database.embedded")).isEqualTo("true");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
