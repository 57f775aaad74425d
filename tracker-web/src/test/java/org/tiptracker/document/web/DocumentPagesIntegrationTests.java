package org.tiptracker.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The registry's pages through HTTP on the real database: browsing, citations, the secretariat's changes and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyoneBrowsesWithUnArabicCitations() throws Exception {
        Document page = page(mvc.perform(get("/documents")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#documents-table td a").eachText())
                .contains("قرار الجمعية العامة ١٧٩/٧٠", "قرار المجلس الاقتصادي والاجتماعي ٢٧/٢٠٠٦", "\u2066S/PRST/2015/25\u2069"); // a symbol inside Arabic text is isolated

        Document council = page(mvc.perform(get("/documents").param("organ", "SECURITY_COUNCIL")).andReturn());
        assertThat(council.select("#documents-table tbody tr")).hasSize(5);

        // a citation finds its document in every form people write it, in both digit styles and both orders
        for (String citation : List.of("١٧٩/٧٠", "179/70", "70/179", "٧٠/١٧٩", "A/RES/70/179", "a/res/70/179", "قرارها ١٧٩/٧٠",
                "قرار الجمعية العامة ١٧٩/٧٠")) {
            Document found = page(mvc.perform(get("/documents").param("q", citation)).andReturn());
            assertThat(found.select("#documents-table tbody tr").text()).as(citation).contains("A/RES/70/179");
        }
        assertThat(page(mvc.perform(get("/documents").param("q", "٢٧/٢٠٠٦")).andReturn()).select("#documents-table tbody tr").text())
                .contains("E/RES/2006/27").doesNotContain("A/RES/70/179");
        assertThat(page(mvc.perform(get("/documents").param("q", "999/99")).andReturn()).select("#documents-table tbody tr a")).isEmpty();
        Document searched = page(mvc.perform(get("/documents").param("q", "الاشخاص تنسيق")).andReturn());
        assertThat(searched.select("#documents-table td a").eachText()).containsExactly("قرار الجمعية العامة ١٧٩/٧٠");

        Document english = page(mvc.perform(get("/documents").param("lang", "en").param("organ", "CONFERENCE_OF_THE_PARTIES")
                .param("kind", "DECISION")).andReturn());
        assertThat(english.select("#documents-table td a").eachText()).containsExactly("Conference of the Parties decision 4/4");
    }

    @Test
    void aSymbolLeadsToItsPageWithParagraphs() throws Exception {
        MvcResult found = mvc.perform(get("/documents/find").param("symbol", "A/RES/70/179"))
                .andExpect(redirectedUrlPattern("/documents/*")).andReturn();
        Document detail = page(mvc.perform(get(found.getResponse().getRedirectedUrl())).andExpect(status().isOk()).andReturn());
        assertThat(detail.select("#document-citation").text()).isEqualTo("قرار الجمعية العامة ١٧٩/٧٠");
        assertThat(detail.select("#citation-own").text()).isEqualTo("قرارها ١٧٩/٧٠");
        assertThat(detail.select("#document-facts").text()).contains("١٧ كانون الأول/ديسمبر ٢٠١٥", "A/RES/70/179");

        Document english = page(mvc.perform(get(found.getResponse().getRedirectedUrl()).param("lang", "en")).andReturn());
        assertThat(english.select("#document-citation").text()).isEqualTo("General Assembly resolution 70/179");
        // The Arabic citations are given on English pages too, to be copied into an Arabic text.
        assertThat(english.select("#citation-ar").text()).isEqualTo("قرار الجمعية العامة ١٧٩/٧٠");
        assertThat(english.select("#citation-own").text()).isEqualTo("قرارها ١٧٩/٧٠");

        Document unknown = page(mvc.perform(get("/documents/find").param("symbol", "A/RES/99/999"))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(unknown.text()).contains("لا يضم السجل الوثيقة A/RES/99/999");

        long draft = jdbc.queryForObject("select id from un_document where kind = 'DRAFT_RESOLUTION' and year = 2020", Long.class);
        Document paragraphs = page(mvc.perform(get("/documents/" + draft)).andExpect(status().isOk()).andReturn());
        assertThat(paragraphs.select("#paragraph-list > li")).hasSize(28);
        assertThat(paragraphs.select("#paragraph-list strong").eachText()).contains("١٣ (أ) -", "١٧ -");
        // Anonymous visitors see no edit controls.
        assertThat(paragraphs.select("a[href$=/edit]")).isEmpty();
    }

    @Test
    void aDocumentShowsWhatCitesIt() throws Exception {
        long id = jdbc.queryForObject("select id from un_document where symbol = 'A/RES/70/179'", Long.class);
        Document page = page(mvc.perform(get("/documents/" + id)).andExpect(status().isOk()).andReturn());
        List<String> cycles = jdbc.queryForList("select title_ar from reporting_cycle where resolution = 'A/RES/70/179'", String.class);
        assertThat(cycles).isNotEmpty();
        assertThat(page.select("#citing-cycles li").eachText()).containsExactlyInAnyOrderElementsOf(cycles);
        // Cycles are named to everyone but linked only for those who may open them.
        assertThat(page.select("#citing-cycles a")).isEmpty();
        Document analysts = page(mvc.perform(get("/documents/" + id).with(ANALYST)).andReturn());
        assertThat(analysts.select("#citing-cycles a").eachText()).containsExactlyInAnyOrderElementsOf(cycles);
        Document focal = page(mvc.perform(get("/documents/" + id).with(user("focal.argentina").roles("FOCAL_POINT"))).andReturn());
        assertThat(focal.select("#citing-cycles a")).isEmpty();
        long measures = jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " where r.status in ('SUBMITTED', 'ACCEPTED') and m.resolution_ref like '%A/RES/70/179%'", Long.class);
        assertThat(measures).isPositive();
        assertThat(page.select("#citing-measures").text()).endsWith(": " + new org.tiptracker.arabic.UnArabic(
                org.tiptracker.arabic.DigitStyle.ARABIC_INDIC).integer(measures));

        // A symbol that is the start of another one's (A/RES/70/17 and A/RES/70/179) is not confused with it.
        MvcResult created = mvc.perform(post("/documents").with(SECRETARIAT).with(csrf()).param("organ", "GENERAL_ASSEMBLY")
                .param("kind", "RESOLUTION").param("number", "70/17").param("symbol", "A/RES/70/17").param("year", "2015"))
                .andExpect(redirectedUrlPattern("/documents/*")).andReturn();
        Document other = page(mvc.perform(get(created.getResponse().getRedirectedUrl())).andReturn());
        assertThat(other.select("#citing")).isEmpty();
    }

    @Test
    void theSecretariatAddsAndCorrectsWithMessagesNextToTheFields() throws Exception {
        long before = count();
        long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        Document refused = page(mvc.perform(post("/documents").with(SECRETARIAT).with(csrf())
                        .param("organ", "GENERAL_ASSEMBLY").param("kind", "RESOLUTION").param("number", "179/70/1")
                        .param("year", "٢٠١٥").param("titleAr", "<b>عنوان</b>"))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select("#number ~ .invalid-feedback").text()).contains("تعذرت قراءة الرقم 179/70/1");
        assertThat(refused.select("#titleAr").text()).isEqualTo("<b>عنوان</b>");
        assertThat(count()).isEqualTo(before);

        MvcResult created = mvc.perform(post("/documents").with(SECRETARIAT).with(csrf())
                        .param("organ", "GENERAL_ASSEMBLY").param("kind", "RESOLUTION").param("number", "٧٥/٩٩٩٨")
                        .param("symbol", "A/RES/75/9998").param("year", "٢٠٢٠").param("adoptedOn", "2020-12-16")
                        .param("titleAr", "<b>عنوان</b>"))
                .andExpect(redirectedUrlPattern("/documents/*")).andReturn();
        String url = created.getResponse().getRedirectedUrl();
        Document shown = page(mvc.perform(get(url)).andReturn());
        assertThat(shown.select("#document-citation").text()).isEqualTo("قرار الجمعية العامة ٩٩٩٨/٧٥");
        assertThat(shown.select("p.lead").html()).contains("&lt;b&gt;");
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        long version = jdbc.queryForObject("select version from un_document where id = ?", Long.class, id);

        mvc.perform(post(url).with(SECRETARIAT).with(csrf()).param("organ", "GENERAL_ASSEMBLY").param("kind", "RESOLUTION")
                        .param("number", "75/9998").param("year", "2020").param("titleAr", "العنوان الأول")
                        .param("version", Long.toString(version)))
                .andExpect(redirectedUrl(url));
        // The same old version again: a conflict, the first change kept, the second still in the form.
        Document conflict = page(mvc.perform(post(url).with(SECRETARIAT).with(csrf()).param("organ", "GENERAL_ASSEMBLY")
                        .param("kind", "RESOLUTION").param("number", "75/9998").param("year", "2020")
                        .param("titleAr", "العنوان الثاني").param("version", Long.toString(version)))
                .andExpect(status().isConflict()).andReturn());
        assertThat(conflict.select("#titleAr").text()).isEqualTo("العنوان الثاني");
        assertThat(conflict.select(".alert-warning pre").text()).contains("العنوان الأول");
        assertThat(jdbc.queryForObject("select title_ar from un_document where id = ?", String.class, id)).isEqualTo("العنوان الأول");

        mvc.perform(post(url + "/paragraphs").with(SECRETARIAT).with(csrf()).param("number", "1")
                .param("textAr", "يقرر أن يبقي المسألة قيد نظره")).andExpect(redirectedUrl(url + "#paragraphs"));
        Document missing = page(mvc.perform(post(url + "/paragraphs").with(SECRETARIAT).with(csrf()).param("number", "1")
                .param("textAr", " ")).andExpect(status().isOk()).andReturn());
        assertThat(missing.select("#textAr ~ .invalid-feedback").text()).isEqualTo("أدخل نص الفقرة بالعربية.");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type in ('Document', 'DocumentParagraph')"
                + " and username = 'secretariat' and id > ?", Long.class, lastAudit)).isEqualTo(3);
    }

    @Test
    void onlyTheSecretariatChangesTheRegistry() throws Exception {
        long id = jdbc.queryForObject("select id from un_document where symbol = 'A/RES/70/179'", Long.class);
        mvc.perform(get("/documents/" + id + "/edit").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + id + "/delete").with(ANALYST).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + id + "/delete").with(SECRETARIAT).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/documents/" + id + "/edit").with(SECRETARIAT)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from un_document where id = ?", Long.class, id)).isEqualTo(1);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from un_document", Long.class);
    }

    private static Document page(MvcResult result) {
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
