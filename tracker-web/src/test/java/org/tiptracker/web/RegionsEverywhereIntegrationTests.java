package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A participant's region is one classification, the UN M49 regions, on every page and export that
 * shows it, named as such in every heading, in both languages: Peru, Tunisia and Thailand are walked
 * through the participant page, /status and its CSV and Excel exports, a cycle's table, the measures
 * export and the Global Report's countries (where the edition has them).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionsEverywhereIntegrationTests {

    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final Map<String, String> STATES = Map.of("PER", "Americas", "TUN", "Africa", "THA", "Asia");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    byte[] body(String url) throws Exception {
        return mvc.perform(get(url).with(ANALYST)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(new String(body(url), StandardCharsets.UTF_8));
    }

    /** The text of the cell under the column headed {@code heading} in the row {@code row} of {@code table}. */
    static String cell(Document page, String table, String row, String heading) {
        List<String> headings = page.select(table + " thead tr").first().select("th").eachText();
        int column = headings.indexOf(heading);
        assertThat(column).as(table + " has a column headed " + heading + ": " + headings).isGreaterThanOrEqualTo(0);
        Element line = page.selectFirst(table + " tbody " + row);
        assertThat(line).as(table + " " + row).isNotNull();
        return line.children().get(column).text();
    }

    /** A CSV's rows (quoted fields may hold commas and doubled quotes). */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString().replace("\r", ""));
                field.setLength(0);
                rows.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }

    /** The value under {@code heading} in the first CSV row whose any field is {@code iso3}. */
    static String csvCell(List<List<String>> rows, String heading, String iso3) {
        int column = rows.get(0).indexOf(heading);
        assertThat(column).as("CSV column headed " + heading + ": " + rows.get(0)).isGreaterThanOrEqualTo(0);
        return rows.stream().skip(1).filter(r -> r.contains(iso3)).findFirst().orElseThrow(() -> new AssertionError(iso3))
                .get(column);
    }

    @Test
    void aStateHasTheSameRegionOnEveryPageAndExportAndEveryHeadingNamesTheClassification() throws Exception {
        long closed = jdbc.queryForObject("select min(id) from reporting_cycle where demo and status = 'CLOSED'", Long.class);
        for (String lang : List.of("ar", "en")) {
            Locale locale = Locale.forLanguageTag(lang);
            String heading = messages.getMessage("status.column.region", null, locale);
            assertThat(heading).contains("M49");
            Document status = page("/status?lang=" + lang);
            List<List<String>> statusCsv = csv(body("/status/export.csv?lang=" + lang));
            Sheet sheet;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body("/status/export.xlsx?lang=" + lang)))) {
                sheet = workbook.getSheetAt(0);
            }
            Document cycle = page("/cycles/" + closed + "?lang=" + lang);
            List<List<String>> measuresCsv = csv(body("/measures/export.csv?lang=" + lang));
            for (Map.Entry<String, String> state : STATES.entrySet()) {
                String iso3 = state.getKey();
                String region = messages.getMessage("region." + state.getValue(), null, locale);
                String where = iso3 + " " + lang;
                Document participant = page("/participants/" + iso3 + "?lang=" + lang);
                assertThat(participant.getElementById("participant-region").text()).as(where).isEqualTo(region);
                assertThat(participant.getElementById("participant-region").previousElementSibling().text()).isEqualTo(heading);
                // The finer M49 level is labelled as a sub-region, never as the region.
                assertThat(participant.getElementById("participant-subregion").previousElementSibling().text())
                        .as(where).isEqualTo(messages.getMessage("participant.subregion", null, locale));
                assertThat(cell(status, "#status-table", "tr[data-iso3=" + iso3 + "]", heading)).as(where).isEqualTo(region);
                assertThat(csvCell(statusCsv, heading, iso3)).as(where).isEqualTo(region);
                assertThat(xlsxCell(sheet, heading, iso3)).as(where).isEqualTo(region);
                assertThat(cell(cycle, "#participants", "#participant-" + iso3,
                        messages.getMessage("cycles.regions.region", null, locale))).as(where).isEqualTo(region);
                assertThat(csvCell(measuresCsv, messages.getMessage("measures.column.region", null, locale), iso3))
                        .as(where).isEqualTo(region);
                for (Long edition : jdbc.queryForList("select min(g.edition_id) from global_report_country g join participant p"
                        + " on p.id = g.participant_id where p.iso3 = ? having count(*) > 0", Long.class, iso3)) {
                    Document report = page("/global-report/editions/" + edition + "?lang=" + lang);
                    String column = messages.getMessage("globalreport.column.region", null, locale);
                    assertThat(column).contains("M49");
                    assertThat(cell(report, "#countries", "#country-" + iso3, column)).as(where).isEqualTo(region);
                }
            }
            // The region table of a cycle names its rows the same way.
            assertThat(cycle.select("#region-Americas th").text()).isEqualTo(messages.getMessage("region.Americas", null, locale));
        }
    }

    static String xlsxCell(Sheet sheet, String heading, String iso3) {
        DataFormatter format = new DataFormatter();
        Row header = sheet.getRow(0);
        int column = -1;
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (heading.equals(format.formatCellValue(header.getCell(i)))) {
                column = i;
            }
        }
        assertThat(column).as("sheet column headed " + heading).isGreaterThanOrEqualTo(0);
        for (Row row : sheet) {
            for (int i = 0; i < row.getLastCellNum(); i++) {
                if (iso3.equals(format.formatCellValue(row.getCell(i)))) {
                    return format.formatCellValue(row.getCell(column));
                }
            }
        }
        throw new AssertionError("no row for " + iso3);
    }
}
