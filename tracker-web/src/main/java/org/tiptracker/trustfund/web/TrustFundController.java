package org.tiptracker.trustfund.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.trustfund.FundParagraph;
import org.tiptracker.trustfund.Money;
import org.tiptracker.trustfund.TrustFundCalculator;
import org.tiptracker.trustfund.TrustFundFigures;
import org.tiptracker.trustfund.persistence.FundContributionEntity;
import org.tiptracker.trustfund.persistence.FundExpenditureEntity;
import org.tiptracker.trustfund.persistence.FundGrantEntity;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.JsonText;
import org.tiptracker.web.RequestDates;

/**
 * {@code /trust-fund}: the fund's figures as of a date, computed from its rows (never typed), two
 * charts (contributions per year, grants per region), the report's paragraph; and the exports of
 * contributions, expenditures other than grants and grants (CSV and XLSX).
 */
@Controller
class TrustFundController {

    static final String VIEW = "trust-fund/index";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TrustFundService fund;
    private final TrustFundDisplay display;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final Clock clock;

    TrustFundController(TrustFundService fund, TrustFundDisplay display, DisplayFormat format, MessageSource messages,
                        Clock clock) {
        this.fund = fund;
        this.display = display;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    /** One figure of the page: its id (for the tests and the reader's links), label key, text and the list it comes from (or null). */
    record Figure(String id, String labelKey, String text, String link) {

        Figure(String id, String labelKey, String text) {
            this(id, labelKey, text, null);
        }
    }

    /** The expenditures other than grants of one kind, in dollars. */
    record KindRow(String kind, String amount) {
    }

    /** A row of the per-year table. */
    record YearRow(String year, String amount) {
    }

    /** A sum in a currency other than the dollar, shown apart. */
    record OtherCurrency(String currency, String paid, String granted, String spent) {
    }

    @GetMapping("/trust-fund")
    String page(@RequestParam(required = false) String asOf, Model model, Locale locale) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        TrustFundFigures f = fund.figures(date);
        boolean english = DisplayFormat.isEnglish(locale);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("fig-paid", "trustfund.figure.paid", display.summary(f.paidUsd(), Money.USD, locale)));
        figures.add(new Figure("fig-average", "trustfund.figure.average",
                display.summary(f.yearlyAverageUsd(), Money.USD, locale)));
        figures.add(new Figure("fig-donor-states", "trustfund.figure.donorStates", display.number(f.donorStates(), locale)));
        figures.add(new Figure("fig-private-donors", "trustfund.figure.privateDonors",
                display.number(f.privateDonors(), locale)));
        figures.add(new Figure("fig-private-share", "trustfund.figure.privateShare", f.privateShareUsd() == null ? "-"
                : english ? f.privateShareUsd().toPlainString() + " per cent" : format.arabic().percent(f.privateShareUsd())));
        figures.add(new Figure("fig-grants", "trustfund.figure.grants", display.number(f.grants(), locale)));
        figures.add(new Figure("fig-countries", "trustfund.figure.countries", display.number(f.grantCountries(), locale)));
        figures.add(new Figure("fig-grants-total", "trustfund.figure.grantsTotal",
                display.summary(f.grantsUsd(), Money.USD, locale)));
        figures.add(new Figure("fig-expenditures", "trustfund.figure.expenditures",
                display.summary(f.expendituresUsd(), Money.USD, locale), "/trust-fund/expenditures"));
        figures.add(new Figure("fig-balance", "trustfund.figure.balance", display.summary(f.balanceUsd(), Money.USD, locale)));
        figures.add(new Figure("fig-pledged", "trustfund.figure.pledged", display.summary(f.pledgedUsd(), Money.USD, locale)));
        figures.add(new Figure("fig-reserve", "trustfund.figure.reserve", display.number(f.reserveList(), locale)));

        List<YearRow> years = f.paidUsdPerYear().entrySet().stream().map(e -> new YearRow(
                display.year(e.getKey(), locale), display.amount(e.getValue(), Money.USD, locale))).toList();
        List<OtherCurrency> others = new ArrayList<>();
        java.util.SortedSet<String> codes = new java.util.TreeSet<>(f.paidOtherCurrencies().keySet());
        codes.addAll(f.grantsOtherCurrencies().keySet());
        codes.addAll(f.expendituresOtherCurrencies().keySet());
        for (String code : codes) {
            others.add(new OtherCurrency(code,
                    display.amount(f.paidOtherCurrencies().getOrDefault(code, BigDecimal.ZERO), code, locale),
                    display.amount(f.grantsOtherCurrencies().getOrDefault(code, BigDecimal.ZERO), code, locale),
                    display.amount(f.expendituresOtherCurrencies().getOrDefault(code, BigDecimal.ZERO), code, locale)));
        }
        List<KindRow> kinds = f.expendituresUsdPerKind().entrySet().stream().map(e -> new KindRow(e.getKey().name(),
                display.amount(e.getValue(), Money.USD, locale))).toList();
        model.addAttribute("asOf", date.toString());
        model.addAttribute("asOfText", display.date(date, locale));
        model.addAttribute("figures", figures);
        model.addAttribute("years", years);
        model.addAttribute("others", others);
        model.addAttribute("kinds", kinds);
        model.addAttribute("paragraph", english ? FundParagraph.english(f, display.date(date, locale))
                : FundParagraph.arabic(f, format.arabic()));
        model.addAttribute("chartJson", chartJson(f, locale));
        model.addAttribute("hasDemo", fund.contributions().stream().anyMatch(FundContributionEntity::isDemo)
                || fund.grants().stream().anyMatch(FundGrantEntity::isDemo)
                || fund.expenditures().stream().anyMatch(FundExpenditureEntity::isDemo));
        return VIEW;
    }

    /** The charts' data: years and dollar amounts, regions and grant counts (labels escaped for a script data block). */
    String chartJson(TrustFundFigures f, Locale locale) {
        StringBuilder out = new StringBuilder("{\"yearLabels\":[");
        int i = 0;
        for (Integer year : f.paidUsdPerYear().keySet()) {
            out.append(i++ == 0 ? "" : ",").append(JsonText.quote(display.year(year, locale)));
        }
        out.append("],\"paid\":[");
        i = 0;
        for (BigDecimal amount : f.paidUsdPerYear().values()) {
            out.append(i++ == 0 ? "" : ",").append(amount.toPlainString());
        }
        out.append("],\"paidLabel\":").append(JsonText.quote(messages.getMessage("trustfund.chart.paid", null, locale)));
        out.append(",\"regionLabels\":[");
        i = 0;
        for (String region : f.grantsPerRegion().keySet()) {
            String label = TrustFundCalculator.NO_REGION.equals(region)
                    ? messages.getMessage("trustfund.region.none", null, locale)
                    : messages.getMessage("region." + region, null, region, locale);
            out.append(i++ == 0 ? "" : ",").append(JsonText.quote(label));
        }
        out.append("],\"grants\":[");
        i = 0;
        for (Integer count : f.grantsPerRegion().values()) {
            out.append(i++ == 0 ? "" : ",").append(count);
        }
        out.append("],\"grantsLabel\":").append(JsonText.quote(messages.getMessage("trustfund.chart.grants", null, locale)));
        return out.append('}').toString();
    }

    // ------------------------------------------------------------------ exports

    @GetMapping("/trust-fund/contributions/export.csv")
    ResponseEntity<byte[]> contributionsCsv(Locale locale) {
        return download(CsvFile.of(contributionHeader(locale), contributionLines(locale)), CSV, "trust-fund-contributions.csv");
    }

    @GetMapping("/trust-fund/contributions/export.xlsx")
    ResponseEntity<byte[]> contributionsXlsx(Locale locale) {
        return download(xlsx(contributionHeader(locale), contributionLines(locale), locale), XLSX,
                "trust-fund-contributions.xlsx");
    }

    @GetMapping("/trust-fund/expenditures/export.csv")
    ResponseEntity<byte[]> expendituresCsv(Locale locale) {
        return download(CsvFile.of(expenditureHeader(locale), expenditureLines(locale)), CSV, "trust-fund-expenditures.csv");
    }

    @GetMapping("/trust-fund/expenditures/export.xlsx")
    ResponseEntity<byte[]> expendituresXlsx(Locale locale) {
        return download(xlsx(expenditureHeader(locale), expenditureLines(locale), locale), XLSX,
                "trust-fund-expenditures.xlsx");
    }

    @GetMapping("/trust-fund/grants/export.csv")
    ResponseEntity<byte[]> grantsCsv(Locale locale) {
        return download(CsvFile.of(grantHeader(locale), grantLines(locale)), CSV, "trust-fund-grants.csv");
    }

    @GetMapping("/trust-fund/grants/export.xlsx")
    ResponseEntity<byte[]> grantsXlsx(Locale locale) {
        return download(xlsx(grantHeader(locale), grantLines(locale), locale), XLSX, "trust-fund-grants.xlsx");
    }

    private List<String> contributionHeader(Locale locale) {
        return List.of(text("trustfund.column.date", locale), text("trustfund.column.donor", locale),
                text("trustfund.column.kind", locale), text("trustfund.column.amount", locale),
                text("trustfund.column.currency", locale), text("trustfund.column.status", locale),
                text("trustfund.column.note", locale), text("trustfund.column.demo", locale));
    }

    private List<List<String>> contributionLines(Locale locale) {
        return fund.contributions().stream().map(c -> List.of(c.getReceivedOn().toString(), display.donor(c.getDonor(), locale),
                text("trustfund.kind." + c.getDonor().getKind(), locale), c.getAmount().toPlainString(),
                c.getCurrency().strip(), text("trustfund.contributionStatus." + c.getStatus(), locale),
                c.getNote() == null ? "" : c.getNote(), c.isDemo() ? text("trustfund.demo", locale) : "")).toList();
    }

    private List<String> expenditureHeader(Locale locale) {
        return List.of(text("trustfund.column.date", locale), text("trustfund.column.expenditureKind", locale),
                text("trustfund.column.amount", locale), text("trustfund.column.currency", locale),
                text("trustfund.column.description", locale), text("trustfund.column.demo", locale));
    }

    private List<List<String>> expenditureLines(Locale locale) {
        return fund.expenditures().stream().map(e -> List.of(e.getSpentOn().toString(),
                text("trustfund.expenditure.kind." + e.getKind(), locale), e.getAmount().toPlainString(),
                e.getCurrency().strip(), e.getDescription() == null ? "" : e.getDescription(),
                e.isDemo() ? text("trustfund.demo", locale) : "")).toList();
    }

    private List<String> grantHeader(Locale locale) {
        return List.of(text("trustfund.column.ngo", locale), text("trustfund.column.country", locale),
                text("trustfund.column.amount", locale), text("trustfund.column.currency", locale),
                text("trustfund.column.periodStart", locale), text("trustfund.column.periodEnd", locale),
                text("trustfund.column.status", locale), text("trustfund.column.call", locale),
                text("trustfund.column.focusGroups", locale), text("trustfund.column.services", locale),
                text("trustfund.column.demo", locale));
    }

    private List<List<String>> grantLines(Locale locale) {
        return fund.grants().stream().map(g -> List.of(g.getNgoName(), display.country(g.getCountry(), locale),
                g.getAmount().toPlainString(), g.getCurrency().strip(), g.getPeriodStart().toString(),
                g.getPeriodEnd().toString(), text("trustfund.grantStatus." + g.getStatus(), locale),
                g.getCall() == null ? "" : Integer.toString(g.getCall().getYear()),
                g.getFocusGroups() == null ? "" : g.getFocusGroups(), g.getServices() == null ? "" : g.getServices(),
                g.isDemo() ? text("trustfund.demo", locale) : "")).toList();
    }

    private byte[] xlsx(List<String> header, List<List<String>> lines, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = TableSheet.create(workbook, text("trustfund.export.sheet", locale),
                    !DisplayFormat.isEnglish(locale), header);
            int index = 1;
            for (List<String> line : lines) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < line.size(); i++) {
                    row.createCell(i).setCellValue(SpreadsheetText.neutralize(line.get(i)));
                }
            }
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

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }


}
