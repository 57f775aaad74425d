package org.tiptracker.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.persistence.ActivityCommand;
import org.tiptracker.agency.persistence.AgencyViews;
import org.tiptracker.agency.persistence.ActivityService;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.MeasureHeading;

/**
 * The activities browser, its exports, one activity's page, the secretariat's form, the agencies
 * and ICAT pages, on the reference data of the 2016 report and the demonstration activities.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityPagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActivityService activities;

    Document page(String url, RequestPostProcessor who) throws Exception {
        return page(get(url), who);
    }

    Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void filtersSelectTheRowsTheDatabaseHolds() throws Exception {
        // INTERPOL: the eight activities of para. 51-54, none invented.
        Document interpol = page("/activities?agency=INTERPOL", ANALYST);
        assertThat(interpol.select("tr.activity-row")).hasSize(8);
        assertThat(interpol.select("tr.activity-row").eachAttr("data-agency")).containsOnly("INTERPOL");
        assertThat(interpol.getElementById("result-count").text()).isEqualTo("عدد الأنشطة: ٨");

        // Year: activities under way in 2012 (INTERPOL's 2009-2015 operations, UNHCR's 2012 strategy...).
        Integer in2012 = jdbc.queryForObject("select count(*) from agency_activity where start_date <= '2012-12-31'"
                + " and coalesce(end_date, start_date) >= '2012-01-01'", Integer.class);
        assertThat(page("/activities?year=2012", ANALYST).select("tr.activity-row")).hasSize(in2012).hasSizeGreaterThan(4);
        // Arabic-Indic digits in the address are read too.
        assertThat(page("/activities?year=٢٠١٢", ANALYST).select("tr.activity-row")).hasSize(in2012);

        // Country: Congo (para. 36, twice).
        Document congo = page("/activities?country=COG", ANALYST);
        assertThat(congo.select("tr.activity-row")).hasSize(2);
        assertThat(congo.select(".activity-title").eachText()).containsExactlyInAnyOrder(
                "مبادرات لتدريب المدربين في كل من بنما والكونغو والمغرب",
                "وضع خطط عمل وطنية ترمي إلى تعزيز وتيسير الجهود التنسيقية الوطنية");

        // Region, heading and kind together.
        Integer expected = jdbc.queryForObject("select count(*) from agency_activity a where a.heading = 'PROSECUTION'"
                + " and a.kind = 'TECHNICAL_ASSISTANCE' and exists (select 1 from agency_activity_region r"
                + " where r.activity_id = a.id and r.region = 'LATIN_AMERICA')", Integer.class);
        assertThat(expected).isEqualTo(1);
        Document combined = page("/activities?region=LATIN_AMERICA&heading=PROSECUTION&kind=TECHNICAL_ASSISTANCE", ANALYST);
        assertThat(combined.select(".activity-title").eachText()).containsExactly("أنقذ ٣٥٧ ضحية في أمريكا اللاتينية");
        assertThat(combined.text()).contains("عدد الضحايا الذين قُدمت لهم المساعدة أو أُنقذوا: ٣٥٧");

        // An unknown value is dropped with a warning, not an error page.
        Document unknown = page("/activities?agency=NOPE&year=20x6", ANALYST);
        assertThat(unknown.getElementById("ignored").text()).contains("NOPE").contains("20x6");
        Integer all = jdbc.queryForObject("select count(*) from agency_activity", Integer.class);
        assertThat(unknown.getElementById("result-count").text()).endsWith(UNARABIC(all));
    }

    @Test
    void arabicSearchForgivesHamzaDiacriticsAndTaMarbuta() throws Exception {
        // The report writes "عدّة تقييم" (shadda) and "أطفال هاربون" (hamza); the query has neither.
        Document toolkit = page(get("/activities").param("q", "عده تقييم"), ANALYST);
        assertThat(toolkit.select(".activity-title").eachText()).contains("الاتجار بالأشخاص بغرض نزع الأعضاء");
        // Every row found holds both words (as substrings of the normalized title and description), and only those do.
        List<String> expected = jdbc.queryForList("select id from agency_activity", Long.class).stream()
                .filter(id -> org.tiptracker.arabic.ArabicSearch.matches(jdbc.queryForObject(
                        "select title || ' ' || description from agency_activity where id = ?", String.class, id), "عده تقييم"))
                .map(String::valueOf).toList();
        assertThat(toolkit.select("tr.activity-row").eachAttr("data-id")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page(get("/activities").param("q", "اطفال هاربون"), ANALYST).select("tr.activity-row").eachAttr("data-agency"))
                .containsExactly("UNHCR");
        assertThat(page(get("/activities").param("q", "لا يوجد هذا النص"), ANALYST).getElementById("no-results")).isNotNull();
    }

    @Test
    void pagingKeepsTheFilters() throws Exception {
        Document first = page("/activities?agency=UNODC", ANALYST);
        Integer unodc = jdbc.queryForObject("select count(*) from agency_activity a join agency g on g.id = a.agency_id"
                + " where g.acronym = 'UNODC'", Integer.class);
        assertThat(unodc).isGreaterThan(25);
        assertThat(first.select("tr.activity-row")).hasSize(25);
        String next = first.getElementById("page-next").attr("href");
        assertThat(next).contains("agency=UNODC").contains("page=2");
        assertThat(page(next, ANALYST).select("tr.activity-row")).hasSize(unodc - 25);
    }

    @Test
    void csvExportHasABomTheFilteredRowsAndNeutralizedFormulas() throws Exception {
        String title = "=HYPERLINK(\"http://example.org\") " + UUID.randomUUID();
        AgencyViews.Activity formula = activities.create(new Actor("secretariat", "SECRETARIAT", null), new ActivityCommand("OSCE",
                ActivityKind.EVENT, MeasureHeading.PARTNERSHIPS, title, "+1+1", LocalDate.of(2014, 5, 5), null,
                ActivityFigures.NONE, List.of("AUT"), Set.of(), List.of(), null, null));
        byte[] body = mvc.perform(get("/activities/export.csv?agency=OSCE").with(ANALYST)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        assertThat(body[1]).isEqualTo((byte) 0xBB);
        assertThat(body[2]).isEqualTo((byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        Integer osce = jdbc.queryForObject("select count(*) from agency_activity a join agency g on g.id = a.agency_id"
                + " where g.acronym = 'OSCE'", Integer.class);
        assertThat(records).hasSize(osce + 1);
        assertThat(records.get(0).get(0)).isEqualTo("الوكالة");
        CSVRecord row = records.stream().filter(r -> r.get(4).contains(title)).findFirst().orElseThrow();
        assertThat(row.get(4)).isEqualTo("'" + title);
        assertThat(row.get(6)).isEqualTo("'+1+1"); // the title's language comes between title and description
        assertThat(row.get(14)).isEqualTo("النمسا");
        jdbc.update("delete from agency_activity where id = ?", formula.id());
    }

    @Test
    void xlsxExportIsRightToLeftInArabicWithTextCells() throws Exception {
        String title = "=1+2 " + UUID.randomUUID();
        AgencyViews.Activity formula = activities.create(new Actor("secretariat", "SECRETARIAT", null), new ActivityCommand("LAS",
                ActivityKind.MEETING, null, title, "", null, null, ActivityFigures.NONE, List.of(), Set.of(), List.of(),
                null, null));
        byte[] body = mvc.perform(get("/activities/export.xlsx?agency=LAS").with(ANALYST)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("العنوان");
            boolean found = false;
            for (Row row : sheet) {
                Cell cell = row.getCell(4);
                if (cell != null && cell.getStringCellValue().contains(title)) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo("'" + title);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        byte[] english = mvc.perform(get("/activities/export.xlsx?agency=INTERPOL&lang=en").with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isFalse();
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:T9"); // two columns say the language of the title and the description
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            for (Row row : sheet) {
                Cell start = row.getCell(8);
                if (row.getRowNum() > 0 && start != null) {
                    assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(start)).isTrue();
                }
            }
        }
        // An export with an unknown filter value is refused rather than exporting everything.
        mvc.perform(get("/activities/export.csv?agency=NOPE").with(ANALYST)).andExpect(status().isBadRequest());
        jdbc.update("delete from agency_activity where id = ?", formula.id());
    }

    @Test
    void anActivityPageLinksItsSourceDocument() throws Exception {
        long id = jdbc.queryForObject("select id from agency_activity where title = 'فرص تدريبية متخصصة ومعلومات مفيدة'", Long.class);
        Document page = page("/activities/" + id, ANALYST);
        assertThat(page.getElementById("figure-peopleTrained").text()).isEqualTo("عدد المدرَّبين: ١٤٠٠");
        assertThat(page.getElementById("source-paragraph").text()).isEqualTo("تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٣٦");
        assertThat(page.getElementById("edit-activity")).isNull();
        // Dated no more precisely than the report: "between 2009 and 2015", "in October 2014", "on 30 July 2015".
        assertThat(dates("أنقذ ١٤٠ ضحية في أفريقيا الوسطى", "")).isEqualTo("٢٠٠٩ – ٢٠١٥");
        assertThat(dates("الدور الذي تؤديه الموافقة", "")).isEqualTo("تشرين الأول/أكتوبر ٢٠١٤");
        assertThat(dates("الدور الذي تؤديه الموافقة", "?lang=en")).isEqualTo("October 2014");
        assertThat(dates("شريط فيديو دعائي", "")).isEqualTo("٣٠ تموز/يوليه ٢٠١٥");
        AgencyViews.Activity cited = activities.create(new Actor("secretariat", "SECRETARIAT", null), new ActivityCommand("WHO",
                ActivityKind.PUBLICATION, MeasureHeading.PROTECTION, "منشور " + UUID.randomUUID(), "", LocalDate.of(2015, 3, 1),
                LocalDate.of(2015, 4, 30), ActivityFigures.NONE, List.of(), Set.of(), List.of(), "A/HRC/29/38", null));
        Document withSymbol = page("/activities/" + cited.id(), SECRETARIAT);
        assertThat(withSymbol.getElementById("source-symbol").attr("href")).isEqualTo("/documents/find?symbol=A/HRC/29/38");
        assertThat(withSymbol.getElementById("activity-dates").text()).isEqualTo("١ آذار/مارس ٢٠١٥ – ٣٠ نيسان/أبريل ٢٠١٥");
        assertThat(withSymbol.getElementById("edit-activity")).isNotNull();
        mvc.perform(get("/activities/999999999").with(ANALYST)).andExpect(status().isNotFound());
    }

    @Test
    void demonstrationRowsCarryABadge() throws Exception {
        Document page = page(get("/activities").param("agency", "UN Women"), ANALYST);
        assertThat(page.select("tr.activity-row")).isNotEmpty();
        assertThat(page.select("tr.activity-row .demo-badge").eachText()).containsOnly("بيانات إيضاحية");
        assertThat(page("/activities?agency=INTERPOL", ANALYST).select(".demo-badge")).isEmpty();
    }

    @Test
    void onlyTheSecretariatChangesAndEveryChangeIsAudited() throws Exception {
        String title = "تدريب للاختبار " + UUID.randomUUID();
        mvc.perform(form(post("/activities"), title, "2016-01-01", "2016-01-05", "12").with(ANALYST))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from agency_activity where title = ?", Integer.class, title)).isZero();

        MvcResult created = mvc.perform(form(post("/activities"), title, "2016-01-01", "2016-01-05", "١٢").with(SECRETARIAT))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = jdbc.queryForObject("select id from agency_activity where title = ?", Long.class, title);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/activities/" + id);
        assertThat(jdbc.queryForObject("select people_trained from agency_activity where id = ?", Integer.class, id)).isEqualTo(12);
        assertThat(jdbc.queryForList("select p.iso3 from agency_activity_country c join participant p on p.id = c.participant_id"
                + " where c.activity_id = ? order by p.iso3", String.class, id)).containsExactly("JOR", "LBN");

        mvc.perform(form(post("/activities/" + id), title + " (مصحح)", "2016-01-01", "2016-01-06", "13").param("version", "0")
                .with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(form(post("/activities/" + id), title + " (مصحح)", "2016-01-01", "2016-01-06", "13").param("version", "0")
                .with(SECRETARIAT)).andExpect(status().is3xxRedirection());
        var audit = jdbc.queryForList("select operation, username, before_state, after_state from audit_entry"
                + " where entity_type = 'AgencyActivity' and entity_id = ? order by id", id);
        assertThat(audit).extracting(r -> r.get("operation") + " " + r.get("username"))
                .containsExactly("CREATE secretariat", "UPDATE secretariat");
        assertThat((String) audit.get(1).get("before_state")).contains("trained=12");
        assertThat((String) audit.get(1).get("after_state")).contains("trained=13").contains("(مصحح)");

        // A second save from the same (now stale) form is a conflict: nothing is overwritten.
        MvcResult stale = mvc.perform(form(post("/activities/" + id), "كتابة فوق التصحيح", "2016-01-01", "2016-01-06", "99")
                .param("version", "0").with(SECRETARIAT)).andExpect(status().isConflict()).andReturn();
        Document conflict = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(conflict.getElementById("conflict").text()).contains("(مصحح)");
        assertThat(conflict.getElementById("title").val()).isEqualTo("كتابة فوق التصحيح");
        assertThat(jdbc.queryForObject("select people_trained from agency_activity where id = ?", Integer.class, id)).isEqualTo(13);
    }

    @Test
    void badInputIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
        String title = "مدخلات خاطئة " + UUID.randomUUID();
        MvcResult result = mvc.perform(form(post("/activities"), title, "2016-03-01", "2016-02-01", "-4").with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("endDate").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("تاريخ الانتهاء سابق لتاريخ البدء.");
        assertThat(page.getElementById("peopleTrained").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("أدخل عدداً صحيحاً يساوي صفراً أو أكثر.");
        assertThat(page.getElementById("title").val()).isEqualTo(title);
        assertThat(page.getElementById("peopleTrained").val()).isEqualTo("-4");
        assertThat(jdbc.queryForObject("select count(*) from agency_activity where title = ?", Integer.class, title)).isZero();

        MvcResult english = mvc.perform(form(post("/activities").param("lang", "en"), "", "2016-13-01", "", "abc")
                .with(SECRETARIAT)).andExpect(status().isOk()).andReturn();
        Document en = Jsoup.parse(english.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(en.getElementById("startDate").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("Enter a date as day/month/year (dd/mm/yyyy), between 1945 and 2100.");
        assertThat(en.getElementById("peopleTrained").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("Enter a whole number (digits only).");
        // A title is required (checked once the typed values can be read).
        MvcResult noTitle = mvc.perform(form(post("/activities"), "", "2016-01-01", "", "").with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn();
        assertThat(Jsoup.parse(noTitle.getResponse().getContentAsString(StandardCharsets.UTF_8)).getElementById("title")
                .parent().selectFirst(".invalid-feedback").text()).isEqualTo("أدخل العنوان.");
    }

    @Test
    void theAgenciesPageCountsActivities() throws Exception {
        Document page = page("/agencies", ANALYST);
        for (var row : page.select("tr.agency-row")) {
            String acronym = row.attr("data-acronym");
            Integer count = jdbc.queryForObject("select count(*) from agency_activity a join agency g on g.id = a.agency_id"
                    + " where g.acronym = ?", Integer.class, acronym);
            assertThat(row.attr("data-count")).as(acronym).isEqualTo(String.valueOf(count));
        }
        assertThat(page.select("tr.agency-row")).hasSize(16);
        Document unhcr = page("/agencies/UNHCR", ANALYST);
        assertThat(unhcr.getElementById("agency-name").text()).isEqualTo("مفوضية الأمم المتحدة لشؤون اللاجئين");
        assertThat(unhcr.getElementById("chair-years").text()).contains("٢٠١٥");
        assertThat(unhcr.getElementById("membership").text()).contains("عضو").contains("١ كانون الثاني/يناير ٢٠١٤");
        assertThat(unhcr.getElementById("in-working-group")).isNotNull();
        assertThat(unhcr.select("#agency-activities .activity-row")).isNotEmpty();
        mvc.perform(get("/agencies/NOPE").with(ANALYST)).andExpect(status().isNotFound());
    }

    @Test
    void theIcatPageAsOfADate() throws Exception {
        Document page = page("/icat?asOf=2016-05-30", ANALYST);
        assertThat(page.select("tr.member-row").eachAttr("data-acronym"))
                .containsExactlyInAnyOrder("UNODC", "ILO", "IOM", "OHCHR", "UNHCR", "UNICEF", "INTERPOL", "UNICRI", "OSCE");
        assertThat(page.getElementById("members-heading").text()).isEqualTo("الأعضاء حتى ٣٠ أيار/مايو ٢٠١٦ (٨)");
        assertThat(page.select("li.wg-member").eachAttr("data-acronym"))
                .containsExactlyInAnyOrder("ILO", "IOM", "OHCHR", "UNHCR", "UNICEF", "UNODC");
        assertThat(page.select("tr.chair-row").eachAttr("data-acronym")).startsWith("IOM", "UNHCR", "UNODC");
        assertThat(page.select("tr.chair-row td").first().text()).isEqualTo("٢٠١٤");
        assertThat(page.select("tr.paper-row").eachAttr("data-status")).startsWith("PUBLISHED", "PUBLISHED", "IN_PREPARATION",
                "IN_PREPARATION");
        assertThat(page.getElementById("new-chair")).isNull();
        Document early = page("/icat?asOf=2010-01-01&lang=en", ANALYST);
        assertThat(early.select("tr.member-row").eachAttr("data-acronym")).containsExactly("UNODC");
        assertThat(early.getElementById("members-heading").text()).isEqualTo("Members as of 1 January 2010 (1)");
        mvc.perform(get("/icat?asOf=not-a-date").with(ANALYST)).andExpect(status().isBadRequest());
    }

    @Test
    void theSecretariatRecordsAChairAndAPaper() throws Exception {
        mvc.perform(post("/icat/chairs").with(csrf()).with(ANALYST).param("year", "2017").param("agency", "ILO"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/icat/chairs").with(csrf()).with(SECRETARIAT).param("year", "1999").param("agency", "ILO"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/icat/chairs").with(csrf()).with(SECRETARIAT).param("year", "٢٠٩٩").param("agency", "ILO"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select g.acronym from icat_chair c join agency g on g.id = c.agency_id where chair_year = 2099",
                String.class)).isEqualTo("ILO");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'IcatChair' and entity_id = 2099",
                Integer.class)).isEqualTo(1);
        jdbc.update("delete from icat_chair where chair_year = 2099");

        String title = "Paper " + UUID.randomUUID();
        mvc.perform(post("/icat/papers").with(csrf()).with(SECRETARIAT).param("titleAr", "ورقة").param("titleEn", title)
                .param("year", "2017").param("status", "IN_PREPARATION")).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from icat_paper where title_en = ?", Long.class, title);
        mvc.perform(post("/icat/papers/" + id).with(csrf()).with(SECRETARIAT).param("titleAr", "ورقة").param("titleEn", title)
                .param("year", "2017").param("status", "PUBLISHED").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/icat/papers/" + id).with(csrf()).with(SECRETARIAT).param("titleAr", "ورقة").param("titleEn", title)
                .param("year", "2018").param("status", "PUBLISHED").param("version", "0")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select paper_year from icat_paper where id = ?", Integer.class, id)).isEqualTo(2017);
        jdbc.update("delete from icat_paper where id = ?", id);
    }

    @Test
    void theFormsOpenForTheSecretariatFilledWithWhatIsRecorded() throws Exception {
        Document blank = page("/activities/new?agency=ILO", SECRETARIAT);
        assertThat(blank.select("#agency option[selected]").attr("value")).isEqualTo("ILO");
        assertThat(blank.select("#countries option")).hasSize(198);
        assertThat(blank.select("input[name=_csrf]")).isNotEmpty();
        long id = jdbc.queryForObject("select id from agency_activity where title = 'أنقذ ١٤٠ ضحية في أفريقيا الوسطى'", Long.class);
        Document edit = page("/activities/" + id + "/edit", SECRETARIAT);
        assertThat(edit.select("#agency option[selected]").attr("value")).isEqualTo("INTERPOL");
        assertThat(edit.getElementById("victimsAssisted").val()).isEqualTo("140");
        assertThat(edit.getElementById("suspectsArrested").val()).isEqualTo("40");
        assertThat(edit.getElementById("startDate").val()).isEqualTo("٠١/٠١/٢٠٠٩");
        assertThat(edit.select("#datePrecision option[selected]").attr("value")).isEqualTo("YEAR");
        assertThat(edit.select("input[name=regions][checked]").eachAttr("value")).containsExactly("CENTRAL_AFRICA");
        mvc.perform(get("/activities/" + id + "/edit").with(ANALYST)).andExpect(status().isForbidden());
        assertThat(page("/icat/chairs/new", SECRETARIAT).select("#agency option")).hasSize(17);
        long paper = jdbc.queryForObject("select id from icat_paper where paper_year = 2012", Long.class);
        assertThat(page("/icat/papers/" + paper + "/edit", SECRETARIAT).getElementById("titleAr").val())
                .isEqualTo("الإطار القانوني الدولي المتعلق بالاتجار بالأشخاص");
        Document icat = page("/icat", SECRETARIAT);
        assertThat(icat.getElementById("new-chair")).isNotNull();
        assertThat(page("/agencies/ILO?lang=en", ANALYST).getElementById("agency-name").text())
                .isEqualTo("International Labour Organization");
    }

    @Test
    void theSecretariatRecordsAMembershipOverAPeriod() throws Exception {
        long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        mvc.perform(post("/icat/members").with(csrf()).with(ANALYST).param("agency", "WHO").param("role", "MEMBER")
                .param("from", "2016-01-01")).andExpect(status().isForbidden());
        MvcResult reversed = mvc.perform(post("/icat/members").with(csrf()).with(SECRETARIAT).param("agency", "WHO")
                .param("role", "MEMBER").param("from", "2016-02-01").param("until", "2016-01-01"))
                .andExpect(status().isBadRequest()).andReturn();
        Document form = Jsoup.parse(reversed.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.getElementById("until").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("تاريخ الانتهاء سابق لتاريخ البدء.");
        assertThat(form.getElementById("from").val()).isEqualTo("٠١/٠٢/٢٠١٦");
        mvc.perform(post("/icat/members").with(csrf()).with(SECRETARIAT).param("agency", "WHO").param("role", "MEMBER")
                .param("from", "2016-02-01").param("until", "2016-12-31")).andExpect(status().is3xxRedirection());
        try {
            assertThat(page("/icat?asOf=2016-06-30", ANALYST).select("tr.member-row").eachAttr("data-acronym")).contains("WHO");
            assertThat(page("/icat?asOf=2017-01-01", ANALYST).select("tr.member-row").eachAttr("data-acronym"))
                    .doesNotContain("WHO");
            // An overlapping period of the same agency is refused.
            mvc.perform(post("/icat/members").with(csrf()).with(SECRETARIAT).param("agency", "WHO").param("role", "MEMBER")
                    .param("from", "2016-06-01")).andExpect(status().isBadRequest());
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'IcatMembership'"
                    + " and username = 'secretariat' and id > ?", Integer.class, lastAudit)).isEqualTo(1);
        } finally {
            jdbc.update("delete from icat_membership where agency_id = (select id from agency where acronym = 'WHO')");
        }
    }

    private String dates(String title, String query) throws Exception {
        long id = jdbc.queryForObject("select id from agency_activity where title = ?", Long.class, title);
        return page("/activities/" + id + query, ANALYST).getElementById("activity-dates").text();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String start,
                                                      String end, String trained) {
        return request.with(csrf()).param("agency", "WHO").param("kind", "TRAINING").param("heading", "PROTECTION")
                .param("title", title).param("description", "وصف").param("startDate", start).param("endDate", end).param("datePrecision", "DAY")
                .param("peopleTrained", trained).param("countries", "JOR", "LBN").param("regions", "MIDDLE_EAST")
                .param("partners", "UNODC").param("sourceParagraph", "للاختبار");
    }

    private static String UNARABIC(int n) {
        return org.tiptracker.arabic.UnArabic.arabicIndic().integer(n);
    }
}
