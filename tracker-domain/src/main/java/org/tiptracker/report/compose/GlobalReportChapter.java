package org.tiptracker.report.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.GrammaticalCase;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.Finding;
import org.tiptracker.report.ReportFacts.GlobalReportFact;
import org.tiptracker.report.SourceRef;

/**
 * Chapter V, the Global Report (seed 001, paras 72–74): the edition, when it was published, the
 * countries it covers and its data period, then its headline findings (those not already stated in
 * para 4).
 */
final class GlobalReportChapter {

    /** The findings para 4 states already. */
    static final Set<String> CRIMINALIZATION_KINDS = Set.of("FULL_CRIMINALIZATION", "PARTIAL_CRIMINALIZATION",
            "NO_CRIMINALIZATION", "UNDER_10_CONVICTIONS", "NO_CONVICTIONS");

    private GlobalReportChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        GlobalReportFact gr = c.facts.globalReport();
        if (gr == null) {
            out.add(c.placeholder("V.edition",
                    "التقرير العالمي عن الاتجار بالأشخاص (لم يُنشر إصدار منه حتى تاريخ انتهاء جمع المعلومات)",
                    "the Global Report on Trafficking in Persons (no edition published by the cut-off date)"));
        } else {
            out.add(edition(c, gr));
            ComposedBlock findings = findings(c, gr);
            if (findings != null) {
                out.add(findings);
            }
        }
        out.add(c.placeholder("V.narrative", "الإصدار التالي من التقرير العالمي وأعمال البحث الجارية",
                "the next edition of the Global Report and ongoing research"));
        return out;
    }

    static ComposedBlock edition(Context c, GlobalReportFact gr) {
        StringBuilder ar = new StringBuilder("بناءً على الطلب الوارد في خطة العمل العالمية لمكافحة الاتجار بالأشخاص، نشر المكتب");
        StringBuilder en = new StringBuilder("As requested in the Global Plan of Action to Combat Trafficking in Persons, UNODC published");
        if (gr.published() != null) {
            ar.append(" في ").append(c.ar.month(gr.published()));
            en.append(", in ").append(Context.monthEn(gr.published())).append(",");
        }
        if (gr.editionNumber() != null && gr.editionNumber() >= 1 && gr.editionNumber() <= 99) {
            ar.append(" الطبعة ").append(Ordinals.feminineNominative(gr.editionNumber()));
            en.append(" the ").append(Ordinals.english(gr.editionNumber())).append(" edition of");
        }
        ar.append(" من التقرير العالمي عن الاتجار بالأشخاص لعام ").append(c.ar.year(gr.year())).append(".");
        en.append(" the Global Report on Trafficking in Persons ").append(gr.year()).append(".");
        if (gr.countriesCovered() != null && gr.countriesCovered() > 0) {
            ar.append(" وقد تضمنت بيانات عن الاتجار بالأشخاص من ")
                    .append(c.ar.count(gr.countriesCovered(), CountedNoun.COUNTRY, GrammaticalCase.OBLIQUE))
                    .append("، وقدمت لمحة عامة عن أنماط وتدفقات الاتجار بالأشخاص على المستوى العالمي والإقليمي والوطني");
            en.append(" It contained data on trafficking in persons from ")
                    .append(Context.countEn(gr.countriesCovered(), "country", "countries"))
                    .append(" and gave an overview of patterns and flows of trafficking in persons at the global, regional and national levels");
            if (gr.dataFromYear() != null && gr.dataToYear() != null) {
                ar.append("، استناداً إلى حالات الاتجار التي كُشف عنها في الفترة بين عامي ").append(c.ar.year(gr.dataFromYear()))
                        .append(" و").append(c.ar.year(gr.dataToYear()));
                en.append(", based on cases detected between ").append(gr.dataFromYear()).append(" and ").append(gr.dataToYear());
            }
            ar.append(".");
            en.append(".");
        }
        List<List<String>> rows = List.of(List.of(Integer.toString(gr.year()),
                gr.editionNumber() == null ? "" : gr.editionNumber().toString(),
                gr.published() == null ? "" : gr.published().toString(),
                gr.countriesCovered() == null ? "" : gr.countriesCovered().toString(),
                gr.dataFromYear() == null ? "" : gr.dataFromYear().toString(),
                gr.dataToYear() == null ? "" : gr.dataToYear().toString()));
        return c.paragraph("V.edition", ar.toString(), en.toString(), List.of(source(c, gr)),
                Context.table(List.of("السنة", "الطبعة", "النشر", "البلدان المشمولة", "من عام", "إلى عام"),
                        List.of("Year", "Edition", "Published", "Countries covered", "Data from", "Data to"), rows));
    }

    /** The order the findings are told in; kinds not listed follow, by name. */
    static final List<String> FINDING_ORDER = List.of("ORIGIN_COUNTRIES", "DETECTION_COUNTRIES", "CHILDREN_SHARE",
            "DOWNLOADS_FIRST_YEAR");

    /** Time, as in "downloaded 100,000 times": {@code ١٠٠.٠٠٠ مرة}. */
    static final CountedNoun TIME = new CountedNoun("مرة", "مرتان", "مرات", true);

    static ComposedBlock findings(Context c, GlobalReportFact gr) {
        List<Finding> findings = gr.findings().stream().filter(f -> !CRIMINALIZATION_KINDS.contains(f.kind()))
                .sorted(Comparator.comparingInt((Finding f) -> FINDING_ORDER.contains(f.kind())
                        ? FINDING_ORDER.indexOf(f.kind()) : FINDING_ORDER.size()).thenComparing(Finding::kind))
                .toList();
        if (findings.isEmpty()) {
            return null;
        }
        Finding origin = find(findings, "ORIGIN_COUNTRIES");
        Finding detection = find(findings, "DETECTION_COUNTRIES");
        List<String> ar = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of(f.kind(), f.amount() == null ? "" : f.amount().toPlainString(), nz(f.unit()), nz(f.qualifier())));
            if (f.amount() == null && (f.quoteAr() == null || f.quoteAr().isBlank())) {
                continue;
            }
            switch (f.kind()) {
                case "ORIGIN_COUNTRIES" -> {
                    String from = c.ar.count(whole(f), CountedNoun.COUNTRY, GrammaticalCase.OBLIQUE) + atLeastAr(f);
                    String fromEn = atLeastEn(f) + Context.countEn(whole(f), "country", "countries");
                    if (detection != null && detection.amount() != null) {
                        ar.add("اكتُشف ضحايا من " + from + " في "
                                + c.ar.count(whole(detection), CountedNoun.COUNTRY, GrammaticalCase.OBLIQUE)
                                + " في جميع أنحاء العالم.");
                        en.add("Victims from " + fromEn + " were detected in " + atLeastEn(detection)
                                + Context.countEn(whole(detection), "country", "countries") + " around the world.");
                    } else {
                        ar.add("اكتُشف ضحايا من " + from + ".");
                        en.add("Victims from " + fromEn + " were detected.");
                    }
                }
                case "DETECTION_COUNTRIES" -> {
                    if (origin == null || origin.amount() == null) {
                        ar.add("اكتُشف ضحايا في " + c.ar.count(whole(f), CountedNoun.COUNTRY, GrammaticalCase.OBLIQUE)
                                + atLeastAr(f) + ".");
                        en.add("Victims were detected in " + atLeastEn(f) + Context.countEn(whole(f), "country", "countries")
                                + ".");
                    }
                }
                case "CHILDREN_SHARE" -> {
                    if ("ONE_IN".equals(f.unit())) {
                        long n = whole(f);
                        String part = n == 2 ? "نصف" : n == 3 ? "ثلث" : n == 4 ? "ربع" : null;
                        String partEn = n == 2 ? "half" : n == 3 ? "one third" : n == 4 ? "one quarter" : "one in " + n;
                        ar.add("وشكّل الأطفال نحو " + (part != null ? part + " جميع ضحايا الاتجار المكتشفين في العالم."
                                : "واحد من كل " + c.ar.integer(n) + " من ضحايا الاتجار المكتشفين في العالم."));
                        en.add("Children made up about " + partEn + " of all detected victims of trafficking.");
                    } else {
                        ar.add("وبلغت نسبة الأطفال بين ضحايا الاتجار المكتشفين " + amount(c, f) + ".");
                        en.add("Children made up " + atLeastEn(f) + plain(f) + " per cent of detected victims.");
                    }
                }
                case "DOWNLOADS_FIRST_YEAR" -> {
                    ar.add("وبعد عام واحد من نشر التقرير، تم تنزيله " + c.ar.count(whole(f), TIME)
                            + " من الموقع الشبكي للمكتب.");
                    en.add("One year after its publication, the report had been downloaded "
                            + String.format(java.util.Locale.ENGLISH, "%,d", whole(f)) + " times from the UNODC website.");
                }
                default -> {
                    ar.add(f.quoteAr() != null && !f.quoteAr().isBlank() ? Context.sentence(f.quoteAr())
                            : "وبلغ المؤشر \"" + f.kind() + "\" " + amount(c, f) + ".");
                    en.add(Context.capitalize(f.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')) + ": "
                            + atLeastEn(f) + plain(f) + ("PERCENT".equals(f.unit()) ? " per cent." : "."));
                }
            }
        }
        String openingAr = "ومن أبرز ما خلص إليه التقرير العالمي عن الاتجار بالأشخاص لعام " + c.ar.year(gr.year()) + " ما يلي: ";
        String openingEn = "Among the findings of the Global Report on Trafficking in Persons " + gr.year() + ": ";
        return c.paragraph("V.findings", openingAr + String.join(" ", ar), openingEn + String.join(" ", en),
                List.of(source(c, gr)),
                Context.table(List.of("النتيجة", "القيمة", "الوحدة", "الوصف"), List.of("Finding", "Amount", "Unit", "Qualifier"),
                        rows));
    }

    private static Finding find(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).findFirst().orElse(null);
    }

    private static long whole(Finding f) {
        return f.amount().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static String plain(Finding f) {
        return f.amount() == null ? "" : f.amount().stripTrailingZeros().toPlainString();
    }

    private static String atLeastAr(Finding f) {
        return "AT_LEAST".equals(f.qualifier()) ? " على الأقل" : "";
    }

    private static String atLeastEn(Finding f) {
        return "AT_LEAST".equals(f.qualifier()) ? "at least " : "ABOUT".equals(f.qualifier()) ? "about " : "";
    }

    private static String amount(Context c, Finding f) {
        if (f.amount() == null) {
            return "";
        }
        BigDecimal a = f.amount().stripTrailingZeros();
        String number = a.scale() <= 0 ? c.ar.integer(a.longValueExact()) : c.ar.decimal(a);
        return "PERCENT".equals(f.unit()) ? number + " في المائة" : number;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static SourceRef source(Context c, GlobalReportFact gr) {
        return new SourceRef("التقرير العالمي " + c.ar.year(gr.year()), "Global Report " + gr.year(), "/global-report/" + gr.id());
    }
}
