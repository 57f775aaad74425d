package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.RecommendationFact;
import org.tiptracker.report.SourceRef;

/**
 * Chapter IX (seed 001, para 97): the opening "يُوصى بأن تنظر الجمعية العامة في اتخاذ الإجراءات التالية:"
 * and, as a starting list for the staff, one sub-paragraph per Working Group recommendation of the
 * period (the layout letters them (أ)، (ب)), then a place for the staff's own recommendations.
 */
final class RecommendationsChapter {

    private RecommendationsChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        List<RecommendationFact> recs = c.facts.recommendations().stream()
                .sorted(Comparator.comparingInt(RecommendationFact::meetingYear)
                        .thenComparingInt(RecommendationFact::meetingNumber)
                        .thenComparing(RecommendationFact::paragraph, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(RecommendationFact::id))
                .filter(r -> r.textAr() != null && !r.textAr().isBlank())
                .toList();
        List<List<String>> rows = recs.stream().map(r -> List.of(Long.toString(r.id()), Integer.toString(r.meetingNumber()),
                Integer.toString(r.meetingYear()), r.letterAr() == null ? "" : r.letterAr())).toList();
        List<SourceRef> sources = recs.stream().map(r -> new SourceRef("التوصية " + c.ar.year(r.meetingYear()) + " (" + nz(r.letterAr()) + ")",
                "Recommendation " + r.meetingYear() + " (" + nz(r.letterEn()) + ")", "/working-group/recommendations/" + r.id())).toList();
        out.add(c.paragraph("IX.intro", "يُوصى بأن تنظر الجمعية العامة في اتخاذ الإجراءات التالية:",
                "The General Assembly may wish to consider the following actions:", sources,
                Context.table(List.of("التوصية", "الاجتماع", "السنة", "الحرف"), List.of("Recommendation", "Meeting", "Year", "Letter"),
                        rows)));
        for (int i = 0; i < recs.size(); i++) {
            RecommendationFact r = recs.get(i);
            boolean last = i == recs.size() - 1;
            String en = r.textEn() == null || r.textEn().isBlank()
                    ? "[English text of Working Group recommendation " + r.meetingYear() + " (" + nz(r.letterEn()).strip() + ") to be supplied]"
                    : item(r.textEn(), last ? "." : ";");
            out.add(c.block("IX.rec." + r.id(), BlockRole.SUBPARAGRAPH, item(r.textAr(), last ? "." : "؛"), en,
                    List.of(new SourceRef("التوصية", "Recommendation", "/working-group/recommendations/" + r.id())),
                    Context.table(List.of("التوصية", "الاجتماع", "السنة", "الحرف"),
                            List.of("Recommendation", "Meeting", "Year", "Letter"),
                            List.of(List.of(Long.toString(r.id()), Integer.toString(r.meetingNumber()),
                                    Integer.toString(r.meetingYear()), nz(r.letterAr()))))));
        }
        out.add(c.placeholder("IX.narrative", "توصيات أخرى تقترحها الأمانة على الجمعية العامة",
                "further recommendations the secretariat proposes to the General Assembly"));
        return out;
    }

    /** A recommendation as a sub-paragraph: its own closing punctuation replaced by {@code ؛} (the last by a full stop). */
    static String item(String text, String closing) {
        String t = text.strip();
        while (!t.isEmpty() && ".;؛,،".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t + closing;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
