package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.GrammaticalCase;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.CycleFact;
import org.tiptracker.report.ReportFacts.DocumentFact;
import org.tiptracker.report.ReportFacts.DocumentParagraph;
import org.tiptracker.report.ReportFacts.StateName;
import org.tiptracker.report.SourceRef;

/**
 * Chapter I, the introduction (seed 001, paras 1–2): which resolution asked for the report and
 * what it asked, the session that asked, on what the report rests (the note verbale of the
 * cycle and how many answered) and the period it covers.
 */
final class MandateChapter {

    private MandateChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        return List.of(mandate(c), basis(c));
    }

    static ComposedBlock mandate(Context c) {
        String symbol = c.requesting();
        Optional<DocumentFact> doc = c.document(symbol);
        StringBuilder ar = new StringBuilder("اعتمدت الجمعية العامة");
        StringBuilder en = new StringBuilder("The General Assembly adopted");
        if (doc.isPresent() && doc.get().date() != null) {
            ar.append("، في ").append(c.date(doc.get().date())).append("،");
            en.append(", on ").append(Context.dateEn(doc.get().date())).append(",");
        }
        ar.append(" القرار ").append(c.res(symbol));
        en.append(" resolution ").append(Context.resEn(symbol));
        doc.map(DocumentFact::titleAr).filter(t -> !t.isBlank())
                .ifPresent(t -> ar.append(" المعنون \"").append(t.strip()).append("\""));
        doc.map(DocumentFact::titleEn).filter(t -> t != null && !t.isBlank())
                .ifPresent(t -> en.append(", entitled \"").append(t.strip()).append("\""));
        ar.append(".");
        en.append(".");
        Optional<DocumentParagraph> asking = requestingParagraph(c, doc);
        String number = c.mandate.requestingParagraph();
        if (asking.isPresent() && asking.get().textAr() != null && !asking.get().textAr().isBlank()) {
            ar.append(" وجاء في الفقرة ").append(paragraphNumberAr(c, number)).append(" من ذلك القرار ما يلي: \"")
                    .append(quoted(asking.get().textAr())).append("\".");
        } else if (number != null && !number.isBlank()) {
            ar.append(" وفي الفقرة ").append(paragraphNumberAr(c, number))
                    .append(" من ذلك القرار، طلبت الجمعية العامة إلى الأمين العام أن يقدم إليها تقريراً عن تنفيذه.");
        }
        if (asking.isPresent() && asking.get().textEn() != null && !asking.get().textEn().isBlank()) {
            en.append(" In paragraph ").append(number).append(" of that resolution, the Assembly stated: \"")
                    .append(quoted(asking.get().textEn())).append("\".");
        } else if (number != null && !number.isBlank()) {
            en.append(" In paragraph ").append(number)
                    .append(" of that resolution, the Assembly requested the Secretary-General to report to it on its implementation.");
        }
        List<SourceRef> sources = new ArrayList<>(List.of(c.resolutionSource(symbol)));
        if (c.document(Context.GLOBAL_PLAN).isPresent()) {
            ar.append(" وتدعو خطة عمل الأمم المتحدة العالمية لمكافحة الاتجار بالأشخاص، التي اعتمدتها الجمعية العامة في قرارها ")
                    .append(c.res(Context.GLOBAL_PLAN))
                    .append("، إلى اتخاذ تدابير منسقة ومتسقة لمكافحة الاتجار بالأشخاص في مجالات منع الاتجار بالأشخاص،")
                    .append(" وحماية ضحايا الاتجار ومساعدتهم، وملاحقة مرتكبي جرائم الاتجار، وترسيخ الشراكات المناهضة للاتجار بالأشخاص.");
            en.append(" The United Nations Global Plan of Action to Combat Trafficking in Persons, adopted by the Assembly in")
                    .append(" its resolution ").append(Context.resEn(Context.GLOBAL_PLAN))
                    .append(", calls for concerted and consistent action against trafficking in persons in the areas of")
                    .append(" prevention, protection of and assistance to victims, prosecution of offenders and partnerships.");
            sources.add(c.resolutionSource(Context.GLOBAL_PLAN));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(symbol, number == null ? "" : number, doc.map(d -> d.date() == null ? "" : d.date().toString()).orElse("")));
        return c.paragraph("I.mandate", ar.toString(), en.toString(), sources,
                Context.table(List.of("القرار", "الفقرة", "تاريخ الاعتماد"), List.of("Resolution", "Paragraph", "Adopted"), rows));
    }

    static ComposedBlock basis(Context c) {
        String symbol = c.requesting();
        int session = c.mandate.session();
        StringBuilder ar = new StringBuilder("وطلبت الجمعية العامة إلى الأمين العام أن يقدم إليها");
        StringBuilder en = new StringBuilder("The General Assembly requested the Secretary-General to report to it");
        if (session >= 1 && session <= 99) {
            ar.append(" في دورتها ").append(Ordinals.feminineGenitive(session));
            en.append(" at its ").append(Ordinals.english(session)).append(" session");
        }
        ar.append(" تقريراً عن تنفيذ القرار ").append(c.res(symbol)).append(".")
                .append(" ويستند هذا التقرير، فيما يستند إليه، إلى المعلومات التي وردت من الدول الأعضاء وهيئات منظومة الأمم")
                .append(" المتحدة، وكذلك من الوكالات الأعضاء في فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص.");
        en.append(" on the implementation of resolution ").append(Context.resEn(symbol)).append(".")
                .append(" The present report is based, inter alia, on information received from Member States and entities of")
                .append(" the United Nations system, as well as from the member agencies of the Inter-Agency Coordination Group")
                .append(" against Trafficking in Persons.");
        List<SourceRef> sources = new ArrayList<>(List.of(c.resolutionSource(symbol)));
        List<List<String>> rows = new ArrayList<>();
        CycleFact cycle = c.facts.cycle();
        if (cycle != null) {
            String reference = cycle.noteReference() == null || cycle.noteReference().isBlank() ? ""
                    : " (" + Bidi.isolate(cycle.noteReference().strip()) + ")";
            String referenceEn = reference.isEmpty() ? "" : " (" + cycle.noteReference().strip() + ")";
            ar.append(" وقد عمّم الأمين العام على الدول طلباً للمعلومات في شكل مذكرة شفوية").append(reference);
            en.append(" The Secretary-General circulated a request for information by note verbale").append(referenceEn);
            if (cycle.deadline() != null) {
                ar.append("، ورجا موافاته بالردود بحلول ").append(c.date(cycle.deadline()));
                en.append(", with replies requested by ").append(Context.dateEn(cycle.deadline()));
            }
            int answered = cycle.answered().size();
            ar.append(". ");
            en.append(". ");
            if (answered == 0) {
                ar.append("ولم تكن أي دولة قد ردت عليه حتى ").append(c.date(c.mandate.cutOff())).append(".");
                en.append("As at ").append(Context.dateEn(c.mandate.cutOff())).append(", no State had replied.");
            } else {
                ar.append("وحتى ").append(c.date(c.mandate.cutOff())).append("، كانت ")
                        .append(c.ar.count(answered, CountedNoun.STATE));
                if (cycle.asked() > answered) {
                    ar.append(" من أصل ").append(c.ar.count(cycle.asked(), CountedNoun.STATE, GrammaticalCase.OBLIQUE))
                            .append(" وُجّه إليها الطلب");
                }
                ar.append(" قد ردت عليه.");
                en.append("As at ").append(Context.dateEn(c.mandate.cutOff())).append(", ")
                        .append(Context.countEn(answered, "State", "States"));
                if (cycle.asked() > answered) {
                    en.append(" of the ").append(Context.numberEn(cycle.asked())).append(" addressed");
                }
                en.append(answered == 1 ? " had replied." : " had replied.");
            }
            sources.add(new SourceRef("دورة الإبلاغ", "Reporting cycle",
                    "/cycles/" + cycle.id() + "?asOf=" + c.mandate.cutOff()));
            cycle.answered().stream().sorted(Comparator.comparing(StateName::nameAr, Context.unOrder()))
                    .forEach(s -> rows.add(List.of(s.nameAr(), s.iso3())));
        }
        String previous = c.mandate.previousResolution();
        ar.append(" وهو يغطي الفترة من ");
        en.append(" The report covers the period from ");
        if (previous != null && !previous.isBlank()) {
            ar.append("تاريخ اعتماد القرار السابق ").append(c.res(previous));
            en.append("the adoption of the previous resolution, ").append(Context.resEn(previous));
            Optional<DocumentFact> prev = c.document(previous);
            prev.map(DocumentFact::titleAr).filter(t -> t != null && !t.isBlank())
                    .ifPresent(t -> ar.append("، المعنون \"").append(t.strip()).append("\""));
            prev.map(DocumentFact::titleEn).filter(t -> t != null && !t.isBlank())
                    .ifPresent(t -> en.append(", entitled \"").append(t.strip()).append("\""));
            ar.append("، من ");
            en.append(", on ");
            sources.add(c.resolutionSource(previous));
        }
        ar.append(c.date(c.mandate.periodFrom())).append(" حتى ").append(c.date(c.mandate.periodTo())).append(".");
        en.append(Context.dateEn(c.mandate.periodFrom())).append(", to ").append(Context.dateEn(c.mandate.periodTo()))
                .append(".");
        return c.paragraph("I.basis", ar.toString(), en.toString(), sources,
                Context.table(List.of("الدولة", "الرمز"), List.of("State", "ISO3"), rows));
    }

    private static Optional<DocumentParagraph> requestingParagraph(Context c, Optional<DocumentFact> doc) {
        String number = c.mandate.requestingParagraph();
        if (doc.isEmpty() || number == null || number.isBlank()) {
            return Optional.empty();
        }
        String wanted = number.replace(" ", "");
        return doc.get().paragraphs().stream()
                .filter(p -> p.number() != null && p.number().replace(" ", "").equalsIgnoreCase(wanted)).findFirst();
    }

    /** {@code 22} → {@code ٢٢}; {@code 3 (b)} → {@code ٣ (ب)}: Latin letters become the abjad letters. */
    static String paragraphNumberAr(Context c, String number) {
        StringBuilder out = new StringBuilder();
        for (char ch : number.strip().toCharArray()) {
            char lower = Character.toLowerCase(ch);
            if (lower >= 'a' && lower <= 'z' && lower - 'a' < Abjad.size()) {
                out.append(Abjad.letter(lower - 'a' + 1));
            } else {
                out.append(ch);
            }
        }
        return c.ar.digits(out.toString());
    }

    private static String quoted(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ".;,؛،".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
