package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every edit form, new, in both languages: it opens, every message it shows exists (no
 * {@code ??key??}), and every field has a label with text (the fields are drawn by one fragment,
 * fragments/form :: field, from their names and message keys).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormPagesIntegrationTests {

    static final List<String> FORMS = List.of("/cycles/new", "/activities/new", "/documents/new", "/actions/new",
            "/trust-fund/contributions/new", "/trust-fund/expenditures/new", "/trust-fund/grants/new",
            "/trust-fund/donors/new", "/trust-fund/calls/new", "/trust-fund/board/new", "/awareness/themes/new",
            "/awareness/blue-heart/new", "/icat/chairs/new", "/icat/members/new", "/icat/papers/new",
            "/working-group/meetings/new", "/working-group/recommendations/new", "/report-drafts/new",
            "/global-report/editions/new");

    @Autowired
    MockMvc mvc;

    @Test
    void everyFormOpensWithItsMessagesAndAllItsLabels() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : FORMS) {
            for (String lang : List.of("ar", "en")) {
                MockHttpServletResponse response = mvc.perform(get(path).param("lang", lang)
                        .with(user("secretariat").roles("SECRETARIAT"))).andReturn().getResponse();
                String what = path + "?lang=" + lang;
                if (response.getStatus() != 200) {
                    problems.add(what + " answered " + response.getStatus());
                    continue;
                }
                String html = response.getContentAsString(StandardCharsets.UTF_8);
                if (html.contains("??")) {
                    problems.add(what + " shows a missing message");
                }
                Document page = Jsoup.parse(html);
                for (Element field : page.select("form input:not([type=hidden]):not([type=submit]), form select, form textarea")) {
                    String id = field.id();
                    if (id.isEmpty() || field.closest("[role=search]") != null || field.closest("header") != null) {
                        continue;
                    }
                    Element label = page.selectFirst("label[for=" + id + "]");
                    if ((label == null || label.text().isBlank()) && field.attr("aria-label").isBlank()) {
                        problems.add(what + ": field " + id + " has no label");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
