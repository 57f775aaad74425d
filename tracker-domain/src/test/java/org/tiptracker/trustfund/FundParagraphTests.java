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
        // 19 × 80,000 + 31 × 20,000 + 48,000 = 2,188,000 over the fund's 5.8371 years of operation to 31 May 2016.
        assertThat(FundParagraph.arabic(f, UnArabic.arabicIndic())).isEqualTo(
                "وحتى ٣١ أيار/مايو ٢٠١٦، كان الصندوق الاستئماني قد دعم ٣٠ مشروعاً لمنظمات غير حكومية في ٢٦ بلداً،"
                + " بمنح مدفوعة أو متعهد بها، بلغت قيمتها الإجمالية ١,٧٥ مليون دولار."
                + " وقد تلقى الصندوق الاستئماني، منذ إنشائه في عام ٢٠١٠، ما قيمته ٢,١٩ مليون دولار في شكل تبرعات مدفوعة،"
                + " بمتوسط سنوي قدره ٣٧٤.٨٤٤ دولار."
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

    /** Seed 001 para. 81, the sentences on what was received and who gave it. */
    private static final String SEED_001_PARA_81_RECEIVED = "وقد تلقى الصندوق الاستئماني، منذ إنشائه في عام ٢٠١٠، ما قيمته"
            + " ٢,٣ مليون دولار في شكل تبرعات مدفوعة، بمتوسط سنوي قدره ٤٠٠.٠٠٠ دولار. وقدمت ذلك التمويل تسع عشرة دولة عضواً"
            + " وما يزيد على ٣٠ جهة مانحة من القطاع الخاص، وبلغت نسبة تبرعات هذه الأخيرة نحو ثلث الأموال المتلقاة.";

    /** The seed's figures: 2.3 million, 19 States and 32 private donors giving 766,000 dollars (33.3 per cent). */
    static TrustFundFigures seedFigures() {
        List<FundContribution> given = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            given.add(new FundContribution("S" + i, DonorKind.STATE, LocalDate.of(2010 + i % 6, 9, 1),
                    Money.of(new BigDecimal(i == 0 ? "94000" : "80000"), "USD"), ContributionStatus.PAID));
        }
        for (int i = 0; i < 32; i++) {
            given.add(new FundContribution("P" + i, DonorKind.COMPANY, LocalDate.of(2011 + i % 5, 6, 1),
                    Money.of(new BigDecimal(i == 0 ? "53000" : "23000"), "USD"), ContributionStatus.PAID));
        }
        return TrustFundCalculator.compute(given, List.of(), LocalDate.of(2016, 5, 31));
    }

    @Test
    void aReportRoundsAsTheSeedDoesWhereThePageKeepsTheExactFigures() {
        TrustFundFigures f = seedFigures();
        assertThat(f.paidUsd()).isEqualByComparingTo("2300000");
        assertThat(f.privateDonors()).isEqualTo(32);
        assertThat(f.privateShareUsd()).isEqualByComparingTo("33.3");
        assertThat(FundParagraph.arabic(f, UnArabic.arabicIndic(), FundParagraph.Precision.REPORT))
                .contains(SEED_001_PARA_81_RECEIVED);
        assertThat(FundParagraph.arabic(f, UnArabic.arabicIndic()))
                .contains("بمتوسط سنوي قدره ٣٩٤.٠٣١ دولار.")
                .contains("وقدمت ذلك التمويل تسع عشرة دولة عضواً و٣٢ جهة مانحة من القطاع الخاص، وبلغت نسبة تبرعات هذه"
                        + " الأخيرة ٣٣,٣ في المائة من الأموال المتلقاة.")
                .doesNotContain("نحو").doesNotContain("ما يزيد على");
        assertThat(FundParagraph.english(f, "31 May 2016", FundParagraph.Precision.REPORT))
                .contains("an annual average of $400,000.")
                .contains("19 Member States and more than 30 private donors, the private donors' share being about a third"
                        + " of the funds received.");
        assertThat(FundParagraph.english(f, "31 May 2016")).contains("an annual average of $394,031.")
                .contains("32 private donors").contains("33.3 per cent");
    }

    @Test
    void aReportKeepsARoundCountAndAShareFarFromASimpleFractionAsAWholePercentage() {
        // 31 private donors are "more than 30"; 28.3 per cent is not near a quarter or a third.
        String report = FundParagraph.arabic(figures(), UnArabic.arabicIndic(), FundParagraph.Precision.REPORT);
        assertThat(report).contains("وما يزيد على ٣٠ جهة مانحة من القطاع الخاص")
                .contains("وبلغت نسبة تبرعات هذه الأخيرة نحو ٢٨ في المائة من الأموال المتلقاة.")
                .contains("بمتوسط سنوي قدره ٤٠٠.٠٠٠ دولار.");
        assertThat(FundParagraph.roundedDown(30)).isEqualTo(30);
        assertThat(FundParagraph.roundedDown(9)).isEqualTo(9);
        assertThat(FundParagraph.approximate(new BigDecimal("1234567.89"))).isEqualByComparingTo("1200000");
        assertThat(FundParagraph.approximate(new BigDecimal("73788.49"))).isEqualByComparingTo("70000");
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
