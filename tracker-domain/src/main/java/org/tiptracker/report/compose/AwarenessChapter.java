package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.awareness.WorldDayThemes;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.AwarenessFact;
import org.tiptracker.report.ReportFacts.BlueHeartCountry;
import org.tiptracker.report.ReportFacts.Theme;
import org.tiptracker.report.SourceRef;

/** Chapter VII, awareness (seed 001, paras 83–90): the World Day themes of the period and the Blue Heart campaign. */
final class AwarenessChapter {

    private AwarenessChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        AwarenessFact awareness = c.facts.awareness();
        if (awareness != null && !awareness.themes().isEmpty()) {
            out.add(themes(c, awareness.themes()));
        }
        if (awareness != null && (!awareness.blueHeart().isEmpty() || awareness.reportedBlueHeartCount() != null)) {
            out.add(blueHeart(c, awareness));
        }
        out.add(c.placeholder("VII.narrative", "أنشطة الاحتفال باليوم العالمي وحملات التوعية خلال الفترة",
                "the activities marking the World Day and awareness campaigns during the period"));
        return out;
    }

    static ComposedBlock themes(Context c, List<Theme> themes) {
        List<Theme> sorted = themes.stream().sorted(Comparator.comparingInt(Theme::year).thenComparingLong(Theme::id)).toList();
        String ar = WorldDayThemes.arabic(sorted.stream().map(t -> new WorldDayThemes.Theme(t.year(), t.themeAr())).toList(),
                c.ar);
        List<String> en = new ArrayList<>();
        for (Theme t : sorted) {
            // a theme without its English is named as Arabic, isolated (U+2067 ... U+2069), never run
            // unmarked into the English sentence
            en.add(t.themeEn() == null || t.themeEn().isBlank()
                    ? "in " + t.year() + ", the theme of the World Day, whose English title is not recorded, was in Arabic \""
                            + '\u2067' + t.themeAr() + '\u2069' + "\""
                    : "in " + t.year() + ", the theme of the World Day was \"" + t.themeEn().strip() + "\"");
        }
        List<List<String>> rows = sorted.stream().map(t -> List.of(Integer.toString(t.year()), t.themeAr())).toList();
        return c.paragraph("VII.themes", ar, Context.capitalize(String.join("; ", en)) + ".",
                List.of(new SourceRef("التوعية", "Awareness", "/awareness")),
                Context.table(List.of("السنة", "الموضوع"), List.of("Year", "Theme"), rows));
    }

    static ComposedBlock blueHeart(Context c, AwarenessFact awareness) {
        List<BlueHeartCountry> countries = awareness.blueHeart().stream()
                .sorted(Comparator.comparing(BlueHeartCountry::nameAr, Context.unOrder()).thenComparing(BlueHeartCountry::iso3))
                .toList();
        long count = countries.isEmpty() ? awareness.reportedBlueHeartCount() : countries.size();
        StringBuilder ar = new StringBuilder("وإضافة إلى أنشطة التوعية باليوم العالمي، ينسق المكتب حملة القلب الأزرق لمكافحة")
                .append(" الاتجار بالبشر، وهي مبادرة توعوية عالمية اعتمدها حتى الآن ")
                .append(c.ar.count(count, CountedNoun.COUNTRY));
        StringBuilder en = new StringBuilder("In addition to the World Day, UNODC coordinates the Blue Heart Campaign against")
                .append(" Human Trafficking, a global awareness-raising initiative adopted, as at ")
                .append(Context.dateEn(c.mandate.cutOff())).append(", by ").append(Context.countEn(count, "country", "countries"));
        if (!countries.isEmpty()) {
            ar.append("، ").append(countries.size() == 2 ? "هما" : countries.size() == 1 ? "هو" : "هي").append(": ")
                    // An enumeration after a colon: separated by "،" alone (seed 001, paras 3 and 5).
                    .append(c.ar.list(countries.stream().map(BlueHeartCountry::nameAr).toList()));
            en.append(": ").append(Context.listEn(countries.stream().map(BlueHeartCountry::nameEn)
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList()));
        }
        ar.append(".");
        en.append(".");
        Integer latest = countries.stream().map(BlueHeartCountry::adoptedYear).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (latest != null) {
            List<BlueHeartCountry> last = countries.stream().filter(b -> latest.equals(b.adoptedYear())).toList();
            if (last.size() == 1) {
                ar.append(" وفي عام ").append(c.ar.year(latest)).append("، أصبحت ").append(last.get(0).nameAr())
                        .append(" آخر بلد انضم إلى حملة القلب الأزرق.");
                en.append(" In ").append(latest).append(", ").append(last.get(0).nameEn())
                        .append(" became the latest country to join the campaign.");
            }
        }
        if (awareness.reportedBlueHeartCount() != null && !countries.isEmpty()
                && awareness.reportedBlueHeartCount() != countries.size()) {
            ar.append(" [تنبيه للمحررين: العدد الوارد في الوثائق هو ").append(c.ar.integer(awareness.reportedBlueHeartCount()))
                    .append("، والعدد المسجل هو ").append(c.ar.integer(countries.size())).append(".]");
            en.append(" [Note to editors: the documents report ").append(awareness.reportedBlueHeartCount())
                    .append(" countries; the records hold ").append(countries.size()).append(".]");
        }
        List<List<String>> rows = countries.stream().map(b -> List.of(b.nameAr(), b.iso3(),
                b.adoptedYear() == null ? "" : b.adoptedYear().toString())).toList();
        return c.paragraph("VII.blueHeart", ar.toString(), en.toString(),
                List.of(new SourceRef("حملة القلب الأزرق", "Blue Heart Campaign", "/awareness")),
                Context.table(List.of("البلد", "الرمز", "سنة الاعتماد"), List.of("Country", "ISO3", "Adopted"), rows));
    }
}
