package org.tiptracker.trustfund.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.web.DisplayFormat;

/**
 * The exports of contributions, expenditures other than grants and grants, as CSV and XLSX
 * ({@code /trust-fund/<list>/export.csv|xlsx}): one header of the page's language, one line a
 * record (dates, amounts and years typed in the spreadsheet), cells that could be read as formulas
 * neutralized.
 */
@Controller
record TrustFundExportsController(TrustFundService fund, TrustFundDisplay display, MessageSource messages) {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** One exported table: its columns ({@code trustfund.column.*}) and its lines. */
    private record Table(List<String> columns, List<List<Object>> lines) {
    }

    @GetMapping("/trust-fund/{list:contributions|expenditures|grants}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String list, Locale locale) {
        Table table = table(list, locale);
        return download(CsvFile.of(header(table, locale), table.lines().stream().map(CsvFile::texts).toList()), CSV, "trust-fund-" + list + ".csv");
    }

    @GetMapping("/trust-fund/{list:contributions|expenditures|grants}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String list, Locale locale) {
        Table table = table(list, locale);
        return download(xlsx(header(table, locale), table.lines(), locale), XLSX, "trust-fund-" + list + ".xlsx");
    }

    private Table table(String list, Locale locale) {
        String demo = text("trustfund.demo", locale);
        return switch (list) {
            case "contributions" -> new Table(List.of("date", "donor", "kind", "amount", "currency", "status", "note", "demo"),
                    fund.contributions().stream().map(c -> List.<Object>of(c.receivedOn(), display.donor(c.donor(), locale),
                            text("trustfund.kind." + c.donor().kind(), locale), c.amount(), c.currency(),
                            text("trustfund.contributionStatus." + c.status(), locale), orEmpty(c.note()),
                            c.demo() ? demo : "")).toList());
            case "expenditures" -> new Table(List.of("date", "expenditureKind", "amount", "currency", "description", "demo"),
                    fund.expenditures().stream().map(e -> List.<Object>of(e.spentOn(),
                            text("trustfund.expenditure.kind." + e.kind(), locale), e.amount(), e.currency(),
                            orEmpty(e.description()), e.demo() ? demo : "")).toList());
            case "grants" -> new Table(List.of("ngo", "country", "amount", "currency", "periodStart", "periodEnd", "status",
                    "call", "focusGroups", "services", "demo"),
                    fund.grants().stream().map(g -> List.<Object>of(g.ngoName(), display.country(g.country(), locale),
                            g.amount(), g.currency(), g.periodStart(), g.periodEnd(),
                            text("trustfund.grantStatus." + g.status(), locale),
                            g.call() == null ? "" : g.call().year(), orEmpty(g.focusGroups()),
                            orEmpty(g.services()), g.demo() ? demo : "")).toList());
            default -> throw new NotFoundException("trustfund.notFound", list);
        };
    }

    private List<String> header(Table table, Locale locale) {
        return table.columns().stream().map(c -> text("trustfund.column." + c, locale)).toList();
    }

    private byte[] xlsx(List<String> header, List<List<Object>> lines, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            TableSheet sheet = TableSheet.create(workbook, text("trustfund.export.sheet", locale),
                    !DisplayFormat.isEnglish(locale), header);
            lines.forEach(sheet::row);
            sheet.finish();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
