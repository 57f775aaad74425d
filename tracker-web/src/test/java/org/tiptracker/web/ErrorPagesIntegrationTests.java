package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages through the real server (errors are forwarded to /error, which MockMvc does not do). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyLargerThanTheLimitGetsTheApplicationsPageInArabic() throws Exception {
        byte[] body = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/documents"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select(".alert").text()).contains("٣ ميغابايت");
    }

    @Test
    void theApiAskedForHtmlGetsTheApplicationsPageNotAWhitelabelOne() throws Exception {
        HttpResponse<String> response = get("/api/treaties/NOPE/status");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).doesNotContain("Whitelabel");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("تعذّرت الإجابة عن الطلب");
    }

    @Test
    void invalidUtf8InAQueryGetsTheApplicationsPageNotAServerError() throws Exception {
        HttpResponse<String> response = get("/search?q=%C3%28");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("html").attr("lang")).isEqualTo("ar");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void errorAskedForDirectlyIsNotFoundNotAServerError() throws Exception {
        HttpResponse<String> response = get("/error");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void theLanguageLinkOfAnErrorPageKeepsThePageThatWasAskedFor() throws Exception {
        HttpResponse<String> response = get("/no-such-page?x=1&lang=ar");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#lang-switch").attr("href")).isEqualTo("/no-such-page?x=1&lang=en");
        HttpResponse<String> forbidden = get("/accounts");
        Document login = Jsoup.parse(forbidden.body());
        assertThat(login.select("#lang-switch").attr("href")).doesNotContain("/error");
    }
}
