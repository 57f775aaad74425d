package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.GrammaticalCase;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.ActivityFact;
import org.tiptracker.report.ReportFacts.StateName;
import org.tiptracker.report.SourceRef;

/**
 * Section III.B (seed 001, paras 32–58): a short opening, then the activities of the period by
 * agency in the agencies' order of presentation (UNODC first), a sub-section per agency and a
 * paragraph per activity built from its description, its figures and the countries it reached.
 */
final class ActivitiesSection {

    /** Person: {@code ١٠٦٦ شخصاً}, {@code ثلاثة أشخاص}. */
    static final CountedNoun PERSON = new CountedNoun("شخص", "شخصان", "أشخاص", false);

    private ActivitiesSection() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        Map<String, List<ActivityFact>> byAgency = new LinkedHashMap<>();
        c.facts.activities().stream()
                .sorted(Comparator.comparingInt(ActivityFact::agencyOrder).thenComparing(ActivityFact::agencyAcronym)
                        .thenComparing(ActivityFact::start, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(ActivityFact::id))
                .forEach(a -> byAgency.computeIfAbsent(a.agencyAcronym(), k -> new ArrayList<>()).add(a));
        out.add(opening(c, byAgency));
        for (Map.Entry<String, List<ActivityFact>> e : byAgency.entrySet()) {
            ActivityFact first = e.getValue().get(0);
            String key = "III.B." + Context.keyPart(e.getKey());
            out.add(c.heading(key + ".heading", BlockRole.SUBSECTION_HEADING, first.agencyNameAr(),
                    first.agencyNameEn() == null ? e.getKey() : first.agencyNameEn()));
            for (ActivityFact a : e.getValue()) {
                out.add(activity(c, a));
            }
        }
        return out;
    }

    static ComposedBlock opening(Context c, Map<String, List<ActivityFact>> byAgency) {
        String ar = "شجعت الجمعية العامة، في قرارها " + c.res(c.requesting())
                + "، المكتب والوكالات الأخرى ذات الصلة في منظومة الأمم المتحدة على مواصلة أنشطتها المتصلة بتنفيذ خطة العمل"
                + " العالمية. ولأغراض هذا التقرير، استشيرت الجهات المعنية، وكذلك الوكالات الأعضاء في فريق التنسيق المشترك بين"
                + " الوكالات لمكافحة الاتجار بالأشخاص للوقوف على النهج الذي تتبعه حيال تنفيذ خطة العمل العالمية، وفيما يلي عرض"
                + " للإسهامات الواردة.";
        String en = "In its resolution " + Context.resEn(c.requesting()) + ", the General Assembly encouraged UNODC and other"
                + " relevant agencies of the United Nations system to continue their activities to implement the Global Plan"
                + " of Action. For the present report, the relevant entities and the member agencies of the Inter-Agency"
                + " Coordination Group against Trafficking in Persons were consulted on their approach to implementing the"
                + " Global Plan of Action; their contributions are presented below.";
        List<List<String>> rows = new ArrayList<>();
        byAgency.forEach((acronym, list) -> rows.add(List.of(acronym, list.get(0).agencyNameAr(),
                Integer.toString(list.size()))));
        return c.paragraph("III.B.opening", ar, en,
                List.of(c.resolutionSource(c.requesting()), new SourceRef("الوكالات", "Agencies", "/agencies")),
                Context.table(List.of("الوكالة", "الاسم", "عدد الأنشطة"), List.of("Agency", "Name", "Activities"), rows));
    }

    static ComposedBlock activity(Context c, ActivityFact a) {
        String description = a.descriptionAr() != null && !a.descriptionAr().isBlank() ? a.descriptionAr()
                : a.titleAr() == null ? "" : a.titleAr();
        StringBuilder ar = new StringBuilder(Context.sentence(description));
        List<String> figures = new ArrayList<>();
        if (a.peopleTrained() != null && a.peopleTrained() > 0) {
            figures.add("تدريب " + c.ar.count(a.peopleTrained(), PERSON, GrammaticalCase.OBLIQUE));
        }
        if (a.victimsAssisted() != null && a.victimsAssisted() > 0) {
            figures.add("مساعدة " + c.ar.count(a.victimsAssisted(), CountedNoun.VICTIM, GrammaticalCase.OBLIQUE));
        }
        if (a.suspectsArrested() != null && a.suspectsArrested() > 0) {
            figures.add("إلقاء القبض على مشتبه بهم بلغ عددهم " + c.ar.integer(a.suspectsArrested()));
        }
        List<StateName> countries = a.countries().stream()
                .sorted(Comparator.comparing(StateName::nameAr, Context.unOrder()).thenComparing(StateName::iso3)).toList();
        List<String> countryNames = countries.stream().map(StateName::nameAr).toList();
        // A description that names every country already says how many it reached.
        boolean named = !countryNames.isEmpty() && countryNames.stream().allMatch(description::contains);
        int reached = a.countriesReached() != null ? a.countriesReached() : 0;
        if (reached > 0 && !(named && reached == countryNames.size())) {
            figures.add("الوصول إلى " + c.ar.count(reached, CountedNoun.COUNTRY, GrammaticalCase.OBLIQUE));
        }
        if (!figures.isEmpty()) {
            ar.append(" وشمل ذلك ").append(c.ar.listWithAnd(figures)).append(".");
        }
        if (!countryNames.isEmpty() && !named) {
            ar.append(" وشمل النشاط ").append(countryNames.size() == 1 ? "" : "كلاً من ")
                    .append(c.ar.listWithAnd(countryNames)).append(".");
        }
        StringBuilder en = new StringBuilder("The ").append(a.agencyNameEn() == null ? a.agencyAcronym() : a.agencyNameEn())
                .append(" reported ").append(kindEn(a)).append(periodEn(a)).append(".");
        List<String> figuresEn = new ArrayList<>();
        if (a.peopleTrained() != null && a.peopleTrained() > 0) {
            figuresEn.add("trained " + Context.countEn(a.peopleTrained(), "person", "people"));
        }
        if (a.victimsAssisted() != null && a.victimsAssisted() > 0) {
            figuresEn.add("assisted " + Context.countEn(a.victimsAssisted(), "victim", "victims"));
        }
        if (a.suspectsArrested() != null && a.suspectsArrested() > 0) {
            figuresEn.add("led to the arrest of " + Context.countEn(a.suspectsArrested(), "suspect", "suspects"));
        }
        if (reached > 0) {
            figuresEn.add("reached " + Context.countEn(reached, "country", "countries"));
        }
        if (!figuresEn.isEmpty()) {
            en.append(" It ").append(Context.listEn(figuresEn)).append(".");
        }
        if (!countries.isEmpty()) {
            en.append(" Countries: ").append(Context.listEn(countries.stream().map(StateName::nameEn)
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList())).append(".");
        }
        en.append(" [English text of the description to be supplied.]");
        List<SourceRef> sources = new ArrayList<>();
        sources.add(new SourceRef(a.titleAr() == null ? a.agencyAcronym() : a.titleAr(), "Activity " + a.id(),
                "/activities/" + a.id()));
        if (a.sourceSymbol() != null && !a.sourceSymbol().isBlank()) {
            sources.add(new SourceRef(a.sourceSymbol(), a.sourceSymbol(), "/documents/find?symbol=" + a.sourceSymbol().strip()));
        }
        countries.forEach(s -> sources.add(new SourceRef(s.nameAr(), s.nameEn(), "/participants/" + s.iso3())));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Long.toString(a.id()), a.agencyAcronym(), a.kind() == null ? "" : a.kind().name(),
                a.start() == null ? "" : a.start().toString(), a.end() == null ? "" : a.end().toString(),
                number(a.peopleTrained()), number(a.victimsAssisted()), number(a.suspectsArrested()),
                number(a.countriesReached()),
                String.join(" ", countries.stream().map(StateName::iso3).toList())));
        return c.paragraph("III.B.activity." + a.id(), ar.toString(), en.toString(), sources,
                Context.table(List.of("النشاط", "الوكالة", "النوع", "البداية", "النهاية", "المتدربون", "الضحايا المساعَدون",
                                "المقبوض عليهم", "البلدان", "رموز البلدان"),
                        List.of("Activity", "Agency", "Kind", "Start", "End", "People trained", "Victims assisted",
                                "Suspects arrested", "Countries reached", "Countries"), rows));
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String kindEn(ActivityFact a) {
        if (a.kind() == null) {
            return "an activity";
        }
        return switch (a.kind()) {
            case TECHNICAL_ASSISTANCE -> "technical assistance";
            case TRAINING -> "a training activity";
            case PUBLICATION -> "a publication";
            case TOOL -> "a tool";
            case CAMPAIGN -> "a campaign";
            case PROJECT -> "a project";
            case EVENT -> "an event";
            case MEETING -> "a meeting";
            case COOPERATION -> "a cooperation arrangement";
        };
    }

    private static String periodEn(ActivityFact a) {
        if (a.start() == null) {
            return "";
        }
        var precision = a.precision() == null ? org.tiptracker.agency.DatePrecision.DAY : a.precision();
        String start = switch (precision) {
            case DAY -> Context.dateEn(a.start());
            case MONTH -> Context.monthEn(java.time.YearMonth.from(a.start()));
            case YEAR -> Integer.toString(a.start().getYear());
        };
        if (a.end() == null || a.end().equals(a.start())) {
            return (precision == org.tiptracker.agency.DatePrecision.DAY ? " on " : " in ") + start;
        }
        String end = switch (precision) {
            case DAY -> Context.dateEn(a.end());
            case MONTH -> Context.monthEn(java.time.YearMonth.from(a.end()));
            case YEAR -> Integer.toString(a.end().getYear());
        };
        return start.equals(end) ? " in " + start : " from " + start + " to " + end;
    }
}
