package org.tiptracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.browser.HeadlessChromium;
import org.tiptracker.reporting.persistence.CycleService;

/**
 * The report editor's automatic save when the session expires (Debian's headless Chromium): the
 * text typed afterwards stays in the browser, the page asks to sign in again in another tab, and
 * once that is done the next automatic save stores it. The page saves every minute; in this
 * browser the page's timers are shortened to a second (a script run before the page's own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportAutosaveBrowserTests {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(function () { var every = window.setInterval;"
                        + " window.setInterval = function (f, ms) { return every.call(window, f, Math.min(ms || 0, 1000)); }; }());"));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private List<String> stored(String column, long reportId) {
        return jdbc.queryForList("select " + column + " from measure where report_id = ? order by position", String.class,
                reportId);
    }

    @Test
    void textTypedAfterTheSessionExpiredIsSavedOnceTheUserSignsInAgain() throws IOException {
        long cycleId = ReportTestSupport.openCycle(cycles, "CHL");
        signIn("focal.argentina", "focal-demo-2026");
        driver.get(url("/my"));
        click(By.cssSelector("#open-cycles tr[data-cycle-id='" + cycleId + "'] button.open-report"));
        waiting().until(ExpectedConditions.urlMatches("/reports/\\d+/edit$"));
        long reportId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/reports/(\\d+)/edit$", "$1"));

        click(By.id("add-measure"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("m0-title")));
        new Select(driver.findElement(By.id("m0-heading"))).selectByValue("PREVENTION");
        new Select(driver.findElement(By.id("m0-typeCode"))).selectByValue("AWARENESS_CAMPAIGN");
        String title = "حملة وطنية للتوعية بمخاطر الاتجار بالأشخاص";
        driver.findElement(By.id("m0-title")).sendKeys(title);
        // signed in: the automatic save stores the measure
        waiting().until(d -> stored("title", reportId).equals(List.of(title)));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-saved")));

        // The session expires (the browser no longer has it), and the user goes on typing.
        driver.manage().deleteCookieNamed("JSESSIONID");
        String description = "حملة في المدارس والجامعات ووسائل الإعلام بالتعاون مع منظمات المجتمع المدني.";
        driver.findElement(By.id("m0-description")).sendKeys(description);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-expired")));
        HeadlessChromium.screenshot(driver, "reports-autosave-expired.png");
        assertThat(stored("description", reportId)).containsExactly("");
        // the text is kept in this browser meanwhile
        assertThat((String) ((JavascriptExecutor) driver).executeScript("var s = window.localStorage, out = '';"
                + " for (var i = 0; i < s.length; i++) { if (s.key(i).indexOf('tip-report-draft:" + reportId + ":') === 0)"
                + " { out += s.getItem(s.key(i)); } } return out;")).contains(description);

        // The user signs in again in another tab and comes back: the next automatic save stores the text.
        String editor = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        signIn("focal.argentina", "focal-demo-2026");
        driver.close();
        driver.switchTo().window(editor);
        waiting().until(d -> stored("description", reportId).equals(List.of(description)));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft-expired")));
        assertThat(driver.findElement(By.id("draft-saved")).isDisplayed()).isTrue();
        assertThat(stored("title", reportId)).containsExactly(title);
        HeadlessChromium.screenshot(driver, "reports-autosave-saved-again.png");
    }
}
