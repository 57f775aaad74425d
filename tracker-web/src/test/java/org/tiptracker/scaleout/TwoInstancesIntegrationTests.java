package org.tiptracker.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.tiptracker.TrackerApplication;

/**
 * Two instances of the application on one database (the test's own, and a second one started here
 * on another port): a user signed in through one is signed in on the other, with a CSRF token the
 * other accepts, and a treaty action recorded through one is on the other's status at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTests {

    @LocalServerPort
    int portA;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ConfigurableApplicationContext instanceB;
    int portB;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startSecondInstance(@org.springframework.beans.factory.annotation.Autowired Environment environment) {
        instanceB = new SpringApplicationBuilder(TrackerApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "tracker.database.embedded=true", "tracker.demo.enabled=false")
                .run();
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("input[name=_csrf]").first().attr("value");
    }

    @Test
    void aSessionAndItsCsrfTokenWorkOnBothInstancesAndChangesAreSeenOnBoth() throws Exception {
        assertThat(portB).isNotEqualTo(portA);
        HttpResponse<String> login = get(portA, "/login");
        HttpResponse<String> signedIn = post(portA, "/login", Map.of("username", "secretariat",
                "password", "secretariat-demo-2026", "_csrf", csrf(login)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // Instance B knows the session: the accounts page is the secretariat's.
        HttpResponse<String> accounts = get(portB, "/accounts");
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(accounts.body()).select("#accountMenu span:last-child").text()).isEqualTo("secretariat");

        // A form read from B is sent to A with B's CSRF token: accepted; the change is on B's status at once.
        HttpResponse<String> form = get(portB, "/actions/new");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> recorded = post(portA, "/actions", Map.of("iso3", "VAT", "treaty", "FIREARMS",
                "kind", "ACCESSION", "date", "2015-03-04", "reason", "two instances", "_csrf", csrf(form)));
        assertThat(recorded.statusCode()).as(Jsoup.parse(recorded.body()).select(".invalid-feedback, .alert").text())
                .isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElse("")).endsWith("/participants/VAT");
        try {
            HttpResponse<String> status = get(portB, "/api/treaties/FIREARMS/status?asOf=2015-03-05");
            assertThat(status.body()).contains("\"iso3\":\"VAT\",\"status\":\"party\"");
        } finally {
            jdbc.update("delete from treaty_action where created_by = 'secretariat' and action_date = '2015-03-04'"
                    + " and treaty_code = 'FIREARMS' and participant_id = (select id from participant where iso3 = 'VAT')");
        }

        // Signing out through B ends the session on A too.
        HttpResponse<String> page = get(portB, "/status");
        post(portB, "/logout", Map.of("_csrf", csrf(page)));
        assertThat(get(portA, "/accounts").statusCode()).isEqualTo(302);
    }

    @Test
    void guessesSentToOneInstanceSlowTheNameOnTheOther() throws Exception {
        String name = "guessed" + System.nanoTime();
        jdbc.update("delete from sign_in_failure where subject like 'address %'"); // other tests' failures, from this address too
        try {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = post(portA, "/login", Map.of("username", name, "password", "wrong" + i,
                        "_csrf", csrf(get(portA, "/login"))));
                assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login?error");
            }
            HttpResponse<String> slowed = post(portB, "/login", Map.of("username", name, "password", "another",
                    "_csrf", csrf(get(portB, "/login"))));
            assertThat(slowed.headers().firstValue("Location").orElse("")).contains("/login?wait=");
        } finally {
            jdbc.update("delete from sign_in_failure where subject = ? or subject like 'address %'", "name " + name);
        }
    }
}
