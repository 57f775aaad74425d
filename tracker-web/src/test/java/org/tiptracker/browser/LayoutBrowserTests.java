package org.tiptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The page header at the widths people use (phone to wide desktop), in both languages, anonymous
 * and signed in: nothing in it lies outside the viewport, the page does not scroll sideways, no
 * menu label wraps, and the language switch, the search box and the account menu stay visible
 * whether the menu is expanded or collapsed under its toggler.
 */
class LayoutBrowserTests extends BrowserTest {

    /** Every visible control of the header that lies (partly) outside the viewport, with its edges. */
    private static final String OUTSIDE = "var w = document.documentElement.clientWidth; var out = [];"
            + " document.querySelectorAll('header a, header button, header input').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect(); if (r.width === 0 || r.height === 0) return;"
            + "  if (r.left < -0.5 || r.right > w + 0.5) out.push((e.id || e.textContent.trim()) + ' ' + r.left + '..' + r.right); });"
            + " return out;";

    private static final String WRAPPED = "var out = []; document.querySelectorAll('header .nav-link').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect(); if (r.height === 0) return;"
            + "  var line = parseFloat(getComputedStyle(e).lineHeight) || 24;"
            + "  if (e.getClientRects().length > 1 || r.height > 2 * line + 4) out.push(e.textContent.trim() + ' ' + r.height); });"
            + " return out;";

    @ParameterizedTest
    @CsvSource({
            "ar, 360, ", "en, 360, ", "ar, 1024, ", "en, 1280, ",
            "ar, 360, secretariat", "en, 360, secretariat", "ar, 768, secretariat", "en, 768, secretariat",
            "ar, 1024, secretariat", "en, 1024, secretariat", "ar, 1280, secretariat", "en, 1280, secretariat",
            "ar, 1440, secretariat", "en, 1440, secretariat", "ar, 1280, admin", "ar, 360, focal.peru",
            "en, 1024, focal.peru", "ar, 1440, focal.peru"})
    void theHeaderFitsEveryWidth(String lang, int width, String user) throws java.io.IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        if (user != null) {
            signIn(user, user.startsWith("focal.") ? "focal-demo-2026" : user + "-demo-2026");
        } else {
            driver.manage().deleteAllCookies();
        }
        driver.get(url("/status?lang=" + lang));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String where = lang + " " + width + " px " + (user == null ? "anonymous" : user);

        assertThat((List<?>) js.executeScript(OUTSIDE)).as("header items outside the viewport, " + where).isEmpty();
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .intValue()).as("sideways scroll, " + where).isLessThanOrEqualTo(0);
        assertThat(driver.findElement(By.id("site-search")).isDisplayed()).as("search box, " + where).isTrue();
        assertThat(driver.findElement(By.id("site-search")).getSize().getWidth()).as("search box width, " + where)
                .isGreaterThanOrEqualTo(140);
        assertThat(driver.findElement(By.id("lang-switch")).isDisplayed()).as("language switch, " + where).isTrue();
        if (user != null) {
            assertThat(driver.findElement(By.id("accountMenu")).isDisplayed()).as("account menu, " + where).isTrue();
        }
        int headerHeight = ((Number) js.executeScript("return document.querySelector('header').getBoundingClientRect().height;"))
                .intValue();
        assertThat(headerHeight).as("header height, " + where).isLessThan(width < 576 ? 150 : width < 992 ? 135 : 100); // phone: brand, controls, search box: three short rows

        boolean collapsed = driver.findElement(By.cssSelector("header .navbar-toggler")).isDisplayed();
        assertThat(collapsed).as("menu collapsed under the toggler below 1200 px, " + where).isEqualTo(width < 1200);
        if (collapsed) {
            driver.findElement(By.cssSelector("header .navbar-toggler")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("mainNav")).getAttribute("class").contains("show")
                            && !d.findElement(By.id("mainNav")).getAttribute("class").contains("collapsing"));
        }
        assertThat((List<?>) js.executeScript(WRAPPED)).as("menu labels on more than one line, " + where).isEmpty();
        assertThat((List<?>) js.executeScript(OUTSIDE)).as("header items outside the viewport, menu open, " + where).isEmpty();
        driver.findElement(By.id(user == null ? "treatiesMenu" : "reportsMenu")).click();
        assertThat((List<?>) js.executeScript("var w = document.documentElement.clientWidth; var out = [];"
                + " document.querySelectorAll('header .dropdown-menu.show .dropdown-item').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(); if (r.left < -0.5 || r.right > w + 0.5) out.push(e.textContent.trim()); });"
                + " return out;")).as("dropdown items outside the viewport, " + where).isEmpty();
        if (user != null) {
            driver.findElement(By.id("accountMenu")).click();
            assertThat(driver.findElement(By.id("sign-out")).isDisplayed()).as("sign out reachable, " + where).isTrue();
            assertThat((List<?>) js.executeScript(OUTSIDE)).as("account menu outside the viewport, " + where).isEmpty();
        }
        HeadlessChromium.screenshot(driver, "header-" + lang + "-" + width + "-" + (user == null ? "anonymous" : user) + ".png");
    }

    @ParameterizedTest
    @CsvSource({"ar, 360", "en, 360", "ar, 768"})
    void theParticipantStaysInViewWhileTheTreatyColumnsScroll(String lang, int width) throws java.io.IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.manage().deleteAllCookies();
        driver.get(url("/status?asOf=2016-05-30&lang=" + lang));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String where = lang + " " + width + " px";
        String edges = "var w = document.documentElement.clientWidth;"
                + " var name = document.querySelector('#status-table tbody tr td.name').getBoundingClientRect();"
                + " var last = document.querySelector('#status-table tbody tr td:last-child').getBoundingClientRect();"
                + " return [name.left, name.right, last.left, last.right, w];";
        js.executeScript("var box = document.querySelector('#status-table').closest('.table-responsive');"
                + " box.scrollLeft = (document.dir === 'rtl' ? -1 : 1) * box.scrollWidth;");
        List<?> after = (List<?>) js.executeScript(edges);
        double nameLeft = ((Number) after.get(0)).doubleValue();
        double nameRight = ((Number) after.get(1)).doubleValue();
        double lastLeft = ((Number) after.get(2)).doubleValue();
        double lastRight = ((Number) after.get(3)).doubleValue();
        double viewport = ((Number) after.get(4)).doubleValue();
        assertThat(nameLeft).as("participant column inside the viewport, " + where).isGreaterThanOrEqualTo(-0.5);
        assertThat(nameRight).as("participant column inside the viewport, " + where).isLessThanOrEqualTo(viewport + 0.5);
        assertThat(lastRight).as("last treaty column scrolled into view, " + where).isLessThanOrEqualTo(viewport + 0.5);
        assertThat(lastLeft).as("last treaty column scrolled into view, " + where).isGreaterThanOrEqualTo(-0.5);
        assertThat(nameRight - nameLeft).as("participant column width, " + where).isLessThan(viewport / 2);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .intValue()).as("the page itself does not scroll sideways, " + where).isLessThanOrEqualTo(0);
        HeadlessChromium.screenshot(driver, "status-scrolled-" + lang + "-" + width + ".png");
    }

    @ParameterizedTest
    @CsvSource({"ar, 1280", "ar, 360", "en, 1280", "en, 360"})
    void chartLabelsAreInsideTheChartAndInThePagesDigits(String lang, int width) throws java.io.IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.manage().deleteAllCookies();
        driver.get(url("/status/chart?lang=" + lang));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('parties-chart'));")));
        String where = lang + " " + width + " px";
        List<?> outside = (List<?>) js.executeScript("var c = Chart.getChart(document.getElementById('parties-chart'));"
                + " var out = []; c.scales.x.getLabelItems().forEach(function (item) {"
                + "  c.ctx.font = item.font.string; var w = c.ctx.measureText(item.label).width; var x = item.options.translation[0];"
                + "  var left = item.options.textAlign === 'left' ? x : item.options.textAlign === 'right' ? x - w : x - w / 2;"
                + "  if (left < -0.5 || left + w > c.width + 0.5) out.push(item.label + ' ' + left + '..' + (left + w)); });"
                + " return out;");
        assertThat(outside).as("x-axis labels clipped, " + where).isEmpty();
        String labels = (String) js.executeScript("var c = Chart.getChart(document.getElementById('parties-chart'));"
                + " return c.scales.x.getLabelItems().map(function (i) { return i.label; }).concat("
                + " c.scales.y.ticks.map(function (t) { return t.label; })).join('|');");
        assertThat(labels).as("axis labels, " + where).isNotBlank();
        if (lang.equals("ar")) {
            assertThat(labels).as("Arabic-Indic digits on both axes, " + where).doesNotContainPattern("[0-9]").containsPattern("[٠-٩]");
        } else {
            assertThat(labels).as("Latin digits on both axes, " + where).doesNotContainPattern("[٠-٩]").containsPattern("[0-9]");
        }
        HeadlessChromium.screenshot(driver, "chart-" + lang + "-" + width + ".png");
    }

    @org.junit.jupiter.api.Test
    void everyGeneratedParagraphHasACopyButtonThatCopiesItsText() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().deleteAllCookies();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (String path : List.of("/status/changes?from=2013-12-18&to=2016-05-30", "/trust-fund?asOf=2016-05-31", "/awareness")) {
            driver.get(url(path + "&lang=ar".replaceFirst("^&", path.contains("?") ? "&" : "?")));
            List<?> missing = (List<?>) js.executeScript("var out = [];"
                    + " document.querySelectorAll('.paragraph-draft, #fund-paragraph, #themes-sentence').forEach(function (p) {"
                    + "  if (!document.querySelector('button[data-copy-target=\"' + p.id + '\"]')) out.push(p.id); });"
                    + " return out;");
            assertThat(missing).as("paragraphs without a copy button on " + path).isEmpty();
        }
        driver.get(url("/status/changes?from=2013-12-18&to=2016-05-30&lang=ar"));
        String expected = driver.findElement(By.id("paragraph-ar-TIP")).getText().strip();
        org.openqa.selenium.WebElement copy = driver.findElement(By.id("copy-paragraph-ar-TIP"));
        js.executeScript("arguments[0].focus();", copy);
        copy.sendKeys(org.openqa.selenium.Keys.ENTER); // a person on the keyboard
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("copy-paragraph-ar-TIP")).getText().equals("نُسخ النص"));
        // what was copied is the paragraph: paste it into a text box
        js.executeScript("var t = document.createElement('textarea'); t.id = 'paste-here'; document.body.appendChild(t); t.focus();");
        driver.findElement(By.id("paste-here")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "v"));
        assertThat(driver.findElement(By.id("paste-here")).getDomProperty("value").strip()).isEqualTo(expected);
        assertThat(expected).contains("بروتوكول");
    }
}
