package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One digit style per page: an Arabic page prints its numbers in Arabic-Indic digits (the
 * configured style) everywhere, in tables, row numbers, titles and sessions; only what is Latin
 * on purpose keeps Latin digits: document symbols (isolated, U+2066 … U+2069), codes and text
 * marked as another language ({@code lang="en"}, {@code dir="ltr"}, {@code .latin}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneDigitStylePerPageIntegrationTests {

    private static final Pattern ISOLATED = Pattern.compile("\u2066[^\u2069]*\u2069");
    private static final Pattern LATIN_DIGITS = Pattern.compile(".{0,30}[0-9].{0,30}");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/status?asOf=2016-05-30", "/status/changes?from=2013-12-18&to=2016-05-30", "/documents",
            "/working-group", "/awareness", "/global-report", "/agencies"})
    void anArabicPagePrintsArabicIndicDigitsOutsideWhatIsLatinOnPurpose(String path) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=ar"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Element main = page.selectFirst("main");
        assertThat(main).isNotNull();
        main.select("[lang=en], [dir=ltr], .latin, .iso, .symbol, script, form, bdi[dir=ltr]").remove();
        String text = ISOLATED.matcher(main.wholeText()).replaceAll(" ");
        Matcher latin = LATIN_DIGITS.matcher(text);
        StringBuilder found = new StringBuilder();
        while (latin.find() && found.length() < 600) {
            found.append("[").append(latin.group().strip()).append("] ");
        }
        assertThat(found.toString()).as(path + ": Latin digits in Arabic text").isEmpty();
        assertThat(text).as(path).containsPattern("[٠-٩]");
    }
}
