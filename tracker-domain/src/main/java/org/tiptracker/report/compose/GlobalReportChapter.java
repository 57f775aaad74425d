package org.tiptracker.report.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.GrammaticalCase;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportFacts.Finding;
import org.tiptracker.report.ReportFacts.GlobalReportFact;
import org.tiptracker.report.SourceRef;

/**
 * Chapter V, the Global Report (seed 001, paras 72–74): the edition, when it was published, the
 * countries it covers and its data period, then its headline findings (those not already stated in
 * para 4).
 */
public final class GlobalReportChapter {

    static final int CHAPTER = 5;

    /** The findings para 4 states already. */
    static final Set<String> CRIMINALIZATION_KINDS = Set.of("FULL_CRIMINALIZATION", "PARTIAL_CRIMINALIZATION",
            "NO_CRIMINALIZATION", "UNDER_10_CONVICTIONS", "NO_CONVICTIONS");

    private GlobalReportChapter() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        return compose(new Context(facts));
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        out.add(c.heading("V.heading", BlockRole.CHAPTER_HEADING, CHAPTER, 0, Headings.AR[4], Headings.EN[4]));
        GlobalReportFact gr = c.facts.globalReport();
        if (gr == null) {
            out.add(c.placeholder("V.edition", CHAPTER, 0,
                    "التقرير العالمي عن الاتجار بالأشخاص (لم يُنشر إصدار منه حتى تاريخ انتهاء جمع المعلومات)",
                    "the Global Report on Trafficking in Persons (no edition published by the cut-off date)"));
        } else {
            out.add(edition(c, gr));
            ComposedBlock findings = findings(c, gr);
            if (findings != null) {
                out.add(findings);
            }
        }
        out.add(c.placeholder("V.narrative", CHAPTER, 0, "الإصدار التالي من التقرير العالمي وأعمال البحث الجارية",
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
        return c.paragraph("V.edition", CHAPTER, 0, ar.toString(), en.toString(), List.of(source(c, gr)),
                Context.table(List.of("السنة", "الطبعة", "النشر", "البلدان المشمولة", "من عام", "إلى عام"),
                        List.of("Year", "Edition", "Published", "Countries covered", "Data from", "Data to"), rows));
    }

    static ComposedBlock findings(Context c, GlobalReportFact gr) {
        List<Finding> findings = gr.findings().stream().filter(f -> !CRIMINALIZATION_KINDS.contains(f.kind()))
                .sorted(Comparator.comparing(Finding::kind)).toList();
        if (findings.isEmpty()) {
            return null;
        }
        List<String> ar = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            String quote = f.quoteAr() != null && !f.quoteAr().isBlank() ? Context.sentence(f.quoteAr()) : generatedArabic(c, f);
            ar.add(quote);
            en.add(english(f));
            rows.add(List.of(f.kind(), f.amount() == null ? "" : f.amount().toPlainString(), nz(f.unit()), nz(f.qualifier())));
        }
        String openingAr = "وأكد التقرير العالمي عن الاتجار بالأشخاص لعام " + c.ar.year(gr.year()) + " ما يلي: ";
        String openingEn = "The Global Report on Trafficking in Persons " + gr.year() + " found the following: ";
        return c.paragraph("V.findings", CHAPTER, 0, openingAr + String.join(" ", ar), openingEn + String.join(" ", en),
                List.of(source(c, gr)),
                Context.table(List.of("النتيجة", "القيمة", "الوحدة", "الوصف"), List.of("Finding", "Amount", "Unit", "Qualifier"),
                        rows));
    }

    private static String generatedArabic(Context c, Finding f) {
        String amount = amount(c, f);
        return "بلغت قيمة المؤشر \"" + kindAr(f.kind()) + "\" " + amount + ".";
    }

    private static String amount(Context c, Finding f) {
        if (f.amount() == null) {
            return "";
        }
        BigDecimal a = f.amount().stripTrailingZeros();
        String number = a.scale() <= 0 ? c.ar.integer(a.longValueExact()) : c.ar.decimal(a);
        if ("PERCENT".equals(f.unit())) {
            return number + " في المائة";
        }
        if ("ONE_IN".equals(f.unit())) {
            return "واحد من كل " + number;
        }
        return number;
    }

    private static String kindAr(String kind) {
        return switch (kind) {
            case "ORIGIN_COUNTRIES" -> "بلدان منشأ الضحايا المكتشفين";
            case "DETECTION_COUNTRIES" -> "البلدان التي اكتُشف فيها ضحايا";
            case "CHILDREN_SHARE" -> "نسبة الأطفال بين الضحايا المكتشفين";
            case "DOWNLOADS_FIRST_YEAR" -> "عدد مرات تنزيل التقرير في العام الأول";
            default -> "مؤشر آخر";
        };
    }

    private static String english(Finding f) {
        String amount = f.amount() == null ? "" : f.amount().stripTrailingZeros().toPlainString();
        String about = "ABOUT".equals(f.qualifier()) ? "about " : "AT_LEAST".equals(f.qualifier()) ? "at least " : "";
        return switch (f.kind()) {
            case "ORIGIN_COUNTRIES" -> "victims from " + about + amount + " countries were detected.";
            case "DETECTION_COUNTRIES" -> "victims were detected in " + about + amount + " countries.";
            case "CHILDREN_SHARE" -> "children made up " + about + "one in " + amount + " of the detected victims.";
            case "DOWNLOADS_FIRST_YEAR" -> "the report was downloaded " + amount + " times in its first year.";
            default -> f.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + about + amount
                    + ("PERCENT".equals(f.unit()) ? " per cent." : ".");
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static SourceRef source(Context c, GlobalReportFact gr) {
        return new SourceRef("التقرير العالمي " + c.ar.year(gr.year()), "Global Report " + gr.year(), "/global-report/" + gr.id());
    }
}
