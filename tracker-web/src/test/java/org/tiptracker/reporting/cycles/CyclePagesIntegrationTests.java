package org.tiptracker.reporting.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.reporting.ResponseSentence;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/**
 * The cycle pages on the demonstration data (the test database is embedded, so it is loaded):
 * the para. 5 sentence of seed 001 as of 30 May 2016, fewer states earlier, counts and rates,
 * non-responders and their CSV; the form with its errors; who may see and change what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CyclePagesIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final RequestPostProcessor FOCAL_POINT = user("focal.argentina").roles("FOCAL_POINT");

    /** Seed 001, para. 5, as printed. */
    static final String PARA_5 = "حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت على طلب للمعلومات عمّمه الأمين العام"
            + " في شكل مذكرة شفوية: الاتحاد الروسي، الأرجنتين، أرمينيا، إسبانيا، أستراليا، إستونيا، إسرائيل، إكوادور،"
            + " ألمانيا، البرازيل، بيرو، بيلاروس، تايلند، تركيا، تونس، الجبل الأسود، الجزائر، الدانمرك، سوازيلند، السويد،"
            + " شيلي، الصين، فرنسا، فييت نام، كندا، كولومبيا، لبنان، ليختنشتاين، مالطة، المملكة العربية السعودية، موريشيوس،"
            + " النمسا، الولايات المتحدة الأمريكية.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TreatyRegistry registry;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    final UnArabic arabic = UnArabic.arabicIndic();

    long closedDemo() {
        return jdbc.queryForObject("select min(id) from reporting_cycle where demo and status = 'CLOSED'", Long.class);
    }

    long openDemo() {
        return jdbc.queryForObject("select min(id) from reporting_cycle where demo and status = 'OPEN'", Long.class);
    }

    Document page(String url, RequestPostProcessor who) throws Exception {
        String html = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void theDemoCycleAsOf30May2016GivesTheSentenceOfSeed001Paragraph5() throws Exception {
        Document page = page("/cycles/" + closedDemo() + "?asOf=2016-05-30&counting=accepted", ANALYST);
        assertThat(page.getElementById("sentence").text()).isEqualTo(PARA_5);
        assertThat(page.getElementById("sentence-copy").text()).isEqualTo(PARA_5);
        assertThat(page.getElementById("cycle-facts").text()).contains("A/RES/70/179")
                .contains("١٨ كانون الأول/ديسمبر ٢٠١٣ - ١ نيسان/أبريل ٢٠١٦");

        // In English the names are those of 2016 too (Swaziland, not Eswatini).
        Document english = page("/cycles/" + closedDemo() + "?asOf=2016-05-30&lang=en", ANALYST);
        assertThat(english.getElementById("sentence").text()).startsWith("As at 30 May 2016, the following States had replied")
                .contains("Swaziland, Sweden").doesNotContain("Eswatini").endsWith("United States of America, Viet Nam.");
    }

    @Test
    void earlierTheSentenceNamesOnlyTheStatesAcceptedByThen() throws Exception {
        long cycle = closedDemo();
        LocalDate asOf = LocalDate.of(2016, 3, 15);
        List<String> names = new ArrayList<>();
        List<String> submittedNames = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select p.iso3, r.decided_at, r.submitted_at from measure_report r"
                + " join participant p on p.id = r.participant_id where r.cycle_id = ? and r.status = 'ACCEPTED'", cycle)) {
            String name = registry.snapshot().participant((String) row.get("iso3")).orElseThrow().nameOn(asOf).nameAr();
            if (!LocalDate.ofInstant(((Timestamp) row.get("decided_at")).toInstant(), clock.getZone()).isAfter(asOf)) {
                names.add(name);
            }
            if (!LocalDate.ofInstant(((Timestamp) row.get("submitted_at")).toInstant(), clock.getZone()).isAfter(asOf)) {
                submittedNames.add(name);
            }
        }
        assertThat(names).hasSizeBetween(5, 30);
        assertThat(submittedNames.size()).isGreaterThan(names.size());
        String sentence = page("/cycles/" + cycle + "?asOf=2016-03-15", ANALYST).getElementById("sentence").text();
        assertThat(sentence).isEqualTo(ResponseSentence.arabic(arabic, asOf, names)).startsWith("حتى ١٥ آذار/مارس ٢٠١٦، ");
        String counted = page("/cycles/" + cycle + "?asOf=2016-03-15&counting=submitted", ANALYST)
                .getElementById("sentence").text();
        assertThat(counted).isEqualTo(ResponseSentence.arabic(arabic, asOf, submittedNames));
        // Before any answer, the sentence says none had answered.
        assertThat(page("/cycles/" + cycle + "?asOf=2015-01-01", ANALYST).getElementById("sentence").text())
                .isEqualTo("حتى ١ كانون الثاني/يناير ٢٠١٥، لم ترد أي دولة على طلب للمعلومات عمّمه الأمين العام في شكل مذكرة شفوية.");
        // A closed cycle's sentence defaults to its deadline.
        assertThat(page("/cycles/" + cycle, ANALYST).getElementById("asOf").val()).isEqualTo("٣٠/٠٤/٢٠١٦");
    }

    @Test
    void countsAndResponseRatesMatchTheData() throws Exception {
        long cycle = closedDemo();
        long asked = jdbc.queryForObject("select count(*) from cycle_participant where cycle_id = ?", Long.class, cycle);
        long unMembers = jdbc.queryForObject("select count(*) from participant where un_member", Long.class);
        assertThat(asked).isEqualTo(unMembers);
        Document page = page("/cycles/" + cycle, ANALYST);
        assertThat(page.select("#count-ACCEPTED .count").text()).isEqualTo("٣٣");
        assertThat(page.select("#count-SUBMITTED .count").text()).isEqualTo("٠");
        assertThat(page.select("#count-NOT_STARTED .count").text()).isEqualTo(arabic.integer(asked - 33));
        long percent = Math.round(3300.0 / asked);
        assertThat(page.select("#response-rate .rate").text()).isEqualTo(arabic.percent(percent));
        // By region: Africa answered through Algeria, Mauritius, Swaziland and Tunisia.
        long africa = jdbc.queryForObject("select count(*) from cycle_participant c join participant p on p.id = c.participant_id"
                + " where c.cycle_id = ? and p.region_en = 'Africa'", Long.class, cycle);
        Element row = page.getElementById("region-Africa");
        assertThat(row.select(".asked").text()).isEqualTo(arabic.integer(africa));
        assertThat(row.select(".answered").text()).isEqualTo("٤");
        assertThat(row.select(".rate").text()).isEqualTo(arabic.percent(Math.round(400.0 / africa)));
        assertThat(page.select("#region-Europe .answered").text()).isEqualTo("١٢");
        assertThat(page.select("#region-total .answered").text()).isEqualTo("٣٣");
        // Every participant is listed; the answered ones link to their report.
        assertThat(page.select("#participants tbody tr")).hasSize((int) asked);
        Long peruReport = jdbc.queryForObject("select r.id from measure_report r join participant p on p.id = r.participant_id"
                + " where r.cycle_id = ? and p.iso3 = 'PER'", Long.class, cycle);
        assertThat(page.select("#participant-PER a").attr("href")).isEqualTo("/reports/" + peruReport);
        assertThat(page.select("#participant-PER .status").text()).isEqualTo("مقبول");

        // The list of cycles shows answered over asked.
        Document list = page("/cycles", ANALYST);
        assertThat(list.select("#cycle-" + cycle + " .answered").text()).isEqualTo("٣٣ من " + arabic.integer(asked));
        assertThat(list.getElementById("new-cycle")).isNull();
    }

    /** A figure as the page prints it, in either digit style. */
    static long figure(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            digits.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660')) : c);
        }
        return Long.parseLong(digits.toString());
    }

    @Test
    void everyFigureOnBothDemoCyclesAddsUpAndTheSentencesCountSaysWhyItDiffers() throws Exception {
        for (long cycle : List.of(closedDemo(), openDemo())) {
            long asked = jdbc.queryForObject("select count(*) from cycle_participant where cycle_id = ?", Long.class, cycle);
            for (String lang : List.of("ar", "en")) {
                for (String counting : List.of("accepted", "submitted")) {
                    Document page = page("/cycles/" + cycle + "?lang=" + lang + "&counting=" + counting, ANALYST);
                    String where = "cycle " + cycle + " " + lang + " " + counting;
                    long accepted = figure(page.select("#count-ACCEPTED .count").text());
                    long submitted = figure(page.select("#count-SUBMITTED .count").text());
                    long returned = figure(page.select("#count-RETURNED .count").text());
                    long draft = figure(page.select("#count-DRAFT .count").text());
                    long notStarted = figure(page.select("#count-NOT_STARTED .count").text());
                    assertThat(figure(page.select("#count-ASKED .count").text())).as(where).isEqualTo(asked);
                    assertThat(accepted + submitted + returned + draft + notStarted).as(where).isEqualTo(asked);
                    // The answers, those awaiting review and those not yet answered are every participant asked.
                    long answered = figure(page.select("#region-total .answered").text());
                    long nonResponders = figure(page.getElementById("non-responder-count").text());
                    long awaiting = counting.equals("submitted") ? 0 : submitted;
                    assertThat(answered).as(where).isEqualTo(counting.equals("submitted") ? accepted + submitted : accepted);
                    assertThat(nonResponders).as(where).isEqualTo(returned + draft + notStarted);
                    assertThat(answered + awaiting + nonResponders).as(where).isEqualTo(asked);
                    // The regions' rows add up to the total.
                    long regionsAsked = 0;
                    long regionsAnswered = 0;
                    for (Element row : page.select("#regions tbody tr")) {
                        regionsAsked += figure(row.select(".asked").text());
                        regionsAnswered += figure(row.select(".answered").text());
                    }
                    assertThat(regionsAsked).as(where).isEqualTo(asked);
                    assertThat(regionsAnswered).as(where).isEqualTo(answered);
                    // The page says how the figures add up, each with its status.
                    UnArabic digits = lang.equals("en") ? UnArabic.western() : arabic;
                    String sum = page.getElementById("counts-sum").text();
                    assertThat(sum).as(where).contains(digits.integer(asked)).contains(digits.integer(notStarted));
                    String answers = page.getElementById("counts-answers").text();
                    assertThat(answers).as(where).contains(digits.integer(answered)).contains(digits.integer(nonResponders));
                    if (awaiting > 0) {
                        assertThat(answers).as(where).contains(digits.integer(awaiting))
                                .contains(lang.equals("en") ? "awaiting the secretariat's review" : "تنتظر استعراض الأمانة");
                    }
                }
            }
        }

        // The closed cycle's sentence is at its deadline (30 April 2016) and names fewer States than the
        // tiles count to date: the page gives both counts with their dates and the difference.
        long cycle = closedDemo();
        long byDeadline = jdbc.queryForObject("select count(*) from measure_report r where r.cycle_id = ? and r.status = 'ACCEPTED'"
                + " and r.decided_at < timestamp with time zone '2016-05-01 00:00:00+14'", Long.class, cycle);
        assertThat(byDeadline).isBetween(1L, 32L);
        Document english = page("/cycles/" + cycle + "?lang=en", ANALYST);
        assertThat(english.getElementById("sentence-count").text()).isEqualTo("Answers accepted on or before 30 April 2016"
                + " (the deadline), named in the sentence: " + byDeadline + ". Answers accepted to date ("
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).format(LocalDate.now(clock))
                + "), counted above: 33, of which " + (33 - byDeadline) + " after 30 April 2016.");
        Document arabicPage = page("/cycles/" + cycle, ANALYST);
        assertThat(arabicPage.getElementById("sentence-count").text())
                .startsWith("الردود المقبولة حتى ٣٠ نيسان/أبريل ٢٠١٦ (الموعد النهائي)، التي تذكرها الجملة: " + arabic.integer(byDeadline) + ".")
                .contains("المحسوبة أعلاه: ٣٣، منها " + arabic.integer(33 - byDeadline) + " بعد ٣٠ نيسان/أبريل ٢٠١٦.");
        // On 30 May 2016 the two counts are the same, and the page says so.
        assertThat(page("/cycles/" + cycle + "?asOf=2016-05-30&lang=en", ANALYST).getElementById("sentence-count").text())
                .startsWith("Answers accepted on or before 30 May 2016, named in the sentence: 33; the same as counted above");
    }

    @Test
    void theDemoDataIsMarkedAndDated() {
        long cycle = closedDemo();
        assertThat(jdbc.queryForObject("select count(*) from measure_report r where r.cycle_id = ? and r.status = 'ACCEPTED'"
                + " and r.decided_at <= timestamp with time zone '2016-05-30 23:59:59+14'", Integer.class, cycle)).isEqualTo(33);
        List<Integer> perReport = jdbc.queryForList("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " where r.cycle_id = ? group by r.id", Integer.class, cycle);
        assertThat(perReport).hasSize(33).allSatisfy(n -> assertThat(n).isBetween(2, 5));
        assertThat(jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " where r.cycle_id = ? and m.description not like '%(محتوى إيضاحي)'", Integer.class, cycle)).isZero();
        assertThat(jdbc.queryForObject("select count(distinct m.type_code) from measure m join measure_report r"
                + " on r.id = m.report_id where r.cycle_id = ?", Integer.class, cycle)).isGreaterThan(12);
        assertThat(jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " where r.cycle_id = ? and (m.start_date < '2013-12-18' or m.start_date > '2016-04-01')", Integer.class, cycle))
                .isZero();
        for (String[] focal : new String[][] {{"focal.peru", "PER"}, {"focal.tunisia", "TUN"}, {"focal.lebanon", "LBN"}}) {
            Map<String, Object> account = jdbc.queryForMap("select u.password_hash, u.role, p.iso3 from app_user u"
                    + " join participant p on p.id = u.participant_id where u.username = ?", focal[0]);
            assertThat(account.get("role")).isEqualTo("FOCAL_POINT");
            assertThat(account.get("iso3")).isEqualTo(focal[1]);
            assertThat(encoder.matches("focal-demo-2026", (String) account.get("password_hash"))).isTrue();
        }
    }

    @Test
    void theOpenCycleListsItsNonRespondersAndExportsThem() throws Exception {
        long cycle = openDemo();
        Set<String> expected = new TreeSet<>(jdbc.queryForList("select p.iso3 from cycle_participant c"
                + " join participant p on p.id = c.participant_id left join measure_report r"
                + " on r.cycle_id = c.cycle_id and r.participant_id = c.participant_id"
                + " where c.cycle_id = ? and (r.id is null or r.status in ('DRAFT', 'RETURNED'))", String.class, cycle));
        assertThat(expected).contains("ARG", "TUN", "LBN").doesNotContain("PER", "MUS", "CHL");
        Document page = page("/cycles/" + cycle, SECRETARIAT);
        Set<String> shown = new TreeSet<>(page.select("#non-responders li").eachAttr("data-iso3"));
        assertThat(shown).isEqualTo(expected);
        assertThat(page.getElementById("non-responder-count").text()).isEqualTo(arabic.integer(expected.size()));
        String reminder = page.getElementById("reminder").wholeText();
        assertThat(reminder.split("\n")).hasSize(expected.size()).contains("الأرجنتين", "تونس", "لبنان")
                .doesNotContain("بيرو");
        // UN Arabic order: names beginning with ال sort by the following letter (الأرجنتين among the alifs).
        List<String> lines = List.of(reminder.split("\n"));
        assertThat(lines.indexOf("الأرجنتين")).isLessThan(lines.indexOf("تونس"));
        assertThat(page.select("#participant-ARG .status").text()).isEqualTo("قيد الصياغة");
        assertThat(page.select("#participant-TUN .status").text()).isEqualTo("أعيد للتنقيح");
        assertThat(page.getElementById("edit-cycle")).isNotNull();

        byte[] csv = mvc.perform(get("/cycles/" + cycle + "/non-responders.csv").with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).hasSize(expected.size() + 1);
        assertThat(text).contains("ARG,الأرجنتين,Argentina,الأمريكتان,قيد الصياغة").doesNotContain("PER,");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralized() {
        byte[] csv = org.tiptracker.export.CsvFile.of(List.of("a", "b"), List.of(List.of("=HYPERLINK(\"http://x\")", "+1"),
                List.of("@SUM(A1)", "-2"), List.of("بيرو", "Peru")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFa,b\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+1\r\n").contains("'@SUM(A1),'-2\r\n")
                .contains("بيرو,Peru");
    }

    private static MockHttpServletRequestBuilder form(String url, String... fields) {
        MockHttpServletRequestBuilder request = post(url);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void theSecretariatCreatesACycleAndBadInputIsExplainedWithoutLosingAnything() throws Exception {
        String unique = UUID.randomUUID().toString();
        String title = "دورة اختبار <b>" + unique + "</b>";
        // The period ends before it starts: an Arabic message next to the end date, the entry kept.
        String html = mvc.perform(form("/cycles", "titleAr", title, "titleEn", "Test cycle", "noteReference", "CU 2026/1",
                        "resolution", "A/RES/79/1", "periodStart", "2025-06-01", "periodEnd", "2024-06-01",
                        "deadline", "2025-09-30", "status", "DRAFT", "allMembers", "true").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#periodEnd + .invalid-feedback").text()).isEqualTo("تنتهي الفترة قبل أن تبدأ.");
        assertThat(page.getElementById("titleAr").val()).isEqualTo(title);
        // The dates are kept, shown in the date field's form (day/month/year, the page's digits).
        assertThat(page.getElementById("periodStart").val()).isEqualTo("٠١/٠٦/٢٠٢٥");
        assertThat(page.getElementById("periodEnd").val()).isEqualTo("٠١/٠٦/٢٠٢٤");
        assertThat(page.getElementById("form-errors")).isNotNull();
        assertThat(html).doesNotContain("<b>" + unique);
        assertThat(jdbc.queryForObject("select count(*) from reporting_cycle where title_ar = ?", Integer.class, title)).isZero();

        // A date that is not a date, and "these participants" with none ticked.
        page = Jsoup.parse(mvc.perform(form("/cycles", "titleAr", title, "titleEn", "Test cycle", "noteReference", "CU 2026/1",
                        "resolution", "A/RES/79/1", "periodStart", "2025-02-30", "periodEnd", "2025-12-31",
                        "deadline", "2026-01-31", "status", "OPEN", "allMembers", "false").with(SECRETARIAT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#periodStart + .invalid-feedback").text()).startsWith("أدخل تاريخاً صحيحاً");
        assertThat(page.getElementById("participants-choice").text()).contains("أشِّر على مشارك واحد على الأقل");
        assertThat(page.getElementById("allMembers-no").hasAttr("checked")).isTrue();

        // Corrected: all UN member states are asked.
        String location = mvc.perform(form("/cycles", "titleAr", title, "titleEn", "Test cycle", "noteReference", "CU 2026/1",
                        "resolution", "A/RES/79/1", "periodStart", "2024-06-01", "periodEnd", "2025-06-01",
                        "deadline", "2025-09-30", "status", "DRAFT", "allMembers", "true").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.queryForObject("select id from reporting_cycle where title_ar = ?", Long.class, title);
        assertThat(location).isEqualTo("/cycles/" + id);
        assertThat(jdbc.queryForObject("select count(*) from cycle_participant where cycle_id = ?", Long.class, id))
                .isEqualTo(jdbc.queryForObject("select count(*) from participant where un_member", Long.class));
        Document detail = page("/cycles/" + id, SECRETARIAT);
        assertThat(detail.select("h1 span").first().text()).isEqualTo(title);

        // Edited to ask two participants only; the form shows them ticked.
        Document edit = page("/cycles/" + id + "/edit", SECRETARIAT);
        String version = edit.getElementById("version").val();
        assertThat(edit.getElementById("allMembers-yes").hasAttr("checked")).isTrue();
        mvc.perform(form("/cycles/" + id, "titleAr", title, "titleEn", "Test cycle", "noteReference", "CU 2026/1",
                        "resolution", "A/RES/79/1", "periodStart", "2024-06-01", "periodEnd", "2025-06-01",
                        "deadline", "2025-09-30", "status", "OPEN", "allMembers", "false", "participants", "PER",
                        "participants", "LBN", "version", version).with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select p.iso3 from cycle_participant c join participant p on p.id = c.participant_id"
                + " where c.cycle_id = ? order by 1", String.class, id)).containsExactly("LBN", "PER");
        edit = page("/cycles/" + id + "/edit", SECRETARIAT);
        assertThat(edit.getElementById("allMembers-no").hasAttr("checked")).isTrue();
        assertThat(edit.getElementById("p-PER").hasAttr("checked")).isTrue();
        assertThat(edit.getElementById("p-ARG").hasAttr("checked")).isFalse();

        // A stale version is refused with 409; the entry stays in the form.
        String stale = mvc.perform(form("/cycles/" + id, "titleAr", title + " تعديل", "titleEn", "Test cycle",
                        "noteReference", "CU 2026/1", "resolution", "A/RES/79/1", "periodStart", "2024-06-01",
                        "periodEnd", "2025-06-01", "deadline", "2025-09-30", "status", "OPEN", "allMembers", "true",
                        "version", version).with(SECRETARIAT).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document conflict = Jsoup.parse(stale);
        assertThat(conflict.getElementById("form-errors").text()).contains("عدّل شخص آخر هذه الدورة");
        assertThat(conflict.getElementById("titleAr").val()).isEqualTo(title + " تعديل");
        assertThat(jdbc.queryForObject("select title_ar from reporting_cycle where id = ?", String.class, id)).isEqualTo(title);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ReportingCycle' and entity_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void analystsReadButDoNotChangeAndFocalPointsDoNotSeeCycles() throws Exception {
        long cycle = openDemo();
        page("/cycles", ANALYST);
        Document detail = page("/cycles/" + cycle, ANALYST);
        assertThat(detail.getElementById("edit-cycle")).isNull();
        mvc.perform(get("/cycles/new").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(get("/cycles/" + cycle + "/edit").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(form("/cycles", "titleAr", "x").with(ANALYST).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(form("/cycles/" + cycle, "titleAr", "x", "version", "0").with(ANALYST).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cycles").with(FOCAL_POINT)).andExpect(status().isForbidden());
        mvc.perform(get("/cycles/" + cycle).with(FOCAL_POINT)).andExpect(status().isForbidden());
        mvc.perform(get("/cycles/" + cycle + "/non-responders.csv").with(FOCAL_POINT)).andExpect(status().isForbidden());
        mvc.perform(get("/cycles/999999999").with(ANALYST)).andExpect(status().isNotFound());
        mvc.perform(get("/cycles/" + cycle + "?asOf=2016-13-01").with(ANALYST)).andExpect(status().isBadRequest());
    }
}
