package org.tiptracker.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The report drafts end to end on the demonstration draft of the 2016 report (A/71/DEMO, built at
 * start-up from the reference records and the closed demonstration cycle): the figures of seed 001
 * on the page, editing with a stale version refused, regeneration keeping typed text, review and
 * final, Word files of the report and of a chapter, the counted rows, and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDraftPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final RequestPostProcessor FOCAL = user("focal.peru").roles("FOCAL_POINT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long demo() {
        return jdbc.queryForObject("select id from report_draft where symbol = 'A/71/DEMO'", Long.class);
    }

    Map<String, Object> paragraph(long draft, String key) {
        return jdbc.queryForMap("select id, version, text_ar from report_paragraph where draft_id = ? and block_key = ?",
                draft, key);
    }

    Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A new draft of the 2016 report, like the demonstration one, under its own symbol. */
    long create(String symbol) throws Exception {
        long cycle = jdbc.queryForObject("select cycle_id from report_draft where id = ?", Long.class, demo());
        MvcResult result = mvc.perform(post("/report-drafts").with(SECRETARIAT).with(csrf())
                .param("symbol", symbol).param("session", "71").param("agendaItem", "105")
                .param("agendaFootnoteSymbol", "A/71/50").param("agendaTitleAr", "منع الجريمة والعدالة الجنائية")
                .param("agendaTitleEn", "Crime prevention and criminal justice")
                .param("titleAr", "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص")
                .param("titleEn", "Improving the coordination of efforts against trafficking in persons")
                .param("requestingResolution", "A/RES/70/179").param("requestingParagraph", "22")
                .param("previousResolution", "A/RES/68/192").param("issueDate", "2016-07-01")
                .param("periodFrom", "2013-12-18").param("periodTo", "2016-04-01").param("cutOff", "2016-05-30")
                .param("cycleId", Long.toString(cycle)).param("originalLanguage", "en").param("digits", "ARABIC_INDIC"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }

    @Test
    void theDemonstrationDraftPrintsTheSeedsFigures() throws Exception {
        Document list = page(get("/report-drafts").with(ANALYST), 200);
        assertThat(list.select("#drafts a").eachText()).contains("A/71/DEMO");
        assertThat(list.select("#new-draft")).isEmpty();

        long id = demo();
        Document page = page(get("/report-drafts/" + id).with(SECRETARIAT), 200);
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("#masthead").text()).contains("الدورة الحادية والسبعون").contains("A/71/DEMO");
        String parties = page.select("#p-" + paragraph(id, "II.parties").get("id") + " .report-paragraph-text").text();
        assertThat(parties).contains("١٨٦").contains("١٦٩").contains("سيراليون").contains("٣٠ أيار/مايو ٢٠١٦");
        String responders = page.select("#p-" + paragraph(id, "III.A.responders").get("id") + " .report-paragraph-text").text();
        // Seed 001, para. 5: the 33 states that had answered by the cut-off, in the UN's order.
        assertThat(responders).startsWith("حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت على طلب للمعلومات")
                .contains("الاتحاد الروسي، الأرجنتين، أرمينيا").endsWith("النمسا، الولايات المتحدة الأمريكية.");
        assertThat(responders.substring(responders.indexOf(':') + 1).split("،")).hasSize(33);
        assertThat(page.select(".draft-block.kind-heading h2").eachText()).anyMatch(t -> t.startsWith("أولاً-"));
        assertThat(page.select(".draft-block .sources a").eachAttr("href")).contains("/participants/SLE");
        assertThat(page.select("#regenerate")).hasSize(1);

        Document english = page(get("/report-drafts/" + id).param("text", "en").with(ANALYST), 200);
        assertThat(english.select("article.report-page").attr("dir")).isEqualTo("ltr");
        // Reading the English text leaves the interface in Arabic.
        assertThat(english.select("html").attr("lang")).isEqualTo("ar");
        assertThat(english.select("#regenerate, .edit-paragraph")).isEmpty();
    }

    @Test
    void aBrokenMandateIsShownBackWithItsFields() throws Exception {
        Document page = page(post("/report-drafts").with(SECRETARIAT).with(csrf()).param("symbol", "71/170")
                .param("session", "71").param("agendaItem", "x").param("titleAr", "عنوان").param("titleEn", "Title")
                .param("requestingResolution", "A/RES/70/179").param("issueDate", "2016-07-01")
                .param("periodFrom", "2013-12-18").param("periodTo", "2016-04-01").param("cutOff", "2016-05-30"), 200);
        assertThat(page.select("#agendaItem").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#symbol").val()).isEqualTo("71/170");
        Document rule = page(post("/report-drafts").with(SECRETARIAT).with(csrf()).param("symbol", "71/170")
                .param("session", "71").param("agendaItem", "105").param("titleAr", "عنوان").param("titleEn", "Title")
                .param("requestingResolution", "A/RES/70/179").param("issueDate", "2016-07-01")
                .param("periodFrom", "2013-12-18").param("periodTo", "2016-04-01").param("cutOff", "2016-05-30"), 200);
        assertThat(rule.select("#symbol").hasClass("is-invalid")).isTrue();
        assertThat(rule.select(".invalid-feedback").text()).contains("A/71/170");
    }

    @Test
    void anEditSurvivesRegenerationAndAStaleSaveIsRefused() throws Exception {
        long id = create("A/71/T1");
        Map<String, Object> p = paragraph(id, "II.parties");
        long pid = ((Number) p.get("id")).longValue();
        long version = ((Number) p.get("version")).longValue();
        String typed = p.get("text_ar") + " وأودعت جميع الصكوك لدى الأمين العام.";
        MvcResult saved = mvc.perform(post("/report-drafts/" + id + "/paragraphs/" + pid).with(SECRETARIAT).with(csrf())
                .param("version", Long.toString(version)).param("textAr", typed).param("textEn", "Edited.")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);

        Document conflict = page(post("/report-drafts/" + id + "/paragraphs/" + pid).with(SECRETARIAT).with(csrf())
                .param("version", Long.toString(version)).param("textAr", "نص آخر").param("textEn", "Other"), 409);
        assertThat(conflict.select("#conflict-current").text()).contains("وأودعت جميع الصكوك");
        assertThat(conflict.select("#textAr").text()).isEqualTo("نص آخر");

        Document empty = page(post("/report-drafts/" + id + "/paragraphs/" + pid).with(SECRETARIAT).with(csrf())
                .param("version", Long.toString(version + 1)).param("textAr", " ").param("textEn", ""), 200);
        assertThat(empty.select("#textAr").hasClass("is-invalid")).isTrue();

        mvc.perform(post("/report-drafts/" + id + "/regenerate").with(SECRETARIAT).with(csrf()));
        assertThat(paragraph(id, "II.parties").get("text_ar")).isEqualTo(typed);
        Document page = page(get("/report-drafts/" + id).with(SECRETARIAT), 200);
        assertThat(page.select("#p-" + pid).hasClass("kind-edited")).isTrue();
        assertThat(page.select("#p-" + pid + " .report-paragraph-text").text()).isEqualTo(typed);
    }

    /**
     * The records move under an edited paragraph: with the cut-off moved to 1 August 2016 the
     * Czech Republic is named Czechia, so para. 5's generated text changes. The person's text
     * stays, the new text waits beside it; taking it settles the paragraph.
     */
    @Test
    void whenTheRecordsChangeAnEditedParagraphWaitsToBeReconciled() throws Exception {
        long id = create("A/71/T3");
        Map<String, Object> p = paragraph(id, "II.parties");
        long pid = ((Number) p.get("id")).longValue();
        String typed = p.get("text_ar") + " (نص أضافته الأمانة)";
        mvc.perform(post("/report-drafts/" + id + "/paragraphs/" + pid).with(SECRETARIAT).with(csrf())
                .param("version", p.get("version").toString()).param("textAr", typed).param("textEn", ""));
        jdbc.update("update report_draft set cut_off = date '2016-08-01' where id = ?", id);
        MvcResult regenerated = mvc.perform(post("/report-drafts/" + id + "/regenerate").with(SECRETARIAT).with(csrf())).andReturn();
        assertThat(regenerated.getFlashMap().get("saved").toString()).contains("١ تنتظر التوفيق");

        Document page = page(get("/report-drafts/" + id).with(SECRETARIAT), 200);
        assertThat(page.select("#flagged-alert")).hasSize(1);
        assertThat(page.select("#p-" + pid + " .report-paragraph-text").text()).isEqualTo(typed);
        assertThat(page.select("#p-" + pid + " .reconcile-ar ins").text()).contains("تشيكيا");
        assertThat(page.select("#p-" + pid + " .reconcile-ar del").text()).contains("الجمهورية التشيكية");

        mvc.perform(post("/report-drafts/" + id + "/status").with(SECRETARIAT).with(csrf()).param("next", "IN_REVIEW"));
        Document notYet = page(post("/report-drafts/" + id + "/status").with(SECRETARIAT).with(csrf()).param("next", "FINAL"), 400);
        assertThat(notYet.text()).contains("تنتظر التوفيق");

        mvc.perform(post("/report-drafts/" + id + "/paragraphs/" + pid + "/reconcile").with(SECRETARIAT).with(csrf())
                .param("language", "ar").param("accept", "true"));
        String now = (String) paragraph(id, "II.parties").get("text_ar");
        assertThat(now).contains("تشيكيا").doesNotContain("نص أضافته الأمانة");
        assertThat(jdbc.queryForObject("select count(*) from report_paragraph where draft_id = ? and pending_ar is not null",
                Integer.class, id)).isZero();
    }

    @Test
    void reviewFinalAndANewDraftFromTheFinalReport() throws Exception {
        long id = create("A/71/T2");
        long pid = ((Number) paragraph(id, "II.parties").get("id")).longValue();
        mvc.perform(post("/report-drafts/" + id + "/status").with(SECRETARIAT).with(csrf()).param("next", "IN_REVIEW"));
        mvc.perform(post("/report-drafts/" + id + "/paragraphs/" + pid + "/comments").with(SECRETARIAT).with(csrf())
                .param("text", "يرجى التحقق من التواريخ."));
        Document review = page(get("/report-drafts/" + id).with(SECRETARIAT), 200);
        assertThat(review.select("#draft-status").text()).isEqualTo("قيد الاستعراض");
        assertThat(review.select("#p-" + pid + " .comment.open").text()).contains("يرجى التحقق من التواريخ");

        mvc.perform(post("/report-drafts/" + id + "/status").with(SECRETARIAT).with(csrf()).param("next", "FINAL"));
        assertThat(jdbc.queryForObject("select status from report_draft where id = ?", String.class, id)).isEqualTo("FINAL");

        Document frozen = page(post("/report-drafts/" + id + "/regenerate").with(SECRETARIAT).with(csrf()), 400);
        assertThat(frozen.text()).contains("هذا التقرير نهائي");
        Document wrong = page(post("/report-drafts/" + id + "/status").with(SECRETARIAT).with(csrf()).param("next", "DRAFT"), 400);
        assertThat(wrong.text()).contains("نهائي").contains("مشروع");

        MvcResult started = mvc.perform(post("/report-drafts/" + id + "/start-from").with(SECRETARIAT).with(csrf())).andReturn();
        long next = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(next).isNotEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from report_paragraph where draft_id = ?", Integer.class, next))
                .isEqualTo(jdbc.queryForObject("select count(*) from report_paragraph where draft_id = ?", Integer.class, id));
        Document versions = page(get("/report-drafts/" + id + "/versions").with(ANALYST), 200);
        assertThat(versions.select("#version-list tbody tr")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(versions.select("#version-list").text()).contains("أصبح نهائياً").contains("أنشئ من السجلات");
    }

    @Test
    void theWordFilesHoldTheReportAndItsChaptersRightToLeft() throws Exception {
        long id = demo();
        MvcResult word = mvc.perform(get("/report-drafts/" + id + ".docx").param("text", "ar").with(ANALYST)).andReturn();
        assertThat(word.getResponse().getStatus()).isEqualTo(200);
        assertThat(word.getResponse().getHeader("Content-Disposition")).contains("A-71-DEMO-ar.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.getResponse().getContentAsByteArray()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص").contains("١٨٦");
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().contains("١٨٦")).findFirst().orElseThrow()
                    .getCTP().getPPr().isSetBidi()).isTrue();
        }
        MvcResult chapter = mvc.perform(get("/report-drafts/" + id + "/chapters/2.docx").with(ANALYST)).andReturn();
        assertThat(chapter.getResponse().getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(chapter.getResponse().getContentAsByteArray()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("١٦٩").doesNotContain("٣٣ دولة");
        }
        assertThat(mvc.perform(get("/report-drafts/" + id + "/chapters/12.docx").with(ANALYST)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        long pid = ((Number) paragraph(id, "II.parties").get("id")).longValue();
        MvcResult csv = mvc.perform(get("/report-drafts/" + id + "/paragraphs/" + pid + "/data.csv").with(ANALYST)).andReturn();
        String rows = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows).contains("SLE").contains("2014-08-12").contains("TIP");
        MvcResult xlsx = mvc.perform(get("/report-drafts/" + id + "/paragraphs/" + pid + "/data.xlsx").with(ANALYST)).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(17);
            // The dates of the rows are dates in the workbook, the codes text.
            int dates = 0;
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                        dates++;
                    }
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotMatch("\\d{4}-\\d{2}-\\d{2}");
                    }
                }
            }
            assertThat(dates).isGreaterThanOrEqualTo(17);
            assertThat(book.getSheetAt(0).getCTWorksheet().getAutoFilter()).isNotNull();
        }
    }

    @Test
    void theApiGivesTheParagraphsInOrderWithTheirNumbers() throws Exception {
        long id = demo();
        String list = mvc.perform(get("/api/report-drafts").with(ANALYST)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"symbol\":\"A/71/DEMO\"").contains("\"cutOff\":\"2016-05-30\"");
        var json = new tools.jackson.databind.ObjectMapper().readTree(mvc.perform(get("/api/report-drafts/" + id)
                .with(ANALYST)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.get("session").asInt()).isEqualTo(71);
        var paragraphs = json.get("paragraphs");
        var numbers = new java.util.ArrayList<Integer>();
        String responders = null;
        for (var p : paragraphs) {
            if (!p.get("number").isNull()) {
                numbers.add(p.get("number").asInt());
            }
            if (p.get("textAr").asText().startsWith("حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية")) {
                responders = p.get("number").asText();
                assertThat(p.get("kind").asText()).isEqualTo("generated");
                assertThat(p.get("asOf").asText()).isEqualTo("2016-05-30");
            }
        }
        assertThat(paragraphs.get(0).get("number").isNull()).isTrue();
        assertThat(numbers.get(0)).isEqualTo(1);
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
        assertThat(responders).isEqualTo("5");
        assertThat(mvc.perform(get("/api/report-drafts/" + id).with(FOCAL)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/report-drafts")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void analystsReadAndFocalPointsAndVisitorsAreRefused() throws Exception {
        long id = demo();
        assertThat(mvc.perform(post("/report-drafts/" + id + "/regenerate").with(ANALYST).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/report-drafts/" + id).with(FOCAL)).andReturn().getResponse().getStatus()).isEqualTo(403);
        int anonymous = mvc.perform(get("/report-drafts/" + id)).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401);
        assertThat(mvc.perform(get("/report-drafts/999999").with(ANALYST)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
