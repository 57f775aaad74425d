package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hundreds of bad inputs, as an attacker or a clumsy user sends them, into every list page's query
 * parameters and the main forms' fields: too long, NUL and control characters, HTML and script,
 * spreadsheet formulas, impossible and Hijri-looking dates, Arabic-Indic digits, negative and huge
 * numbers, unknown values, SQL. None answers 5xx, no script comes back unescaped, a refused form
 * changes nothing, and a refusal is in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputCorpusIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final String SCRIPT = "<script>alert(1)</script>";

    static final List<String> VALUES = List.of("x".repeat(5000), "\u0000", "\u0007abc\u001b", SCRIPT,
            "=HYPERLINK(\"http://evil.example\")", "2016-02-30", "٢٠١٦-٠٢-٣٠", "1437-08-22", "-1",
            "99999999999999999999", "BOGUS_VALUE", "' or 1=1 --", "\uD800", "%00", "../../etc/passwd");

    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/status", List.of("asOf", "treaty", "region", "state", "q"));
        PAGES.put("/status/changes", List.of("from", "to", "treaty"));
        PAGES.put("/documents", List.of("q", "organ", "kind", "year"));
        PAGES.put("/activities", List.of("q", "agency", "year", "country", "region", "heading", "kind"));
        PAGES.put("/working-group/recommendations", List.of("q", "meeting", "theme", "addressee"));
        PAGES.put("/measures", List.of("q", "heading", "region", "status", "group", "cycle", "type", "page"));
        PAGES.put("/search", List.of("q", "kind", "year", "page"));
        PAGES.put("/api/search", List.of("q", "kind", "year", "page"));
        PAGES.put("/api/treaties/TIP/status", List.of("asOf"));
        PAGES.put("/api/map/TIP", List.of("asOf"));
        PAGES.put("/map", List.of("treaty", "asOf"));
        PAGES.put("/", List.of("asOf"));
        PAGES.put("/trust-fund", List.of("asOf"));
        PAGES.put("/awareness", List.of("asOf"));
        PAGES.put("/documents/find", List.of("symbol"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> problems(MockHttpServletRequestBuilder request, String what) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        List<String> out = new ArrayList<>();
        String body = response.getContentAsString();
        if (response.getStatus() >= 500) {
            out.add(what + " answered " + response.getStatus());
        }
        boolean json = response.getContentType() != null && response.getContentType().startsWith("application/json");
        // JSON may carry the text as a value: served as JSON with nosniff, a browser never runs it.
        if (body.contains(SCRIPT) && !(json && "nosniff".equals(response.getHeader("X-Content-Type-Options")))) {
            out.add(what + " sent the script back unescaped");
        }
        if (body.contains("Exception") || body.contains("at org.")) {
            out.add(what + " showed a stack trace");
        }
        if (response.getStatus() == 400 && response.getContentType() != null && response.getContentType().startsWith("text/html")
                && !body.contains("lang=\"ar\"")) {
            out.add(what + " refused in another language than the reader's");
        }
        return out;
    }

    @Test
    void everyListPageAndApiTakesEveryBadValueWithoutAServerError() throws Exception {
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, List<String>> page : PAGES.entrySet()) {
            for (String parameter : page.getValue()) {
                for (String value : VALUES) {
                    requests++;
                    problems.addAll(problems(get(page.getKey()).param(parameter, value).with(SECRETARIAT),
                            page.getKey() + "?" + parameter + "=" + shortened(value)));
                }
            }
        }
        for (String path : List.of("/documents/999999999", "/documents/abc", "/activities/-1", "/participants/XXX",
                "/participants/" + SCRIPT, "/reports/999999999", "/report-drafts/999999999", "/cycles/abc",
                "/working-group/recommendations/99999999999999999999", "/api/report-drafts/0")) {
            requests++;
            problems.addAll(problems(get(path).with(SECRETARIAT), path));
        }
        assertThat(requests).isGreaterThanOrEqualTo(300);
        assertThat(problems).isEmpty();
    }

    /** A form, the good value of each of its fields, the table a save adds a row to, and how to undo a save. */
    record FormCase(String path, String table, Map<String, String> fields, String undo, RequestPostProcessor who) {
        FormCase(String path, String table, Map<String, String> fields) {
            this(path, table, fields, "delete from " + table + " where id = (select max(id) from " + table + ")", SECRETARIAT);
        }

        FormCase(String path, String table, Map<String, String> fields, String undo) {
            this(path, table, fields, undo, SECRETARIAT);
        }

        FormCase by(RequestPostProcessor someone) {
            return new FormCase(path, table, fields, undo, someone);
        }
    }

    @Test
    void badFieldsInTheMainFormsChangeNothingAndNeverFail() throws Exception {
        List<FormCase> forms = new ArrayList<>();
        forms.add(new FormCase("/documents", "un_document", Map.of("organ", "GENERAL_ASSEMBLY", "kind", "REPORT", "year", "2015",
                "titleAr", "وثيقة", "number", "", "symbol", "", "session", "", "adoptedOn", "")));
        forms.add(new FormCase("/cycles", "reporting_cycle", Map.of("titleAr", "دورة", "titleEn", "Cycle", "noteReference", "NV/1",
                "resolution", "A/RES/70/179", "periodStart", "2013-12-18", "periodEnd", "2016-04-01", "deadline", "2016-04-30",
                "status", "DRAFT", "allMembers", "true")));
        forms.add(new FormCase("/actions", "treaty_action", Map.of("iso3", "DZA", "treaty", "TIP", "kind", "RESERVATION",
                "date", "2004-03-09", "text", "تحفظ", "reason", "اختبار")));
        forms.add(new FormCase("/activities", "agency_activity", Map.ofEntries(Map.entry("agency", "UNODC"),
                Map.entry("kind", "TRAINING"), Map.entry("heading", "PREVENTION"), Map.entry("title", "نشاط تجريبي"),
                Map.entry("description", "وصف"), Map.entry("startDate", "2015-01-01"), Map.entry("endDate", ""),
                Map.entry("datePrecision", "DAY"), Map.entry("peopleTrained", "10"), Map.entry("sourceSymbol", "A/71/1"),
                Map.entry("sourceParagraph", "5"))));
        forms.add(new FormCase("/working-group/meetings", "wg_meeting", Map.of("number", "25", "year", "2020",
                "startDate", "2020-07-01", "endDate", "2020-07-02", "venueAr", "فيينا", "venueEn", "Vienna", "format", "IN_PERSON",
                "reportSymbol", "CTOC/COP/WG.4/2020/1", "subjectAr", "موضوع", "source", "اختبار")));
        forms.add(new FormCase("/working-group/recommendations", "wg_recommendation", Map.of("meetingId",
                jdbc.queryForObject("select min(id) from wg_meeting", Long.class).toString(), "paragraph", "",
                "position", "27", "addressee", "STATES", "themeCode",
                jdbc.queryForObject("select min(code) from wg_theme", String.class), "textAr", "توصية تجريبية",
                "textEn", "", "source", "")));
        forms.add(new FormCase("/awareness/themes", "world_day_theme", Map.of("year", "2026", "themeAr", "موضوع تجريبي",
                "themeEn", "Test theme", "source", "اختبار")));
        forms.add(new FormCase("/awareness/blue-heart", "blue_heart_adoption", Map.of("iso3",
                jdbc.queryForObject("select min(iso3) from participant where kind = 'STATE' and id not in"
                        + " (select participant_id from blue_heart_adoption)", String.class),
                "year", "2016", "knownBy", "2016-05-30", "source", "اختبار")));
        String donor = jdbc.queryForObject("select min(id) from fund_donor", Long.class).toString();
        forms.add(new FormCase("/trust-fund/donors", "fund_donor", Map.of("kind", "FOUNDATION", "participantIso3", "",
                "name", "مانح تجريبي")));
        forms.add(new FormCase("/trust-fund/contributions", "fund_contribution", Map.of("donorId", donor,
                "receivedOn", "2015-03-01", "amount", "1000.50", "currency", "USD", "status", "PAID", "note", "ملاحظة")));
        forms.add(new FormCase("/trust-fund/expenditures", "fund_expenditure", Map.of("spentOn", "2015-03-01",
                "kind", "PROGRAMME_SUPPORT_COSTS", "amount", "100", "currency", "USD", "description", "وصف")));
        forms.add(new FormCase("/trust-fund/calls", "fund_call", Map.of("year", "2031", "titleAr", "دعوة تجريبية",
                "titleEn", "Test call", "opensOn", "2031-01-01", "closesOn", "2031-03-01")));
        forms.add(new FormCase("/trust-fund/grants", "fund_grant", Map.of("callId",
                jdbc.queryForObject("select min(id) from fund_call", Long.class).toString(), "ngoName", "منظمة تجريبية",
                "countryIso3", "NGA", "amount", "20000", "currency", "USD", "periodStart", "2015-01-01",
                "periodEnd", "2015-12-31", "focusGroups", "نساء", "services", "مأوى", "status", "FUNDED")));
        forms.add(new FormCase("/trust-fund/board", "fund_trustee", Map.of("nameAr", "عضو تجريبي", "nameEn", "Test trustee",
                "countryIso3", "NGA", "termStart", "2015-01-01", "termEnd", "2017-12-31")));
        forms.add(new FormCase("/report-drafts", "report_draft", Map.ofEntries(Map.entry("symbol", "A/71/991"),
                Map.entry("session", "71"), Map.entry("agendaItem", "105"), Map.entry("agendaFootnoteSymbol", "A/71/50"),
                Map.entry("agendaTitleAr", "منع الجريمة"), Map.entry("agendaTitleEn", "Crime prevention"),
                Map.entry("titleAr", "تقرير تجريبي"), Map.entry("titleEn", "Test report"),
                Map.entry("requestingResolution", "A/RES/70/179"), Map.entry("requestingParagraph", "22"),
                Map.entry("previousResolution", "A/RES/68/192"), Map.entry("issueDate", "2016-07-01"),
                Map.entry("periodFrom", "2013-12-18"), Map.entry("periodTo", "2016-04-01"), Map.entry("cutOff", "2016-05-30"),
                Map.entry("originalLanguage", "en"), Map.entry("digits", "ARABIC_INDIC"))));
        forms.add(new FormCase("/global-report/editions", "global_report_edition", Map.ofEntries(Map.entry("year", "2011"),
                Map.entry("editionNumber", "9"), Map.entry("publishedYear", "2011"), Map.entry("publishedMonth", "12"),
                Map.entry("dataFromYear", "2007"), Map.entry("dataToYear", "2010"), Map.entry("countriesCovered", "140"),
                Map.entry("legislationYear", "2011"), Map.entry("legislationMonth", "8"), Map.entry("convictionsFromYear", "2007"),
                Map.entry("convictionsToYear", "2010"), Map.entry("source", "مصدر تجريبي"))));
        forms.add(new FormCase("/icat/chairs", "icat_chair", Map.of("year", "2090", "agency", "ILO", "source", "مصدر"),
                "delete from icat_chair where chair_year = 2090"));
        forms.add(new FormCase("/icat/members", "icat_membership", Map.of("agency", "WHO", "role", "MEMBER",
                "from", "2040-01-01", "until", "", "source", "مصدر")));
        forms.add(new FormCase("/icat/papers", "icat_paper", Map.of("titleAr", "ورقة تجريبية", "titleEn", "Test paper",
                "year", "2017", "status", "IN_PREPARATION", "source", "مصدر")));
        forms.add(new FormCase("/accounts", "app_user", Map.of("username", "corpus.user", "role", "ANALYST",
                "fullName", "مستخدم تجريبي", "email", "corpus@example.org", "participantIso3", "")).by(user("admin").roles("ADMIN")));
        List<String> problems = new ArrayList<>();
        for (FormCase form : forms) {
            problems.addAll(problemsOf(form));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void badFieldsInTheFormsInsideARecordChangeNothingAndNeverFail() throws Exception {
        long document = jdbc.queryForObject("select min(id) from un_document where kind = 'RESOLUTION'", Long.class);
        long edition = jdbc.queryForObject("select min(id) from global_report_edition", Long.class);
        List<FormCase> forms = new ArrayList<>();
        forms.add(new FormCase("/documents/" + document + "/paragraphs", "un_document_paragraph", Map.of("number", "91",
                "position", "91", "operative", "true", "textAr", "فقرة تجريبية", "textEn", "A test paragraph", "expected", "")));
        forms.add(new FormCase("/global-report/editions/" + edition + "/countries", "global_report_country", Map.of("iso3",
                jdbc.queryForObject("select min(iso3) from participant where kind = 'STATE' and id not in (select participant_id"
                        + " from global_report_country where edition_id = ?)", String.class, edition),
                "status", "FULL", "band", "UNDER_10")));
        List<String> problems = new ArrayList<>();
        for (FormCase form : forms) {
            problems.addAll(problemsOf(form));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Each bad value in each field, the others good: never a 5xx or an unescaped script, a refusal
     * changes no record, and the form was really used (some inputs saved, others refused on a field).
     */
    private List<String> problemsOf(FormCase form) throws Exception {
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        String count = "select count(*) from " + form.table();
        for (String field : form.fields().keySet()) {
            for (String value : VALUES) {
                if (value.equals("\u0000") || value.equals("\u0007abc\u001b")) {
                    continue; // dropped by design, so the record may be saved: tested elsewhere
                }
                Integer before = jdbc.queryForObject(count, Integer.class);
                String what = "POST " + form.path() + " " + field + "=" + shortened(value);
                MockHttpServletResponse response = send(form, field, value, what, problems);
                if (response == null) {
                    continue;
                }
                int status = response.getStatus();
                if (status >= 500) {
                    problems.add(what + " answered " + status);
                }
                if (response.getContentAsString().contains(SCRIPT)) {
                    problems.add(what + " sent the script back unescaped");
                }
                Integer after = jdbc.queryForObject(count, Integer.class);
                if (status != 302 && !after.equals(before)) {
                    problems.add(what + " was refused but changed the records");
                }
                if (status == 302) {
                    accepted++;
                } else if (status == 200 || status == 400) {
                    refused++;
                } else if (status < 500) {
                    problems.add(what + " answered " + status + " (not a form's answer)");
                }
                if (status == 302 && after > before) {
                    // accepted (the value is acceptable for that field): undo, so that the next input starts clean
                    jdbc.update(form.undo());
                }
            }
        }
        if (accepted == 0 || refused == 0) {
            problems.add(form.path() + ": " + accepted + " accepted, " + refused + " refused");
        }
        problems.addAll(limitProblemsOf(form));
        return problems;
    }

    /**
     * Each field stored in a bounded column, at the column's length and one past it: free text at
     * the limit is saved; one character more is refused on that field and changes nothing.
     */
    private List<String> limitProblemsOf(FormCase form) throws Exception {
        List<String> problems = new ArrayList<>();
        String count = "select count(*) from " + form.table();
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            String column = field.getKey().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            List<Integer> lengths = jdbc.queryForList("select character_maximum_length from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = ? and column_name = ?"
                    + " and character_maximum_length is not null", Integer.class, form.table(), column);
            if (lengths.isEmpty() || field.getValue().isEmpty()) {
                continue;
            }
            int limit = lengths.get(0);
            boolean freeText = field.getValue().matches(".*[\\u0600-\\u06FF ].*");
            for (int length : new int[] {limit, limit + 1}) {
                String value = filled(field.getValue(), length);
                Integer before = jdbc.queryForObject(count, Integer.class);
                String what = "POST " + form.path() + " " + field.getKey() + " with " + length + " characters (column "
                        + form.table() + "." + column + " holds " + limit + ")";
                MockHttpServletResponse response = send(form, field.getKey(), value, what, problems);
                if (response == null) {
                    continue;
                }
                Integer after = jdbc.queryForObject(count, Integer.class);
                if (response.getStatus() == 302 && after > before) {
                    jdbc.update(form.undo());
                }
                if (length > limit) {
                    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
                    if (response.getStatus() == 302 || !after.equals(before)) {
                        problems.add(what + " was saved");
                    } else if (page.select("[name=" + field.getKey() + "].is-invalid").isEmpty()) {
                        problems.add(what + " was refused, but not on its field (" + response.getStatus() + "): "
                                + page.select(".invalid-feedback, .alert").text());
                    }
                } else if (freeText && response.getStatus() != 302) {
                    problems.add(what + " was refused (" + response.getStatus() + ")");
                }
            }
        }
        return problems;
    }

    /** The form sent with {@code value} in {@code field} and the good values elsewhere; null (a problem noted) when it failed. */
    private MockHttpServletResponse send(FormCase form, String field, String value, String what, List<String> problems)
            throws Exception {
        MockHttpServletRequestBuilder request = post(form.path()).with(form.who()).with(csrf());
        form.fields().forEach((name, good) -> request.param(name, name.equals(field) ? value : good));
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException e) {
            problems.add(what + " failed: " + e.getRootCause());
            return null;
        }
    }

    /** {@code good} repeated, words apart, to exactly {@code length} characters. */
    private static String filled(String good, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(good).append(' ');
        }
        text.setLength(length);
        if (text.charAt(length - 1) == ' ') {
            text.setCharAt(length - 1, good.charAt(0));
        }
        return text.toString();
    }

    private static String shortened(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "·");
        return clean.length() > 30 ? clean.substring(0, 30) + "…" : clean;
    }
}
