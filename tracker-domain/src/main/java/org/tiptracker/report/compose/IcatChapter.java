package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tiptracker.arabic.Complement;
import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.GrammaticalCase;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.Agency;
import org.tiptracker.report.ReportFacts.IcatChair;
import org.tiptracker.report.ReportFacts.IcatFact;
import org.tiptracker.report.ReportFacts.Paper;
import org.tiptracker.report.SourceRef;

/**
 * Chapter IV, ICAT (seed 001, paras 62–71): its members, its chairs in the years of the period
 * (para 64), the six entities of its working group (para 65) and its policy papers (para 69).
 */
final class IcatChapter {

    /** Entity: {@code ستة كيانات}, {@code ١٧ كياناً}. */
    static final CountedNoun ENTITY = new CountedNoun("كيان", "كيانان", "كيانات", false);
    /** Paper: {@code ثلاث ورقات}. */
    static final CountedNoun PAPER = new CountedNoun("ورقة", "ورقتان", "ورقات", true);

    private IcatChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        IcatFact icat = c.facts.icat();
        if (icat == null) {
            out.add(c.placeholder("IV.narrative", "أنشطة فريق التنسيق (لا تتوافر سجلات عنه)",
                    "the activities of ICAT (no records available)"));
            return out;
        }
        if (!icat.members().isEmpty()) {
            out.add(members(c, icat));
        }
        out.add(chairs(c, icat));
        if (!icat.workingGroup().isEmpty()) {
            out.add(workingGroup(c, icat));
        }
        if (!icat.papers().isEmpty()) {
            out.add(papers(c, icat));
        }
        out.add(c.placeholder("IV.narrative", "اجتماعات فريق التنسيق وأنشطة التواصل والتوعية التي اضطلع بها",
                "ICAT's meetings and its outreach and advocacy"));
        return out;
    }

    static ComposedBlock members(Context c, IcatFact icat) {
        List<Agency> members = icat.members().stream().sorted(Comparator.comparing(Agency::acronym)).toList();
        String ar = "وحتى " + c.date(c.mandate.cutOff()) + "، كان فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص"
                + " يضم " + c.ar.count(members.size(), ENTITY, GrammaticalCase.OBLIQUE)
                + " من وكالات منظومة الأمم المتحدة وهيئاتها وغيرها من المنظمات الحكومية الدولية ذات الصلة.";
        String en = "As at " + Context.dateEn(c.mandate.cutOff()) + ", the Inter-Agency Coordination Group against Trafficking"
                + " in Persons had " + Context.numberEn(members.size()) + (members.size() == 1 ? " member" : " members")
                + " among the agencies and bodies of the United Nations system and other relevant intergovernmental organizations.";
        return c.paragraph("IV.members", ar, en,
                List.of(new SourceRef("فريق التنسيق", "ICAT", "/icat?asOf=" + c.mandate.cutOff())), agencyTable(members));
    }

    /** The years whose chair the report names: from the period's first year (if it starts in its first half) to the cut-off's. */
    static List<IcatChair> chairsOfPeriod(Context c, IcatFact icat) {
        int from = c.mandate.periodFrom().getMonthValue() <= 6 ? c.mandate.periodFrom().getYear()
                : c.mandate.periodFrom().getYear() + 1;
        int to = Math.max(c.mandate.periodTo().getYear(), c.mandate.cutOff().getYear());
        return icat.chairs().stream().filter(ch -> ch.year() >= from && ch.year() <= to)
                .sorted(Comparator.comparingInt(IcatChair::year)).toList();
    }

    static ComposedBlock chairs(Context c, IcatFact icat) {
        List<IcatChair> chairs = chairsOfPeriod(c, icat);
        SourceRef page = new SourceRef("فريق التنسيق", "ICAT", "/icat?asOf=" + c.mandate.cutOff());
        List<List<String>> rows = chairs.stream().map(ch -> List.of(Integer.toString(ch.year()), ch.agency().acronym(),
                ch.agency().nameAr())).toList();
        if (chairs.isEmpty()) {
            return c.placeholder("IV.chairs", "رئاسة فريق التنسيق خلال الفترة (لا تتوافر سجلات عنها)",
                    "the chairs of ICAT during the period (no records available)");
        }
        IcatChair first = chairs.get(0);
        StringBuilder ar = new StringBuilder("وخلال الفترة المشمولة بالتقرير، ")
                .append(masculine(first.agency().nameAr()) ? "تولى " : "تولت ").append(first.agency().nameAr())
                .append(" رئاسة الفريق في عام ").append(c.ar.year(first.year()));
        StringBuilder en = new StringBuilder("During the reporting period, ICAT was chaired by ")
                .append(nameEn(first.agency())).append(" in ").append(first.year());
        if (chairs.size() > 1) {
            List<String> next = chairs.subList(1, chairs.size()).stream()
                    .map(ch -> ch.agency().nameAr() + " في عام " + c.ar.year(ch.year())).toList();
            // A short list inside running text: every item joined by "و" (seed 001, para. 64).
            ar.append("، ثم انتقلت تلك الرئاسة إلى ").append(c.ar.listWithAnd(next));
            en.append(", followed by ").append(Context.listEn(chairs.subList(1, chairs.size()).stream()
                    .map(ch -> nameEn(ch.agency()) + " in " + ch.year()).toList()));
        }
        ar.append(".");
        en.append(".");
        return c.paragraph("IV.chairs", ar.toString(), en.toString(), List.of(page),
                Context.table(List.of("السنة", "الوكالة", "الاسم"), List.of("Year", "Agency", "Name"), rows));
    }

    static ComposedBlock workingGroup(Context c, IcatFact icat) {
        // Seed 001, para 65, lists the six entities in the order of their English acronyms.
        List<Agency> group = icat.workingGroup().stream().sorted(Comparator.comparing(Agency::acronym)).toList();
        int n = group.size();
        String ar = "وخلال الفترة المشمولة بالتقرير، استُرشد في أنشطة فريق التنسيق بخطة عمل سنوية تشاركت في وضعها "
                + c.ar.countAccusative(n, ENTITY, Complement.MEMBER) + " فيه تضطلع معاً بتنفيذ برنامج عمل فريق التنسيق وتشكل جهازه المسؤول عن"
                + " اتخاذ القرارات والذي يشار إليه باسم \"الفريق العامل\"، " + (n == 2 ? "هما" : "هي") + ": "
                + c.ar.listWithAnd(group.stream().map(Agency::nameAr).toList()) + ".";
        String en = "During the reporting period, the activities of ICAT were guided by an annual workplan developed by "
                + Context.countEn(n, "member entity", "member entities") + " that together carry out its programme of work"
                + " and form its decision-making body, known as the \"Working Group\": "
                + Context.listEn(group.stream().map(IcatChapter::nameEn).toList()) + ".";
        return c.paragraph("IV.workingGroup", ar, en,
                List.of(new SourceRef("فريق التنسيق", "ICAT", "/icat?asOf=" + c.mandate.cutOff())), agencyTable(group));
    }

    static ComposedBlock papers(Context c, IcatFact icat) {
        List<Paper> published = icat.papers().stream().filter(Paper::published)
                .sorted(Comparator.comparingInt(Paper::year).thenComparingLong(Paper::id)).toList();
        List<Paper> preparing = icat.papers().stream().filter(p -> !p.published())
                .sorted(Comparator.comparingInt(Paper::year).thenComparingLong(Paper::id)).toList();
        List<String> ar = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!published.isEmpty()) {
            int n = published.size();
            String counted = n == 1 ? "ورقة سياساتية واحدة" : n == 2 ? "ورقتان سياساتيتان"
                    : c.ar.count(n, PAPER) + " سياساتية";
            List<String> titles = published.stream()
                    .map(p -> "\"" + p.titleAr().strip() + "\" (" + c.ar.year(p.year()) + ")").toList();
            ar.add("وحتى الآن، نُشرت " + counted + " لفريق التنسيق، " + (n == 1 ? "هي" : n == 2 ? "هما" : "هي") + ": "
                    + String.join("، و", titles) + ".");
            en.add("To date, ICAT has published " + Context.countEn(n, "policy paper", "policy papers") + ": "
                    + Context.listEn(published.stream().map(p -> "\"" + titleEn(p) + "\" (" + p.year() + ")").toList())
                    + ".");
        }
        if (!preparing.isEmpty()) {
            List<String> titles = preparing.stream().map(p -> "\"" + p.titleAr().strip() + "\"").toList();
            ar.add("ويجري إعداد " + (preparing.size() == 1 ? "ورقة أخرى بعنوان " : "أوراق أخرى بعنوان ")
                    + c.ar.listWithAnd(titles) + ".");
            en.add((preparing.size() == 1 ? "A further paper is" : "Further papers are") + " in preparation: "
                    + Context.listEn(preparing.stream().map(p -> "\"" + titleEn(p) + "\"").toList()) + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Paper p : icat.papers().stream().sorted(Comparator.comparingInt(Paper::year).thenComparingLong(Paper::id)).toList()) {
            rows.add(List.of(Long.toString(p.id()), p.titleAr(), Integer.toString(p.year()), p.published() ? "published" : "in preparation"));
        }
        return c.paragraph("IV.papers", String.join(" ", ar), String.join(" ", en),
                List.of(new SourceRef("فريق التنسيق", "ICAT", "/icat?asOf=" + c.mandate.cutOff())),
                Context.table(List.of("الورقة", "العنوان", "السنة", "الحالة"), List.of("Paper", "Title", "Year", "Status"), rows));
    }

    /** Whether an agency's Arabic name is masculine ({@code المكتب}, {@code الصندوق}, {@code المعهد}…), for the verb before it. */
    static boolean masculine(String nameAr) {
        String first = nameAr.strip().split("\\s+")[0];
        String bare = first.startsWith("ال") ? first.substring(2) : first;
        return List.of("مكتب", "صندوق", "معهد", "برنامج", "مجلس", "فريق", "مركز").contains(bare);
    }

    /** "the International Organization for Migration"; an acronym stays bare ("UNODC"). */
    private static String nameEn(Agency a) {
        String name = a.nameEn() == null || a.nameEn().isBlank() ? a.acronym() : a.nameEn().strip();
        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.startsWith("the ") ? name : "the " + name;
    }

    private static String titleEn(Paper p) {
        return p.titleEn() == null || p.titleEn().isBlank() ? p.titleAr() : p.titleEn();
    }

    private static org.tiptracker.report.DataTable agencyTable(List<Agency> agencies) {
        return Context.table(List.of("الوكالة", "الاسم"), List.of("Agency", "Name"),
                agencies.stream().map(a -> List.of(a.acronym(), a.nameAr())).toList());
    }
}
