package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportFacts.DocumentFact;
import org.tiptracker.report.SourceRef;

/**
 * The summary ({@code ملخص}, seed 001): the resolutions the report was prepared under, what it
 * summarizes and what it covers. Not numbered; chapter 0.
 */
public final class Summary {

    private Summary() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        return List.of(compose(new Context(facts)));
    }

    static ComposedBlock compose(Context c) {
        List<String> cited = cited(c);
        String requesting = c.requesting();
        String title = c.document(requesting).map(DocumentFact::titleAr).orElse(null);
        String titleEn = c.document(requesting).map(DocumentFact::titleEn).orElse(null);
        boolean globalPlan = cited.stream().anyMatch(s -> s.equalsIgnoreCase(Context.GLOBAL_PLAN));

        List<String> numbers = cited.stream().map(c::res).toList();
        String resolutions = switch (numbers.size()) {
            case 1 -> "بقرار الجمعية العامة ";
            case 2 -> "بقراري الجمعية العامة ";
            default -> "بقرارات الجمعية العامة ";
        } + joinArabic(numbers);
        StringBuilder ar = new StringBuilder("أعدَّ هذا التقرير عملاً ").append(resolutions).append(".")
                .append(" وهو يلخِّص ما بذلته الدول الأعضاء وكيانات منظومة الأمم المتحدة من جهود من أجل تنفيذ قرار الجمعية العامة ")
                .append(c.res(requesting));
        if (title != null && !title.isBlank()) {
            ar.append(" المعنون \"").append(title.strip()).append("\"");
        }
        ar.append(". ويتضمَّن التقرير معلومات عن حالة التصديق على بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء")
                .append(" والأطفال، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية وحالة الانضمام إليه،")
                .append(" علاوة على الجهود التي يبذلها جميع أصحاب المصلحة من أجل المضي في تعزيز تنفيذ خطة عمل الأمم المتحدة")
                .append(" العالمية لمكافحة الاتجار بالأشخاص");
        if (globalPlan) {
            ar.append("، التي اعتمدتها الجمعية العامة في قرارها ").append(c.res(Context.GLOBAL_PLAN));
        }
        ar.append(". كما يقدِّم التقرير معلومات أحدث عهداً عن حالة وعمل صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا")
                .append(" الاتجار بالأشخاص، وبخاصة النساء والأطفال؛ ومعلومات عن التقرير العالمي عن الاتجار بالأشخاص");
        Integer published = publishedYear(c);
        if (published != null) {
            ar.append(" الذي أصدره مكتب الأمم المتحدة المعني بالمخدرات والجريمة في عام ").append(c.ar.year(published));
        }
        ar.append("؛ وعمل فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص؛ ومعلومات بشأن حملات التوعية،")
                .append(" وخاصة اليوم العالمي المحدد لمكافحة الاتجار بالأشخاص.");

        List<String> numbersEn = cited.stream().map(Context::resEn).toList();
        StringBuilder en = new StringBuilder("The present report is submitted pursuant to General Assembly resolution")
                .append(numbersEn.size() == 1 ? " " : "s ").append(Context.listEn(numbersEn))
                .append(". It summarizes the efforts made by Member States and entities of the United Nations system to")
                .append(" implement General Assembly resolution ").append(Context.resEn(requesting));
        if (titleEn != null && !titleEn.isBlank()) {
            en.append(", entitled \"").append(titleEn.strip()).append("\"");
        }
        en.append(". It contains information on the status of ratification of and accession to the Protocol to Prevent,")
                .append(" Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United")
                .append(" Nations Convention against Transnational Organized Crime, and on the efforts of all stakeholders to")
                .append(" further the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons");
        if (globalPlan) {
            en.append(", adopted by the General Assembly in its resolution ").append(Context.resEn(Context.GLOBAL_PLAN));
        }
        en.append(". It also provides updated information on the status and work of the United Nations Voluntary Trust Fund")
                .append(" for Victims of Trafficking in Persons, Especially Women and Children; on the Global Report on")
                .append(" Trafficking in Persons");
        if (published != null) {
            en.append(" issued by the United Nations Office on Drugs and Crime in ").append(published);
        }
        en.append("; on the work of the Inter-Agency Coordination Group against Trafficking in Persons; and on awareness-")
                .append("raising, in particular the World Day against Trafficking in Persons.");

        List<SourceRef> sources = new ArrayList<>();
        cited.forEach(s -> sources.add(c.resolutionSource(s)));
        if (c.facts.globalReport() != null) {
            sources.add(new SourceRef("التقرير العالمي", "Global Report", "/global-report/" + c.facts.globalReport().id()));
        }
        return c.block("summary", BlockRole.SUMMARY, ar.toString(), en.toString(), sources,
                Context.table(List.of("الوثيقة"), List.of("Document"), cited.stream().map(s -> List.of(s)).toList()));
    }

    /**
     * The resolutions the report is prepared under: those of the facts except the previous
     * resolution (it only opens the period), and always the requesting one; oldest first.
     */
    static List<String> cited(Context c) {
        List<String> out = new ArrayList<>();
        for (DocumentFact d : c.facts.resolutions()) {
            if (d.symbol() == null || !d.symbol().contains("/RES/")
                    || d.symbol().equalsIgnoreCase(c.mandate.previousResolution())) {
                continue;
            }
            if (out.stream().noneMatch(s -> s.equalsIgnoreCase(d.symbol()))) {
                out.add(d.symbol());
            }
        }
        if (out.stream().noneMatch(s -> s.equalsIgnoreCase(c.requesting()))) {
            out.add(c.requesting());
        }
        out.sort(Comparator.comparingInt((String s) -> part(s, 2)).thenComparingInt(s -> part(s, 1))
                .thenComparing(Comparator.naturalOrder()));
        return out;
    }

    private static int part(String symbol, int fromEnd) {
        String[] parts = symbol.split("/");
        try {
            return Integer.parseInt(parts[parts.length - fromEnd].trim());
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** {@code ٢٩٣/٦٤ و ١٧٩/٧٠}: numbers joined as the seed's summary joins them. */
    static String joinArabic(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join("، ", items.subList(0, items.size() - 1)) + " و " + items.get(items.size() - 1);
    }

    private static Integer publishedYear(Context c) {
        var gr = c.facts.globalReport();
        if (gr == null) {
            return null;
        }
        return gr.published() != null ? gr.published().getYear() : gr.year();
    }
}
