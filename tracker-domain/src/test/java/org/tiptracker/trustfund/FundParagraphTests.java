package org.tiptracker.trustfund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

class FundParagraphTests {

    /** Rows shaped like seed 001, para. 79-81: 19 states, 31 private donors, 30 projects in 26 countries. */
    static TrustFundFigures figures() {
        return recompute(List.of());
    }

    static TrustFundFigures recompute(List<FundExpenditure> spent) {
        List<FundContribution> given = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            given.add(new FundContribution("S" + i, DonorKind.STATE, LocalDate.of(2010 + i % 5, 3, 1),
                    Money.of(new BigDecimal("80000"), "USD"), ContributionStatus.PAID));
        }
        for (int i = 0; i < 31; i++) {
            given.add(new FundContribution("P" + i, DonorKind.FOUNDATION, LocalDate.of(2010 + i % 5, 6, 1),
                    Money.of(new BigDecimal("20000"), "USD"), ContributionStatus.PAID));
        }
        given.add(new FundContribution("S0", DonorKind.STATE, LocalDate.of(2015, 6, 1),
                Money.of(new BigDecimal("48000"), "USD"), ContributionStatus.PAID));
        List<FundGrant> grants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            grants.add(new FundGrant("C" + (i % 26), "Africa", LocalDate.of(2012, 1, 1),
                    Money.of(new BigDecimal(i < 29 ? "58000" : "68000"), "USD"), GrantStatus.FUNDED));
        }
        return TrustFundCalculator.compute(given, grants, spent, LocalDate.of(2016, 5, 31));
    }

    @Test
    void writesTheParagraphInUnArabicFromTheFigures() {
        TrustFundFigures f = figures();
        // 19 × 80,000 + 31 × 20,000 + 48,000 = 2,188,000 over 2010-2015 (six years).
        assertThat(FundParagraph.arabic(f, UnArabic.arabicIndic())).isEqualTo(
                "وحتى ٣١ أيار/مايو ٢٠١٦، كان الصندوق الاستئماني قد دعم ٣٠ مشروعاً لمنظمات غير حكومية في ٢٦ بلداً،"
                + " بمنح مدفوعة أو متعهد بها، بلغت قيمتها الإجمالية ١,٧٥ مليون دولار."
                + " وقد تلقى الصندوق الاستئماني، منذ إنشائه في عام ٢٠١٠، ما قيمته ٢,١٩ مليون دولار في شكل تبرعات مدفوعة،"
                + " بمتوسط سنوي قدره ٣٦٤.٦٦٧ دولار."
                + " وقدمت ذلك التمويل تسع عشرة دولة عضواً و٣١ جهة مانحة من القطاع الخاص، وبلغت نسبة تبرعات هذه الأخيرة"
                + " ٢٨,٣ في المائة من الأموال المتلقاة."
                + " وفي عام ٢٠١٥، تلقى الصندوق الاستئماني ٤٨.٠٠٠ دولار."
                + " ويبلغ رصيد الصندوق الاستئماني المتاح لتقديم منح جديدة ٤٣٨.٠٠٠ دولار.");
    }

    @Test
    void writesItInEnglishToo() {
        assertThat(FundParagraph.english(figures(), "31 May 2016"))
                .startsWith("As at 31 May 2016, the Trust Fund had supported 30 projects of non-governmental organizations"
                        + " in 26 countries, with grants paid or pledged totalling $1.75 million.")
                .contains("19 Member States and 31 private donors").contains("28.3 per cent")
                .contains("In 2015, the Trust Fund received $48,000.");
    }

    @Test
    void theBalanceAfterProgrammeSupportCostsIsPrintedAsTheReportPrintsIt() {
        TrustFundFigures base = figures();
        // 2,188,000 paid - 1,750,000 granted = 438,000; 348,000 spent otherwise leaves 90,000.
        List<FundExpenditure> spent = List.of(
                new FundExpenditure(LocalDate.of(2015, 12, 31), ExpenditureKind.PROGRAMME_SUPPORT_COSTS,
                        Money.of(new BigDecimal("284440"), "USD")),
                new FundExpenditure(LocalDate.of(2016, 2, 1), ExpenditureKind.EVALUATION_AND_MONITORING,
                        Money.of(new BigDecimal("63560"), "USD")));
        TrustFundFigures after = recompute(spent);
        assertThat(base.balanceUsd()).isEqualByComparingTo("438000");
        assertThat(after.balanceUsd()).isEqualByComparingTo("90000");
        assertThat(FundParagraph.arabic(after, UnArabic.arabicIndic()))
                .endsWith(" ويبلغ رصيد الصندوق الاستئماني المتاح لتقديم منح جديدة ٩٠.٠٠٠ دولار.");
        assertThat(FundParagraph.english(after, "31 May 2016")).endsWith(" The balance available for new grants is $90,000.");
    }

    @Test
    void aYearWithoutContributionsIsSaidSoNotPrintedAsZeroDollars() {
        TrustFundFigures f = figures();
        TrustFundFigures later = TrustFundCalculator.compute(List.of(new FundContribution("S0", DonorKind.STATE,
                        LocalDate.of(2015, 6, 1), Money.of(new BigDecimal("48000"), "USD"), ContributionStatus.PAID)),
                List.of(), List.of(), LocalDate.of(2017, 3, 1));
        assertThat(FundParagraph.arabic(later, UnArabic.arabicIndic()))
                .contains(" ولم يتلق الصندوق الاستئماني أي تبرعات في عام ٢٠١٦.").doesNotContain("تلقى الصندوق الاستئماني ٠ دولار");
        assertThat(FundParagraph.english(later, "1 March 2017")).contains(" The Trust Fund received no contributions in 2016.");
        assertThat(FundParagraph.arabic(f, UnArabic.arabicIndic())).doesNotContain("لم يتلق");
    }
}
