package org.tiptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Trust Fund page in a real browser (Debian's headless Chromium), in Arabic: a figure of the
 * 2016 report in Arabic-Indic digits and the two Chart.js charts drawn with the computed data.
 */
class TrustFundBrowserTests extends BrowserTest {


    @Test
    void trustFundInArabicWithAFigureAndCharts() throws IOException {
        driver.get("http://localhost:" + port + "/trust-fund?asOf=2016-05-31&lang=ar");
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector("#fig-paid .figure-value")).getText()).isEqualTo("٢,٣ مليون دولار");
        assertThat(driver.findElement(By.cssSelector("#fig-countries .figure-value")).getText()).isEqualTo("٢٦");

        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('contributions-chart'))"
                        + " && !!Chart.getChart(document.getElementById('regions-chart'));")));
        Object years = js.executeScript("var c = Chart.getChart(document.getElementById('contributions-chart'));"
                + " return c.config.type + ':' + c.data.datasets[0].data.length + ':' + c.data.datasets[0].data[5];");
        assertThat(years).isEqualTo("bar:6:357701");
        Object regions = js.executeScript("var c = Chart.getChart(document.getElementById('regions-chart'));"
                + " return c.data.datasets[0].data.reduce(function (a, b) { return a + b; }, 0);");
        assertThat(((Number) regions).intValue()).isEqualTo(30);
        Object labels = js.executeScript("return Chart.getChart(document.getElementById('contributions-chart')).data.labels[0];");
        assertThat(labels).isEqualTo("٢٠١٠");
        // The amount axis prints UN Arabic amounts: Arabic-Indic digits, groups of three separated by '.'.
        Object ticks = js.executeScript("return Chart.getChart(document.getElementById('contributions-chart'))"
                + ".scales.y.ticks.map(function (t) { return t.label; }).join('|');");
        assertThat(ticks.toString().split("\\|")).contains("٠", "٢٠٠.٠٠٠").noneMatch(t -> t.matches(".*[0-9].*"));
        // The canvas was really drawn on: it has a size.
        WebElement canvas = driver.findElement(By.id("contributions-chart"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(100);
        HeadlessChromium.screenshot(driver, "trust-fund-ar.png");
    }
}
