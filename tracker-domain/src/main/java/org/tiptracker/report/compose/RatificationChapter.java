package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tiptracker.arabic.ChangesParagraph;
import org.tiptracker.arabic.NamedDate;
import org.tiptracker.globalreport.CriminalizationSentence;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.GlobalReportFact;
import org.tiptracker.report.ReportFacts.JoinedState;
import org.tiptracker.report.ReportFacts.TreatyFact;
import org.tiptracker.report.SourceRef;

/**
 * Chapter II (seed 001, paras 3–4): the states that became parties to the Convention and the
 * Protocol in the period, with the parties at the cut-off, in one paragraph; then criminalization
 * as the latest Global Report edition found it.
 */
final class RatificationChapter {

    private RatificationChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        return List.of(parties(c), criminalization(c));
    }

    static ComposedBlock parties(Context c) {
        String res = c.res(c.requesting());
        StringBuilder ar = new StringBuilder("حثت الجمعية العامة، في قرارها ").append(res)
                .append("، الدول الأعضاء التي لم تصدق بعد على اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية")
                .append(" وبروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمل لها، أو لم تنضم بعد")
                .append(" إلى هذين الصكين على أن تنظر في القيام بذلك.");
        StringBuilder en = new StringBuilder("In its resolution ").append(Context.resEn(c.requesting()))
                .append(", the General Assembly urged Member States that had not yet done so to consider ratifying or")
                .append(" acceding to the United Nations Convention against Transnational Organized Crime and the Protocol to")
                .append(" Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing it.");
        List<SourceRef> sources = new ArrayList<>();
        sources.add(c.resolutionSource(c.requesting()));
        sources.add(new SourceRef("التغييرات في حالة المعاهدات", "Changes in treaty status",
                "/status/changes?from=" + c.mandate.periodFrom() + "&to=" + c.mandate.cutOff()));
        List<List<String>> rows = new ArrayList<>();
        List<TreatyFact> treaties = c.facts.treaties();
        for (int i = 0; i < treaties.size(); i++) {
            TreatyFact t = treaties.get(i);
            List<JoinedState> joined = t.joined().stream()
                    .sorted(Comparator.comparing(JoinedState::date).thenComparing(JoinedState::nameAr, Context.unOrder()))
                    .toList();
            List<NamedDate> namesAr = joined.stream().map(j -> new NamedDate(j.nameAr(), j.date(), j.organization())).toList();
            List<NamedDate> namesEn = joined.stream().map(j -> new NamedDate(j.nameEn(), j.date(), j.organization())).toList();
            // The seed names the Convention's states after "، وهي:" and the Protocol's after ":".
            ar.append(" ").append(ChangesParagraph.compose(c.ar, t.shortNameAr(), t.backReferenceAr(), namesAr,
                    c.mandate.cutOff(), t.partiesAtCutOff(), i == 0));
            en.append(" ").append(ChangesParagraph.composeEnglish(t.shortNameEn(), t.backReferenceEn(), namesEn,
                    c.mandate.cutOff(), t.partiesAtCutOff()));
            for (JoinedState j : joined) {
                rows.add(List.of(t.code(), j.nameAr(), j.iso3(), j.date().toString(), j.marker() == null ? "" : j.marker()));
                sources.add(new SourceRef(j.nameAr(), j.nameEn(), "/participants/" + j.iso3()));
            }
        }
        return c.paragraph("II.parties", ar.toString(), en.toString(), sources,
                Context.table(List.of("المعاهدة", "الدولة", "الرمز", "التاريخ", "الإجراء"),
                        List.of("Treaty", "State", "ISO3", "Date", "Action"), rows));
    }

    static ComposedBlock criminalization(Context c) {
        GlobalReportFact gr = c.facts.globalReport();
        String opening = "وأهابت الجمعية العامة بالدول الأعضاء، في قرارها " + c.res(c.requesting())
                + " أيضاً، مواصلة جهودها من أجل تجريم الاتجار بالأشخاص بجميع أشكاله، وإدانة هذه الممارسات، والتحقيق في"
                + " أعمال المتجرين والوسطاء ومقاضاتهم ومعاقبتهم.";
        String openingEn = "In its resolution " + Context.resEn(c.requesting()) + ", the General Assembly also called upon"
                + " Member States to continue their efforts to criminalize trafficking in persons in all its forms, to condemn"
                + " such practices and to investigate, prosecute and punish traffickers and intermediaries.";
        if (gr == null || gr.countries().isEmpty() || gr.legislationAsOf() == null || gr.convictionsFrom() == null
                || gr.convictionsTo() == null) {
            return c.placeholder("II.criminalization",
                    "نسب التجريم والإدانة كما يوردها آخر إصدار من التقرير العالمي عن الاتجار بالأشخاص (لا تتوافر بيانات البلدان)",
                    "criminalization and conviction shares from the latest Global Report on Trafficking in Persons (no"
                            + " country data available)");
        }
        CriminalizationShares shares = CriminalizationShares.of(gr.countries());
        CriminalizationSentence.Edition edition = new CriminalizationSentence.Edition(gr.year(), gr.legislationAsOf(),
                gr.convictionsFrom(), gr.convictionsTo());
        String ar = opening + " " + CriminalizationSentence.arabic(edition, shares, c.ar);
        String en = openingEn + " " + CriminalizationSentence.english(edition, shares);
        List<List<String>> rows = new ArrayList<>();
        for (var status : org.tiptracker.globalreport.CriminalizationStatus.values()) {
            rows.add(List.of(status.name(), Integer.toString(shares.count(status)), Integer.toString(shares.percent(status))));
        }
        for (var band : org.tiptracker.globalreport.ConvictionBand.values()) {
            rows.add(List.of(band.name(), Integer.toString(shares.count(band)), Integer.toString(shares.percent(band))));
        }
        return c.paragraph("II.criminalization", ar, en,
                List.of(c.resolutionSource(c.requesting()),
                        new SourceRef("التقرير العالمي " + c.ar.year(gr.year()), "Global Report " + gr.year(),
                                "/global-report/" + gr.id())),
                Context.table(List.of("الفئة", "عدد البلدان", "النسبة المئوية"), List.of("Category", "Countries", "Per cent"),
                        rows));
    }
}
