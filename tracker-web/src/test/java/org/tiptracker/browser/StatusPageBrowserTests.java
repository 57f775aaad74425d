package org.tiptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The status page in a real browser (Debian's headless Chromium): Arabic, right to left, the
 * counts of the 2016 report, a search; screenshots go to {@code target/screenshots/}.
 */
class StatusPageBrowserTests extends BrowserTest {


    @Test
    void statusInArabicWithCountsAndSearch() throws IOException {
        driver.get("http://localhost:" + port + "/status?asOf=2016-05-30");
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(driver.findElement(By.cssSelector("#count-UNTOC .parties")).getText()).isEqualTo("١٨٦");
        assertThat(driver.findElement(By.cssSelector("#count-TIP .parties")).getText()).isEqualTo("١٦٩");
        assertThat(driver.findElements(By.cssSelector("#status-table tbody tr"))).hasSize(198);
        // Right to left for real: the participant column is laid out at the right edge.
        WebElement firstHeader = driver.findElement(By.cssSelector("#status-table thead th"));
        WebElement table = driver.findElement(By.id("status-table"));
        assertThat(firstHeader.getRect().getX() + firstHeader.getRect().getWidth())
                .isGreaterThan(table.getRect().getX() + table.getRect().getWidth() / 2);
        screenshot("status-ar.png");

        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("الجمهوريه التشيكيه");
        driver.findElement(By.cssSelector("#status-filter button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#status-table tbody tr"), 1));
        WebElement row = driver.findElement(By.cssSelector("#status-table tbody tr"));
        assertThat(row.getDomAttribute("data-iso3")).isEqualTo("CZE");
        assertThat(row.getText()).contains("الجمهورية التشيكية").contains("١٧ كانون الأول/ديسمبر ٢٠١٤");
        screenshot("status-ar-search.png");

        driver.findElement(By.id("lang-switch")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "ltr".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        assertThat(driver.findElement(By.cssSelector("#status-table tbody tr")).getText()).contains("Czech Republic");
        driver.get("http://localhost:" + port + "/status?lang=ar");
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(driver, name);
    }
}
