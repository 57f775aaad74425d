package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page names its stylesheets and scripts by URLs holding their content's hash; those URLs are
 * kept by browsers for a year and sent as the build's brotli or gzip copies; the plain names are
 * revalidated on every use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticAssetsIntegrationTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars|vendor)/[^\"]+)\"");
    private static final Pattern HASHED = Pattern.compile(".+-[0-9a-f]{32}\\.(css|js)$");

    @Autowired
    MockMvc mvc;

    @Test
    void aPageNamesEveryStaticFileByItsContentHash() throws Exception {
        List<String> assets = assetsOf("/status/chart");
        assertThat(assets).anyMatch(url -> url.startsWith("/webjars/bootstrap/") && url.contains("bootstrap.rtl.min-"))
                .anyMatch(url -> url.startsWith("/css/tracker-"))
                .anyMatch(url -> url.startsWith("/webjars/chart.js/"))
                .allMatch(url -> HASHED.matcher(url).matches());
        assertThat(assetsOf("/status/chart?lang=en")).anyMatch(url -> url.contains("/bootstrap.min-"));
    }

    @Test
    void hashedFilesAreKeptAYearAndSentPrecompressed() throws Exception {
        String stylesheet = assetsOf("/status/chart").stream().filter(url -> url.contains("bootstrap.rtl.min-")).findFirst().orElseThrow();

        MockHttpServletResponse brotli = mvc.perform(get(stylesheet).header("Accept-Encoding", "br, gzip"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(brotli.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(brotli.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(brotli.getHeader("Vary")).contains("Accept-Encoding");

        MockHttpServletResponse gzip = mvc.perform(get(stylesheet).header("Accept-Encoding", "gzip"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
        byte[] body = gzip.getContentAsByteArray();
        assertThat(body[0] & 0xff).isEqualTo(0x1f);
        assertThat(body[1] & 0xff).isEqualTo(0x8b);
        assertThat(body.length).isLessThan(brotli.getContentAsByteArray().length * 2).isGreaterThan(1000);

        MockHttpServletResponse plain = mvc.perform(get(stylesheet)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).contains("Bootstrap").contains(".text-start{text-align:right!important}");
    }

    @Test
    void plainNamesAreRevalidatedAndAStaleHashIsNotFound() throws Exception {
        MockHttpServletResponse plain = mvc.perform(get("/css/tracker.css")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getHeader("Cache-Control")).contains("no-cache").doesNotContain("immutable");
        MockHttpServletResponse stale = mvc.perform(get("/css/tracker-0123456789abcdef0123456789abcdef.css"))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(stale.getHeader("Cache-Control")).doesNotContain("immutable");
    }

    private List<String> assetsOf(String page) throws Exception {
        String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> urls = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            urls.add(matcher.group(1));
        }
        assertThat(urls).isNotEmpty();
        return urls;
    }
}
