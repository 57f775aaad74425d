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
import org.tiptracker.globalreport.persistence.GlobalReportCountryEntity;
import org.tiptracker.globalreport.persistence.GlobalReportEditionEntity;
import org.tiptracker.globalreport.persistence.GlobalReportFindingEntity;
import org.tiptracker.web.DisplayFormat;

/** What the Global Report pages show, formatted for the page's language (UN Arabic or English). */
@Component
public class GlobalReportView {

    /** The finding a computed share is compared with. */
    static final Map<String, String> FINDING_OF_STATUS = Map.of(
            "FULL", "FULL_CRIMINALIZATION", "PARTIAL", "PARTIAL_CRIMINALIZATION", "NONE", "NO_CRIMINALIZATION");
    static final Map<String, String> FINDING_OF_BAND = Map.of(
            "UNDER_10", "UNDER_10_CONVICTIONS", "NONE", "NO_CONVICTIONS");

    private final DisplayFormat format;
    private final MessageSource messages;

    GlobalReportView(DisplayFormat format, MessageSource messages) {
        this.format = format;
        this.messages = messages;
    }

    public record EditionRow(GlobalReportEditionEntity edition, String title, String published, String dataPeriod,
                             String countries, String assessed) {
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

    public String title(GlobalReportEditionEntity edition, Locale locale) {
        return messages.getMessage("globalreport.edition.title", new Object[] {year(edition.getYear(), locale)}, locale);
    }

    public EditionRow row(GlobalReportEditionEntity edition, int assessed, Locale locale) {
        return new EditionRow(edition, title(edition, locale), published(edition, locale),
                period(edition.getDataFromYear(), edition.getDataToYear(), locale),
                edition.getCountriesCovered() == null ? "" : number(edition.getCountriesCovered(), locale),
                number(assessed, locale));
    }

    public List<Fact> facts(GlobalReportEditionEntity e, Locale locale) {
        List<Fact> facts = new java.util.ArrayList<>();
        add(facts, "globalreport.fact.editionNumber", e.getEditionNumber() == null ? null : number(e.getEditionNumber(), locale));
        add(facts, "globalreport.fact.published", published(e, locale));
        add(facts, "globalreport.fact.dataPeriod", period(e.getDataFromYear(), e.getDataToYear(), locale));
        add(facts, "globalreport.fact.countriesCovered", e.getCountriesCovered() == null ? null : number(e.getCountriesCovered(), locale));
        add(facts, "globalreport.fact.legislation", e.getLegislationYear() == null ? null
                : month(YearMonth.of(e.getLegislationYear(), e.getLegislationMonth()), locale));
        add(facts, "globalreport.fact.convictions", period(e.getConvictionsFromYear(), e.getConvictionsToYear(), locale));
        facts.add(new Fact("globalreport.fact.source", e.getSource()));
        return facts;
    }

    public List<FindingRow> findings(List<GlobalReportFindingEntity> findings, Locale locale) {
        return findings.stream().map(f -> new FindingRow(f.getKind(), finding(f, locale), f.getSource(), f.getQuoteAr())).toList();
    }

    public List<ShareRow> shares(CriminalizationShares shares, List<GlobalReportFindingEntity> findings, Locale locale) {
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
                           Optional<GlobalReportFindingEntity> reported, Locale locale) {
        String reportedText = reported.map(f -> finding(f, locale)).orElse(null);
        Boolean agrees = reported.map(f -> f.getAmount().compareTo(BigDecimal.valueOf(percent)) == 0).orElse(null);
        return new ShareRow(group, key, count, number(count, locale), percent(BigDecimal.valueOf(percent), locale),
                percent(shares.exactPercent(count), locale), reportedText, agrees);
    }

    /** The para. 4 sentence from the shares; null when the edition lacks the dates it needs or has no rows. */
    public String sentence(GlobalReportEditionEntity e, CriminalizationShares shares, Locale locale) {
        if (shares.total() == 0 || e.getLegislationYear() == null || e.getLegislationMonth() == null
                || e.getConvictionsFromYear() == null || e.getConvictionsToYear() == null) {
            return null;
        }
        CriminalizationSentence.Edition edition = new CriminalizationSentence.Edition(e.getYear(),
                YearMonth.of(e.getLegislationYear(), e.getLegislationMonth()), e.getConvictionsFromYear(), e.getConvictionsToYear());
        return DisplayFormat.isEnglish(locale) ? CriminalizationSentence.english(edition, shares)
                : CriminalizationSentence.arabic(edition, shares, format.arabic());
    }

    public List<CountryRow> countries(List<GlobalReportCountryEntity> rows, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Comparator<CountryRow> order = english ? Comparator.comparing(CountryRow::name)
                : Comparator.comparing(CountryRow::name, UnArabicOrder.INSTANCE);
        return rows.stream().map(r -> new CountryRow(r.getId(), r.getParticipant().getIso3(),
                        english ? r.getParticipant().getNameEn() : r.getParticipant().getNameAr(),
                        r.getParticipant().getRegionEn() == null ? "none" : r.getParticipant().getRegionEn(),
                        r.getCriminalization().name(), r.getConvictionBand() == null ? "UNKNOWN" : r.getConvictionBand().name(),
                        r.isDemo()))
                .sorted(order).toList();
    }

    private static Optional<GlobalReportFindingEntity> reported(List<GlobalReportFindingEntity> findings, String kind) {
        return kind == null ? Optional.empty() : findings.stream().filter(f -> f.getKind().equals(kind)).findFirst();
    }

    private String finding(GlobalReportFindingEntity f, Locale locale) {
        String value = switch (f.getUnit()) {
            case "PERCENT" -> percent(f.getAmount(), locale);
            case "ONE_IN" -> f.getAmount().stripTrailingZeros().toPlainString().equals("3")
                    ? messages.getMessage("globalreport.oneIn.3", null, locale)
                    : messages.getMessage("globalreport.oneIn", new Object[] {number(f.getAmount().intValue(), locale)}, locale);
            default -> number(f.getAmount().longValue(), locale);
        };
        return messages.getMessage("globalreport.qualifier." + f.getQualifier(), new Object[] {value}, locale);
    }

    private String published(GlobalReportEditionEntity e, Locale locale) {
        if (e.getPublishedYear() == null) {
            return "";
        }
        return e.getPublishedMonth() == null ? year(e.getPublishedYear(), locale)
                : month(YearMonth.of(e.getPublishedYear(), e.getPublishedMonth()), locale);
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
