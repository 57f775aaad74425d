package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tiptracker.arabic.UnArabic;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ResponseSentence;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.CycleFact;
import org.tiptracker.report.ReportFacts.MeasureFact;
import org.tiptracker.report.ReportFacts.StateName;
import org.tiptracker.report.SourceRef;

/**
 * Section III.A (seed 001, paras 5–31): who answered the note verbale, then under each of the five
 * Global Plan headings one counted sentence per measure type drawn from the accepted measures, a
 * sentence on the measures that answer a Working Group recommendation, and a place for the staff's
 * narrative.
 */
final class MeasuresSection {

    private MeasuresSection() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        out.add(responders(c));
        for (MeasureHeading heading : MeasureHeading.values()) {
            out.addAll(heading(c, heading));
        }
        return out;
    }

    static ComposedBlock responders(Context c) {
        CycleFact cycle = c.facts.cycle();
        if (cycle == null) {
            return c.placeholder("III.A.responders",
                    "الدول التي ردت على المذكرة الشفوية (لم تُحدَّد دورة إبلاغ لهذا التقرير)",
                    "the States that replied to the note verbale (no reporting cycle is set for this report)");
        }
        List<StateName> answered = cycle.answered().stream()
                .sorted(Comparator.comparing(StateName::nameAr, Context.unOrder()).thenComparing(StateName::iso3)).toList();
        String ar = ResponseSentence.arabic(c.ar, c.mandate.cutOff(), answered.stream().map(StateName::nameAr).toList());
        String en = ResponseSentence.english(c.mandate.cutOff(), answered.stream().map(StateName::nameEn).toList());
        List<SourceRef> sources = new ArrayList<>();
        sources.add(new SourceRef("دورة الإبلاغ", "Reporting cycle", "/cycles/" + cycle.id() + "?asOf=" + c.mandate.cutOff()));
        List<List<String>> rows = new ArrayList<>();
        for (StateName s : answered) {
            rows.add(List.of(s.nameAr(), s.iso3()));
            sources.add(new SourceRef(s.nameAr(), s.nameEn(), "/participants/" + s.iso3()));
        }
        return c.paragraph("III.A.responders", ar, en, sources,
                Context.table(List.of("الدولة", "الرمز"), List.of("State", "ISO3"), rows));
    }

    static List<ComposedBlock> heading(Context c, MeasureHeading heading) {
        String prefix = "III.A." + heading.number();
        List<ComposedBlock> out = new ArrayList<>();
        out.add(c.heading(prefix + ".heading", BlockRole.SUBSECTION_HEADING, Headings.arabic(heading),
                Headings.english(heading)));
        List<MeasureFact> measures = c.facts.measures().stream().filter(m -> m.heading() == heading)
                .sorted(Comparator.comparingLong(MeasureFact::measureId)).toList();
        Long cycleId = c.facts.cycle() != null ? Long.valueOf(c.facts.cycle().id()) : c.mandate.cycleId();
        SourceRef measuresPage = new SourceRef("التدابير: " + Headings.arabic(heading), "Measures: " + Headings.english(heading),
                "/measures?" + (cycleId == null ? "" : "cycle=" + cycleId + "&") + "heading=" + heading.name());
        if (measures.isEmpty()) {
            out.add(c.paragraph(prefix + ".none",
                    "لم تُفد أي دولة، حتى " + c.date(c.mandate.cutOff()) + "، بتدابير مقبولة في إطار هذا العنوان ("
                            + Headings.arabic(heading) + ").",
                    "As at " + Context.dateEn(c.mandate.cutOff()) + ", no State had reported accepted measures under this"
                            + " heading (" + Headings.english(heading).toLowerCase(java.util.Locale.ROOT) + ").",
                    List.of(measuresPage), Context.table(List.of("التدبير"), List.of("Measure"), List.of())));
        } else {
            Map<String, List<MeasureFact>> byType = new TreeMap<>(Comparator.comparingInt(MeasureTypePhrases::rank)
                    .thenComparing(Comparator.naturalOrder()));
            for (MeasureFact m : measures) {
                byType.computeIfAbsent(m.typeCode() == null ? "OTHER" : m.typeCode(), k -> new ArrayList<>()).add(m);
            }
            boolean first = true;
            for (Map.Entry<String, List<MeasureFact>> e : byType.entrySet()) {
                out.add(typeParagraph(c, prefix, e.getKey(), e.getValue(), measuresPage, first));
                first = false;
            }
            ComposedBlock recommendations = recommendations(c, prefix, measures, measuresPage);
            if (recommendations != null) {
                out.add(recommendations);
            }
        }
        out.add(c.placeholder(prefix + ".narrative",
                "عرض ما أفادت به الدول في إطار عنوان \"" + Headings.arabic(heading) + "\" من تفاصيل وممارسات جيدة",
                "details and good practices reported by States under \"" + Headings.english(heading) + "\""));
        return out;
    }

    private static ComposedBlock typeParagraph(Context c, String prefix, String code, List<MeasureFact> measures,
                                               SourceRef measuresPage, boolean opensHeading) {
        MeasureFact first = measures.get(0);
        MeasureTypePhrases.Phrase phrase = MeasureTypePhrases.of(code, first.typeNameAr(), first.typeNameEn());
        List<String> namesAr = measures.stream().map(MeasureFact::stateNameAr).distinct().toList();
        List<String> namesEn = measures.stream().map(MeasureFact::stateNameEn).distinct().toList();
        List<SourceRef> sources = new ArrayList<>(List.of(measuresPage));
        measures.stream().sorted(Comparator.comparing(MeasureFact::stateNameAr, Context.unOrder())
                        .thenComparingLong(MeasureFact::measureId))
                .forEach(m -> sources.add(new SourceRef(m.stateNameAr(), m.stateNameEn(), "/participants/" + m.iso3())));
        return c.paragraph(prefix + "." + Context.keyPart(code),
                (opensHeading ? "" : "و") + CountedSentence.arabic(c.ar, namesAr, phrase),
                CountedSentence.english(namesEn, phrase), sources,
                measureTable(measures));
    }

    private static ComposedBlock recommendations(Context c, String prefix, List<MeasureFact> measures,
                                                 SourceRef measuresPage) {
        Map<Long, List<MeasureFact>> byRecommendation = new LinkedHashMap<>();
        measures.stream().filter(m -> m.recommendationId() != null && m.recommendationLabelAr() != null)
                .sorted(Comparator.comparing((MeasureFact m) -> m.recommendationLabelEn() == null ? "" : m.recommendationLabelEn())
                        .thenComparing(MeasureFact::recommendationId).thenComparing(MeasureFact::measureId))
                .forEach(m -> byRecommendation.computeIfAbsent(m.recommendationId(), k -> new ArrayList<>()).add(m));
        if (byRecommendation.isEmpty()) {
            return null;
        }
        List<String> ar = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>(List.of(measuresPage));
        List<MeasureFact> counted = new ArrayList<>();
        for (Map.Entry<Long, List<MeasureFact>> e : byRecommendation.entrySet()) {
            List<MeasureFact> group = e.getValue();
            MeasureFact first = group.get(0);
            ar.add(CountedSentence.recommendationArabic(c.ar, group.stream().map(MeasureFact::stateNameAr).toList(),
                    first.recommendationLabelAr()));
            String labelEn = first.recommendationLabelEn() == null ? UnArabic.westernDigits(first.recommendationLabelAr())
                    : first.recommendationLabelEn();
            en.add(CountedSentence.recommendationEnglish(group.stream().map(MeasureFact::stateNameEn).toList(), labelEn));
            sources.add(new SourceRef("التوصية " + first.recommendationLabelAr(), "Recommendation " + labelEn,
                    "/working-group/recommendations/" + e.getKey()));
            counted.addAll(group);
        }
        return c.paragraph(prefix + ".recommendations", String.join(" ", ar), String.join(" ", en),
                sources, measureTable(counted));
    }

    private static org.tiptracker.report.DataTable measureTable(List<MeasureFact> measures) {
        List<List<String>> rows = measures.stream()
                .sorted(Comparator.comparing(MeasureFact::stateNameAr, Context.unOrder()).thenComparingLong(MeasureFact::measureId))
                .map(m -> List.of(Long.toString(m.measureId()), m.stateNameAr(), m.iso3(),
                        m.typeCode() == null ? "" : m.typeCode(),
                        m.recommendationLabelEn() != null ? m.recommendationLabelEn()
                                : m.recommendationLabelAr() == null ? "" : UnArabic.westernDigits(m.recommendationLabelAr())))
                .toList();
        return Context.table(List.of("التدبير", "الدولة", "الرمز", "النوع", "التوصية"),
                List.of("Measure", "State", "ISO3", "Type", "Recommendation"), rows);
    }
}
