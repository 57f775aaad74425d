package org.tiptracker.globalreport.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationSentence;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.persistence.GlobalReportViews;
import org.tiptracker.globalreport.persistence.GlobalReportViews.Edition;
import org.tiptracker.globalreport.persistence.GlobalReportViews.Finding;
import org.tiptracker.web.DisplayFormat;

/** What the Global Report pages show, formatted for the page's language (UN Arabic or English). */
@Component
public record GlobalReportView(DisplayFormat format, MessageSource messages) {

    /** The finding a computed share is compared with. */
    static final Map<String, String> FINDING_OF_STATUS = Map.of(
            "FULL", "FULL_CRIMINALIZATION", "PARTIAL", "PARTIAL_CRIMINALIZATION", "NONE", "NO_CRIMINALIZATION");
    static final Map<String, String> FINDING_OF_BAND = Map.of(
            "UNDER_10", "UNDER_10_CONVICTIONS", "NONE", "NO_CONVICTIONS");

    /** {@code hasData}: any figure of the edition is recorded (countries covered, findings, country rows). */
    public record EditionRow(Edition edition, String title, String published, String dataPeriod,
                             String countries, String assessed, boolean hasData) {
    }

    public record Fact(String labelKey, String value) {
    }

    public record FindingRow(String kind, String value, String source, String quote) {
    }

    /** A computed share: count, rounded and exact percentage, and the reported figure with agreement (null when none). */
    public record ShareRow(String group, String key, int count, String countText, String percentText, String exactText,
                           String reportedText, Boolean agrees) {
    }

    public record CountryRow(long id, String iso3, String name, String region, String status, String band, boolean demo) {
    }

    public String title(Edition edition, Locale locale) {
        return messages.getMessage("globalreport.edition.title", new Object[] {year(edition.year(), locale)}, locale);
    }

    public EditionRow row(Edition edition, int assessed, int findings, Locale locale) {
        return new EditionRow(edition, title(edition, locale), published(edition, locale),
                period(edition.dataFromYear(), edition.dataToYear(), locale),
                edition.countriesCovered() == null ? "" : number(edition.countriesCovered(), locale),
                number(assessed, locale), edition.countriesCovered() != null || assessed > 0 || findings > 0);
    }

    public List<Fact> facts(Edition e, Locale locale) {
        List<Fact> facts = new java.util.ArrayList<>();
        add(facts, "globalreport.fact.editionNumber", e.editionNumber() == null ? null : number(e.editionNumber(), locale));
        add(facts, "globalreport.fact.published", published(e, locale));
        add(facts, "globalreport.fact.dataPeriod", period(e.dataFromYear(), e.dataToYear(), locale));
        add(facts, "globalreport.fact.countriesCovered", e.countriesCovered() == null ? null : number(e.countriesCovered(), locale));
        add(facts, "globalreport.fact.legislation", e.legislationYear() == null ? null
                : month(YearMonth.of(e.legislationYear(), e.legislationMonth()), locale));
        add(facts, "globalreport.fact.convictions", period(e.convictionsFromYear(), e.convictionsToYear(), locale));
        facts.add(new Fact("globalreport.fact.source", e.source()));
        return facts;
    }

    public List<FindingRow> findings(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> new FindingRow(f.kind(), finding(f, locale), f.source(), f.quoteAr())).toList();
    }

    public List<ShareRow> shares(CriminalizationShares shares, List<Finding> findings, Locale locale) {
        List<ShareRow> rows = new java.util.ArrayList<>();
        for (CriminalizationStatus s : CriminalizationStatus.values()) {
            int count = shares.count(s);
            rows.add(share("status", s.name(), count, shares.percent(s), shares, reported(findings, FINDING_OF_STATUS.get(s.name())), locale));
        }
        for (ConvictionBand b : ConvictionBand.values()) {
            int count = shares.count(b);
            rows.add(share("band", b.name(), count, shares.percent(b), shares, reported(findings, FINDING_OF_BAND.get(b.name())), locale));
        }
        int without = shares.withoutBand();
        if (without > 0) {
            rows.add(share("band", "UNKNOWN", without, shares.total() == 0 ? 0
                    : shares.exactPercent(without).setScale(0, java.math.RoundingMode.HALF_UP).intValue(), shares, Optional.empty(), locale));
        }
        return rows;
    }

    private ShareRow share(String group, String key, int count, int percent, CriminalizationShares shares,
                           Optional<Finding> reported, Locale locale) {
        String reportedText = reported.map(f -> finding(f, locale)).orElse(null);
        Boolean agrees = reported.map(f -> f.amount().compareTo(BigDecimal.valueOf(percent)) == 0).orElse(null);
        return new ShareRow(group, key, count, number(count, locale), percent(BigDecimal.valueOf(percent), locale),
                percent(shares.exactPercent(count), locale), reportedText, agrees);
    }

    /** The para. 4 sentence from the shares; null when the edition lacks the dates it needs or has no rows. */
    public String sentence(Edition e, CriminalizationShares shares, Locale locale) {
        if (shares.total() == 0 || e.legislationYear() == null || e.legislationMonth() == null
                || e.convictionsFromYear() == null || e.convictionsToYear() == null) {
            return null;
        }
        CriminalizationSentence.Edition edition = new CriminalizationSentence.Edition(e.year(),
                YearMonth.of(e.legislationYear(), e.legislationMonth()), e.convictionsFromYear(), e.convictionsToYear());
        return DisplayFormat.isEnglish(locale) ? CriminalizationSentence.english(edition, shares)
                : CriminalizationSentence.arabic(edition, shares, format.arabic());
    }

    public List<CountryRow> countries(List<GlobalReportViews.Country> rows, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Comparator<CountryRow> order = english ? Comparator.comparing(CountryRow::name)
                : Comparator.comparing(CountryRow::name, UnArabicOrder.INSTANCE);
        return rows.stream().map(r -> new CountryRow(r.id(), r.iso3(), r.name(english),
                        r.regionEn() == null ? "none" : r.regionEn(),
                        r.status().name(), r.band() == null ? "UNKNOWN" : r.band().name(), r.demo()))
                .sorted(order).toList();
    }

    private static Optional<Finding> reported(List<Finding> findings, String kind) {
        return kind == null ? Optional.empty() : findings.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    private String finding(Finding f, Locale locale) {
        String value = switch (f.unit()) {
            case "PERCENT" -> percent(f.amount(), locale);
            case "ONE_IN" -> f.amount().stripTrailingZeros().toPlainString().equals("3")
                    ? messages.getMessage("globalreport.oneIn.3", null, locale)
                    : messages.getMessage("globalreport.oneIn", new Object[] {number(f.amount().intValue(), locale)}, locale);
            default -> number(f.amount().longValue(), locale);
        };
        return messages.getMessage("globalreport.qualifier." + f.qualifier(), new Object[] {value}, locale);
    }

    private String published(Edition e, Locale locale) {
        if (e.publishedYear() == null) {
            return "";
        }
        return e.publishedMonth() == null ? year(e.publishedYear(), locale)
                : month(YearMonth.of(e.publishedYear(), e.publishedMonth()), locale);
    }

    private String period(Integer from, Integer to, Locale locale) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null || from.equals(to)) {
            return year(from == null ? to : from, locale);
        }
        return messages.getMessage("globalreport.period", new Object[] {year(from, locale), year(to, locale)}, locale);
    }

    private String month(YearMonth ym, Locale locale) {
        return DisplayFormat.isEnglish(locale)
                ? ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear()
                : format.arabic().month(ym);
    }

    String year(int year, Locale locale) {
        return format.year(year, locale);
    }

    String number(long n, Locale locale) {
        return format.number(n, locale);
    }

    String percent(BigDecimal value, Locale locale) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return DisplayFormat.isEnglish(locale) ? plain.toPlainString() + " per cent" : format.arabic().percent(plain);
    }

    private static void add(List<Fact> facts, String key, String value) {
        if (value != null && !value.isEmpty()) {
            facts.add(new Fact(key, value));
        }
    }
}
