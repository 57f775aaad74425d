package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.DateEntry;

/**
 * Every date field of the interface is the shared one ({@code fragments/form :: dateEntry}): no
 * template asks for the browser's date picker, which shows the browser's form, not the page's.
 */
class DateFieldTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern BROWSER_DATE = Pattern.compile("type\\s*=\\s*[\"']date[\"']|th:type\\s*=\\s*\"'date'\"|type\\s*=\\s*'date'",
            Pattern.CASE_INSENSITIVE);

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noTemplateAsksForTheBrowsersDatePicker() {
        List<Path> all = templates();
        assertThat(all).hasSizeGreaterThan(50);
        List<String> offenders = all.stream().filter(p -> BROWSER_DATE.matcher(read(p)).find())
                .map(p -> TEMPLATES.relativize(p).toString()).toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void theScanFindsABrowserDatePickerWhenThereIsOne() {
        assertThat(BROWSER_DATE.matcher("<input type=\"date\" name=\"asOf\">").find()).isTrue();
        assertThat(BROWSER_DATE.matcher("~{fragments/form :: input(name='date', type='date')}").find()).isTrue();
        assertThat(BROWSER_DATE.matcher("<input type=\"text\" name=\"date\">").find()).isFalse();
    }

    @Test
    void theDateFieldsPatternLetsThroughWhatTheServerReadsAndStopsTheRest() {
        String pattern = Jsoup.parse(read(TEMPLATES.resolve("fragments/form.html")))
                .select("input.date-entry").attr("pattern");
        assertThat(pattern).isNotBlank();
        // A browser checks the whole value against the pattern, as matches() does.
        Pattern field = Pattern.compile(pattern);
        for (String good : List.of("30/05/2016", "٣٠/٠٥/٢٠١٦", "۳۰-۰۵-۲۰۱۶", "30.5.2016", "2016-05-30", " 30/05/2016 ")) {
            assertThat(field.matcher(good).matches()).as(good).isTrue();
            assertThat(DateEntry.parse(good)).as(good).isPresent();
        }
        for (String bad : List.of("30/05-2016", "30 May 2016", "2016/05/30", "30/05/16", "abc")) {
            assertThat(field.matcher(bad).matches()).as(bad).isFalse();
            assertThat(DateEntry.parse(bad)).as(bad).isEmpty();
        }
    }
}
