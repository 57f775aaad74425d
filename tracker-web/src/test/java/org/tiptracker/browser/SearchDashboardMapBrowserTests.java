package org.tiptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: searching from the header in both languages, moving the dashboard to a date
 * with its date picker, and the map's hover details and year slider.
 */
class SearchDashboardMapBrowserTests extends BrowserTest {


    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void searchingFromTheHeaderInArabicAndEnglish() throws IOException {
        driver.get("http://localhost:" + port + "/status?lang=ar");
        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys("الارجنتين", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/search"));
        assertThat(driver.findElement(By.cssSelector("#search-participant .search-hit a")).getText()).isEqualTo("الأرجنتين");
        HeadlessChromium.screenshot(driver, "search-ar.png");
        driver.get("http://localhost:" + port + "/status?lang=en");
        driver.findElement(By.id("site-search")).sendKeys("A/RES/70/179", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/search"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(driver.findElement(By.cssSelector("#search-document .search-hit")).getText()).contains("A/RES/70/179");
    }

    @Test
    void theDashboardMovesToTheDatePicked() throws IOException {
        driver.get("http://localhost:" + port + "/?lang=en");
        WebElement date = driver.findElement(By.id("asOf"));
        // A text field in the page's form, which says that form next to it: typed day first.
        assertThat(date.getDomAttribute("type")).isEqualTo("text");
        assertThat(driver.findElement(By.id("asOf-format")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("asOf-format")).getText()).isEqualTo("dd/mm/yyyy, e.g. 30/05/2016");
        // The browser compiles the field's pattern (it ignores one it cannot) and checks typed text with it.
        Object mismatches = ((JavascriptExecutor) driver).executeScript(
                "var f = arguments[0], out = [];"
                + " ['30/05/2016', '٣٠/٠٥/٢٠١٦', '2016-05-30', '05/30/16', 'abc'].forEach(function (v) {"
                + " f.value = v; out.push(f.validity.patternMismatch); });"
                + " f.value = ''; return out;", date);
        assertThat(mismatches).isEqualTo(java.util.List.of(false, false, false, true, true));
        date.clear();
        date.sendKeys("30/05/2016");
        driver.findElement(By.cssSelector("#dashboard-date button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("asOf=30%2F05%2F2016"));
        assertThat(driver.findElement(By.id("dashboard-as-of")).getText()).isEqualTo("As of 30 May 2016");
        assertThat(driver.findElement(By.id("asOf")).getDomProperty("value")).isEqualTo("30/05/2016");
        assertThat(driver.findElement(By.cssSelector("[data-treaty=TIP] .figure-value")).getText()).isEqualTo("169");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        waiting().until(d -> Boolean.TRUE.equals(js.executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('dashboard-parties'));")));
        Object last = js.executeScript("var c = Chart.getChart(document.getElementById('dashboard-parties'));"
                + " var tip = c.data.datasets.filter(function (s) { return s.label.indexOf('Trafficking') === 0; })[0];"
                + " return tip.data[tip.data.length - 1];");
        assertThat(((Number) last).intValue()).isEqualTo(169);
        HeadlessChromium.screenshot(driver, "dashboard-en.png");
    }

    @Test
    void theMapShowsDetailsOnHoverAndTheSliderMovesItToAYearsEnd() throws IOException {
        driver.get("http://localhost:" + port + "/map?treaty=TIP&asOf=2016-05-30&lang=en");
        waiting().until(d -> d.findElements(By.cssSelector("#world-map path.map-shape")).size() > 150);
        WebElement brazil = driver.findElement(By.cssSelector("#world-map path[data-iso3=BRA]"));
        assertThat(brazil.getDomAttribute("class")).contains("map-party");
        new Actions(driver).moveToElement(brazil).perform();
        waiting().until(d -> d.findElement(By.id("map-details")).getText().startsWith("Brazil"));
        assertThat(driver.findElement(By.id("map-details")).getText()).contains("Party").contains("2004");
        HeadlessChromium.screenshot(driver, "map-en.png");
        WebElement slider = driver.findElement(By.id("map-year"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2005';"
                + " arguments[0].dispatchEvent(new Event('input')); arguments[0].dispatchEvent(new Event('change'));", slider);
        waiting().until(d -> d.getCurrentUrl().contains("asOf=2005-12-31"));
        waiting().until(d -> d.findElements(By.cssSelector("#world-map path.map-shape")).size() > 150);
        assertThat(driver.findElement(By.id("map-title")).getText()).contains("31 December 2005");
        int parties2005 = Integer.parseInt(driver.findElement(By.cssSelector("#map-legend [data-status=party] .map-count")).getText());
        assertThat(parties2005).isLessThan(169).isPositive();
        assertThat(driver.findElements(By.cssSelector("#world-map path.map-party"))).hasSizeLessThan(169);
    }
}
