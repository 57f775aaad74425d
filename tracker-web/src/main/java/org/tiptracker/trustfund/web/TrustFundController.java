package org.tiptracker.trustfund.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.common.Regions;
import org.tiptracker.trustfund.FundParagraph;
import org.tiptracker.trustfund.Money;
import org.tiptracker.trustfund.TrustFundCalculator;
import org.tiptracker.trustfund.TrustFundFigures;
import org.tiptracker.trustfund.persistence.TrustFundService;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.JsonText;
import org.tiptracker.web.RequestDates;

/**
 * {@code /trust-fund}: the fund's figures as of a date, computed from its rows (never typed), two
 * charts (contributions per year, grants per region), the report's paragraph (the exports are
 * {@link TrustFundExportsController}'s).
 */
@Controller
record TrustFundController(TrustFundService fund, TrustFundDisplay display, DisplayFormat format,
                           MessageSource messages, Clock clock) {

    static final String VIEW = "trust-fund/index";

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
        TrustFundService.Overview overview = fund.overview(date);
        TrustFundFigures f = overview.figures();
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
        model.addAttribute("hasDemo", overview.hasDemo());
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
                    : messages.getMessage(Regions.messageKey(region), null, region, locale);
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
}
