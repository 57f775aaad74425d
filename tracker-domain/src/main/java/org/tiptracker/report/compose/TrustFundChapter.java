package org.tiptracker.report.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts.TrustFundFact;
import org.tiptracker.report.ReportFacts.Trustee;
import org.tiptracker.report.SourceRef;
import org.tiptracker.trustfund.FundParagraph;
import org.tiptracker.trustfund.Gender;
import org.tiptracker.trustfund.TrustFundFigures;

/** Chapter VI, the Trust Fund (seed 001, paras 79–82): its figures as of the cut-off and its Board of Trustees. */
final class TrustFundChapter {

    private TrustFundChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        TrustFundFact fund = c.facts.trustFund();
        if (fund == null) {
            out.add(c.placeholder("VI.fund", "أرقام الصندوق الاستئماني (لا تتوافر سجلات عنه)",
                    "the Trust Fund's figures (no records available)"));
        } else {
            out.add(fund(c, fund.figures()));
            if (!fund.board().isEmpty()) {
                out.add(board(c, fund.board()));
            }
        }
        out.add(c.placeholder("VI.narrative", "ما يدعمه الصندوق من مشاريع وأنشطة جمع التبرعات والدعوة",
                "the projects the Fund supports, fundraising and advocacy"));
        return out;
    }

    static ComposedBlock fund(Context c, TrustFundFigures f) {
        String ar = "يواصل المكتب إدارة صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص، وبخاصة النساء"
                + " والأطفال، الذي أنشأته خطة عمل الأمم المتحدة العالمية لمكافحة الاتجار بالأشخاص. "
                + FundParagraph.arabic(f, c.ar, FundParagraph.Precision.REPORT);
        String en = "UNODC continues to manage the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons,"
                + " Especially Women and Children, established by the Global Plan of Action. "
                + FundParagraph.english(f, Context.dateEn(f.asOf()), FundParagraph.Precision.REPORT);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("asOf", f.asOf().toString()));
        rows.add(List.of("inceptionYear", f.inceptionYear() == null ? "" : f.inceptionYear().toString()));
        rows.add(List.of("paidUsd", f.paidUsd().toPlainString()));
        for (Map.Entry<Integer, java.math.BigDecimal> e : f.paidUsdPerYear().entrySet()) {
            rows.add(List.of("paidUsd." + e.getKey(), e.getValue().toPlainString()));
        }
        rows.add(List.of("yearlyAverageUsd", f.yearlyAverageUsd().toPlainString()));
        rows.add(List.of("donorStates", Integer.toString(f.donorStates())));
        rows.add(List.of("privateDonors", Integer.toString(f.privateDonors())));
        rows.add(List.of("privateSharePercent", f.privateShareUsd() == null ? "" : f.privateShareUsd().toPlainString()));
        rows.add(List.of("grants", Integer.toString(f.grants())));
        rows.add(List.of("grantCountries", Integer.toString(f.grantCountries())));
        rows.add(List.of("grantsUsd", f.grantsUsd().toPlainString()));
        rows.add(List.of("reserveList", Integer.toString(f.reserveList())));
        rows.add(List.of("balanceUsd", f.balanceUsd().toPlainString()));
        return c.paragraph("VI.fund", ar, en,
                List.of(new SourceRef("الصندوق الاستئماني", "Trust Fund", "/trust-fund?asOf=" + c.mandate.cutOff())),
                Context.table(List.of("البند", "القيمة"), List.of("Figure", "Value"), rows));
    }

    static ComposedBlock board(Context c, List<Trustee> board) {
        Comparator<Trustee> byName = Comparator.comparing(Trustee::nameAr, Context.unOrder());
        List<Trustee> chairs = board.stream().filter(Trustee::chair).sorted(byName).toList();
        List<Trustee> others = board.stream().filter(t -> !t.chair()).sorted(byName).toList();
        List<String> ar = new ArrayList<>();
        List<String> en = new ArrayList<>();
        LocalDate termEnd = board.stream().map(Trustee::termEnd).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (!chairs.isEmpty()) {
            // "وترأس" for a woman (seed 001, para. 82), "ويرأس" for a man or when not recorded.
            ar.add(Gender.chairsVerbAr(chairs.stream().map(Trustee::gender).toList()) + " " + c.ar.listWithAnd(chairs.stream().map(t -> withCountry(t.nameAr(), t.countryNameAr())).toList())
                    + " المجلس حالياً.");
            en.add("The Board is currently chaired by "
                    + Context.listEn(chairs.stream().map(t -> withCountry(t.nameEn(), t.countryNameEn())).toList()) + ".");
        }
        if (!others.isEmpty()) {
            List<String> names = others.stream().map(t -> withCountry(t.nameAr(), t.countryNameAr())).toList();
            ar.add("ويشمل أعضاء المجلس " + (chairs.isEmpty() ? "" : "الآخرون ") + String.join("، و", names) + ".");
            en.add("The " + (chairs.isEmpty() ? "" : "other ") + "members of the Board are "
                    + Context.listEn(others.stream().map(t -> withCountry(t.nameEn(), t.countryNameEn())).toList()) + ".");
        }
        if (termEnd != null) {
            ar.add("وتنتهي مدة تعيين مجلس الأمناء في " + c.date(termEnd) + ".");
            en.add("The term of the Board of Trustees ends on " + Context.dateEn(termEnd) + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Trustee t : chairs) {
            rows.add(row(t));
        }
        for (Trustee t : others) {
            rows.add(row(t));
        }
        return c.paragraph("VI.board", String.join(" ", ar), String.join(" ", en),
                List.of(new SourceRef("مجلس الأمناء", "Board of Trustees", "/trust-fund/board")),
                Context.table(List.of("الاسم", "البلد", "الرئيس", "بداية المدة", "نهاية المدة"),
                        List.of("Name", "Country", "Chair", "Term start", "Term end"), rows));
    }

    private static List<String> row(Trustee t) {
        return List.of(t.nameAr(), t.countryNameAr() == null ? "" : t.countryNameAr(), Boolean.toString(t.chair()),
                t.termStart() == null ? "" : t.termStart().toString(), t.termEnd() == null ? "" : t.termEnd().toString());
    }

    private static String withCountry(String name, String country) {
        return country == null || country.isBlank() ? name : name + " (" + country + ")";
    }
}
