package org.tiptracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tiptracker.browser.HeadlessChromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.reporting.persistence.CycleService;

/**
 * A focal point writes and submits a measure report in a real browser (Debian's headless Chromium),
 * the text typed survives a page that is left without saving, and the secretariat then reads the
 * submitted report. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBrowserTests {

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
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Types a date as a person would into the date field (day/month/year, any digits). */
    private void typeDate(String id, String typed) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(typed);
    }

    @Test
    void aFocalPointWritesAndSubmitsAndTheSecretariatReadsIt() throws IOException {
        long cycleId = ReportTestSupport.openCycle(cycles, "URY");
        signIn("focal.argentina", "focal-demo-2026");

        driver.get(url("/my"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        screenshot("reports-my.png");
        click(By.cssSelector("#open-cycles tr[data-cycle-id='" + cycleId + "'] button.open-report"));
        waiting().until(ExpectedConditions.urlMatches("/reports/\\d+/edit$"));
        String editUrl = driver.getCurrentUrl();
        long reportId = Long.parseLong(editUrl.replaceAll(".*/reports/(\\d+)/edit$", "$1"));

        click(By.id("add-measure"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("m0-title")));
        new Select(driver.findElement(By.id("m0-heading"))).selectByValue("PROTECTION");
        new Select(driver.findElement(By.id("m0-typeCode"))).selectByValue("REFERRAL_MECHANISM");
        String title = "آلية وطنية لإحالة ضحايا الاتجار بالأشخاص";
        driver.findElement(By.id("m0-title")).sendKeys(title);

        // Leaving the page without saving loses nothing: the browser's copy comes back.
        driver.get(editUrl);
        waiting().until(d -> title.equals(d.findElement(By.id("m0-title")).getDomProperty("value")));
        assertThat(new Select(driver.findElement(By.id("m0-heading"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("PROTECTION");

        driver.findElement(By.id("m0-description")).sendKeys(
                "أنشأت الحكومة آلية وطنية لإحالة الضحايا تربط بين الشرطة والخدمات الاجتماعية ومنظمات المجتمع المدني.");
        typeDate("m0-startDate", "١٥/٠٦/٢٠٢٤");
        click(By.id("save"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(driver.findElement(By.id("m0-startDate")).getDomProperty("value")).isEqualTo("١٥/٠٦/٢٠٢٤");
        assertThat(driver.findElement(By.id("m0-title")).getDomProperty("value")).isEqualTo(title);
        assertThat(jdbc.queryForObject("select title from measure where report_id = ?", String.class, reportId)).isEqualTo(title);

        // Typed after the save, then the page is left: restored in place, with a notice and a way to discard it.
        driver.findElement(By.id("m0-description")).sendKeys(" وتعمل على مدار الساعة.");
        driver.get(editUrl);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-restored")));
        assertThat(driver.findElement(By.id("m0-description")).getDomProperty("value")).endsWith("وتعمل على مدار الساعة.");
        screenshot("reports-edit-restored.png");

        click(By.id("submit"));
        waiting().until(ExpectedConditions.urlMatches("/reports/" + reportId + "$"));
        assertThat(driver.findElement(By.id("notice")).getText()).contains("قُدِّم التقرير");
        assertThat(driver.findElement(By.cssSelector("[data-heading=PROTECTION] .measure-title")).getText()).contains(title);
        screenshot("reports-submitted-focal.png");
        assertThat(jdbc.queryForObject("select status from measure_report where id = ?", String.class, reportId))
                .isEqualTo("SUBMITTED");

        // The secretariat, in a new session, reads the submitted report.
        signIn("secretariat", "secretariat-demo-2026");
        driver.get(url("/reports/" + reportId));
        assertThat(driver.findElement(By.cssSelector(".report-status")).getText()).isEqualTo("مقدَّم");
        assertThat(driver.findElement(By.cssSelector("[data-heading=PROTECTION] .measure")).getText())
                .contains(title).contains("١٥ حزيران/يونيه ٢٠٢٤").contains("وتعمل على مدار الساعة.");
        assertThat(driver.findElements(By.id("accept-form"))).hasSize(1);
        screenshot("reports-submitted-secretariat.png");
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(driver, name);
    }
}
