package org.tiptracker.globalreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

class CriminalizationSharesTests {

    /** Seed 001, para. 4, from "وطبقاً لما جاء" to the end, as printed. */
    static final String PARA_4 = "وطبقاً لما جاء في التقرير العالمي عن الاتجار بالأشخاص لعام ٢٠١٤، الذي نشره المكتب، بلغت نسبة"
            + " البلدان المشمولة في التقرير التي جرّمت كل أشكال الاتجار بالأشخاص المسرودة صراحةً في بروتوكول الاتجار"
            + " بالأشخاص ٨٥ في المائة في آب/أغسطس ٢٠١٤. وكان لدى ١٠ في المائة تقريباً من البلدان تشريعات جزئية تجرّم"
            + " هذا الاتجار. وبلغت نسبة البلدان التي خلّت تشريعاتها من أيّ نصوص تجرّم على وجه التحديد الاتجار بالأشخاص"
            + " ٥ في المائة. كما يبيّن التقرير أنّ نسبة إدانة مرتكبي جرائم الاتجار بالأشخاص على مستوى العالم ظلت"
            + " منخفضة. ففي الفترة ما بين عامي ٢٠١٠ و٢٠١٢، كان لدى ٤٠ في المائة تقريباً من البلدان المشمولة في"
            + " التقرير أقل من ١٠ حالات إدانة سنوياً. ولم تُبلّغ قرابة ١٥ في المائة من البلدان عن أيّ حالات إدانة.";

    static List<CountryAssessment> rows(int full, int partial, int none, int bandNone, int under10) {
        List<CountryAssessment> rows = new ArrayList<>();
        int total = full + partial + none;
        for (int i = 0; i < total; i++) {
            CriminalizationStatus status = i < full ? CriminalizationStatus.FULL
                    : i < full + partial ? CriminalizationStatus.PARTIAL : CriminalizationStatus.NONE;
            ConvictionBand band = i < bandNone ? ConvictionBand.NONE
                    : i < bandNone + under10 ? ConvictionBand.UNDER_10 : ConvictionBand.TEN_OR_MORE;
            rows.add(new CountryAssessment(status, band));
        }
        return rows;
    }

    @Test
    void sharesOf128CountriesRoundToTheReportedFigures() {
        CriminalizationShares shares = CriminalizationShares.of(rows(109, 13, 6, 19, 51));
        assertThat(shares.total()).isEqualTo(128);
        assertThat(shares.percent(CriminalizationStatus.FULL)).isEqualTo(85);
        assertThat(shares.percent(CriminalizationStatus.PARTIAL)).isEqualTo(10);
        assertThat(shares.percent(CriminalizationStatus.NONE)).isEqualTo(5);
        assertThat(shares.percent(ConvictionBand.UNDER_10)).isEqualTo(40);
        assertThat(shares.percent(ConvictionBand.NONE)).isEqualTo(15);
        assertThat(shares.count(ConvictionBand.TEN_OR_MORE)).isEqualTo(58);
        assertThat(shares.exactPercent(109)).isEqualByComparingTo(new BigDecimal("85.2"));
    }

    @Test
    void roundsHalfUpAndCountsCountriesWithoutBandInTheTotal() {
        List<CountryAssessment> rows = new ArrayList<>(rows(1, 1, 0, 0, 1));
        rows.add(new CountryAssessment(CriminalizationStatus.NONE, null));
        rows.add(new CountryAssessment(CriminalizationStatus.NONE, null));
        rows.add(new CountryAssessment(CriminalizationStatus.NONE, null));
        rows.add(new CountryAssessment(CriminalizationStatus.NONE, null));
        rows.add(new CountryAssessment(CriminalizationStatus.NONE, null));
        rows.add(new CountryAssessment(CriminalizationStatus.NONE, null));
        // 8 countries: 1 of 8 is 12.5 per cent, rounded up to 13
        CriminalizationShares shares = CriminalizationShares.of(rows);
        assertThat(shares.percent(CriminalizationStatus.FULL)).isEqualTo(13);
        assertThat(shares.percent(CriminalizationStatus.NONE)).isEqualTo(75);
        assertThat(shares.withoutBand()).isEqualTo(6);
        assertThat(shares.percent(ConvictionBand.UNDER_10)).isEqualTo(13);
    }

    @Test
    void noCountriesGiveZeroNotAnError() {
        CriminalizationShares shares = CriminalizationShares.of(List.of());
        assertThat(shares.percent(CriminalizationStatus.FULL)).isZero();
        assertThat(shares.exactPercent(0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theSentenceOfPara4ComesOutOfTheComputedShares() {
        CriminalizationShares shares = CriminalizationShares.of(rows(109, 13, 6, 19, 51));
        CriminalizationSentence.Edition edition = new CriminalizationSentence.Edition(2014, YearMonth.of(2014, 8), 2010, 2012);
        assertThat(CriminalizationSentence.arabic(edition, shares, UnArabic.arabicIndic())).isEqualTo(PARA_4);
        assertThat(CriminalizationSentence.english(edition, shares))
                .contains("85 per cent").contains("August 2014").contains("Approximately 10 per cent")
                .contains("between 2010 and 2012, approximately 40 per cent").contains("some 15 per cent");
    }

    @Test
    void otherRowsGiveOtherFiguresInTheSentence() {
        CriminalizationShares shares = CriminalizationShares.of(rows(3, 1, 0, 0, 2));
        String sentence = CriminalizationSentence.arabic(new CriminalizationSentence.Edition(2016, YearMonth.of(2016, 6), 2012, 2014),
                shares, UnArabic.arabicIndic());
        assertThat(sentence).contains("لعام ٢٠١٦").contains("٧٥ في المائة في حزيران/يونيه ٢٠١٦")
                .contains("وكان لدى ٢٥ في المائة").contains("كان لدى ٥٠ في المائة").contains("قرابة ٠ في المائة");
    }
}
