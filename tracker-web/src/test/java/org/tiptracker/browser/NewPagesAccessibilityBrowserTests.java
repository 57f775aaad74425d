package org.tiptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard, the search page and the map pass axe-core (its default rules: WCAG 2 A and AA and
 * best practices) with no violation, in both languages, on a desktop and at 360 px.
 */
class NewPagesAccessibilityBrowserTests extends BrowserTest {

    static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = NewPagesAccessibilityBrowserTests.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }


    /** The check can fail: an image without a text alternative, added to the dashboard, is reported. */
    @org.junit.jupiter.api.Test
    void axeReportsAViolationWhenThereIsOne() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("http://localhost:" + port + "/?lang=en");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("var i = document.createElement('img'); i.src = 'data:,'; document.getElementById('content').appendChild(i);");
        assertThat(violations(js)).anyMatch(v -> v.toString().startsWith("image-alt"));
    }

    private static List<?> violations(JavascriptExecutor js) {
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (List<?>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document).then(function (r) { done(r.violations.map(function (v) {"
                + " return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
    }

    @ParameterizedTest
    @CsvSource({
            "/?asOf=2016-05-30, ar, 1280", "/?asOf=2016-05-30, en, 1280", "/, ar, 360", "/, en, 360",
            "/search?q=الاتجار, ar, 1280", "/search?q=trafficking, en, 1280", "/search?q=A/RES/70/179, ar, 360",
            "/search?q=recruitment&kind=activity, en, 360",
            "/map?treaty=TIP&asOf=2016-05-30, ar, 1280", "/map?treaty=UNTOC, en, 1280", "/map, ar, 360", "/map, en, 360",
            "/trust-fund?asOf=2016-05-31, ar, 1280", "/trust-fund, en, 360", "/trust-fund/contributions, ar, 1280",
            "/trust-fund/board, en, 1280", "/status?asOf=2020-10-15, ar, 1280", "/status, en, 360",
            "/status/changes?from=2013-12-18&to=2016-05-30, ar, 1280", "/status/chart, en, 1280",
            "/documents, ar, 1280", "/working-group, en, 1280", "/awareness, ar, 1280", "/global-report, ar, 1280"})
    void noAxeViolation(String path, String lang, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (path.startsWith("/map")) {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> js.executeScript(
                    "return document.getElementById('world-map').getAttribute('data-drawn');") != null);
        }
        assertThat(violations(js)).as(path + " " + lang + " " + width + " px").isEmpty();
    }
}
