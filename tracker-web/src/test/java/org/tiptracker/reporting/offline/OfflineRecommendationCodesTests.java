package org.tiptracker.reporting.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.reporting.persistence.OfflineReportService.RecommendationName;

/** The codes by which the offline workbook cites the Working Group's recommendations. */
class OfflineRecommendationCodesTests {

    static final RecommendationName A_2013 = new RecommendationName(11, 5, 2013, null, 1, "ينبغي للدول الأطراف أن تنظر في التصديق");
    static final RecommendationName B_2013 = new RecommendationName(12, 5, 2013, null, 2, "تعزيز التعاون");
    static final RecommendationName E_2015 = new RecommendationName(13, 6, 2015, null, 5, "رسوم التوظيف");

    @Test
    void aRecommendationIsCitedByTheYearOfItsMeetingAndItsLetter() {
        RecommendationCodes codes = new RecommendationCodes(List.of(A_2013, B_2013, E_2015));
        assertThat(codes.codes()).containsExactly("٢٠١٣ (أ)", "٢٠١٣ (ب)", "٢٠١٥ (هـ)");
        assertThat(codes.code(12L)).contains("٢٠١٣ (ب)");
        assertThat(codes.code(99L)).isEmpty();
        assertThat(codes.code(null)).isEmpty();
        assertThat(codes.descriptions().get(1)).isEqualTo("٢٠١٣ (ب) تعزيز التعاون");
    }

    @Test
    void aCodeIsReadInAnyOfItsUsualForms() {
        RecommendationCodes codes = new RecommendationCodes(List.of(A_2013, B_2013, E_2015));
        assertThat(codes.recommendation("٢٠١٣ (ب)")).contains(12L);
        assertThat(codes.recommendation("2013 (ب)")).contains(12L);
        assertThat(codes.recommendation("2013(ب)")).contains(12L);
        assertThat(codes.recommendation(" ٢٠١٣  ب ")).contains(12L);
        assertThat(codes.recommendation("2013 (ا)")).contains(11L);
        assertThat(codes.recommendation("٢٠١٥ (ه)")).contains(13L);
        assertThat(codes.recommendation("٢٠١٥ (هـ)")).contains(13L);
        assertThat(codes.recommendation("الاجتماع ٥، ٢٠١٣ (ب)")).contains(12L);
        assertThat(codes.recommendation("٢٠١٣ (ج)")).isEmpty();
        assertThat(codes.recommendation("٢٠١٤ (ب)")).isEmpty();
        assertThat(codes.recommendation("13 (ب)")).isEmpty();
        assertThat(codes.recommendation("")).isEmpty();
        assertThat(codes.recommendation(null)).isEmpty();
    }

    @Test
    void twoMeetingsInOneYearAreToldApartByTheirNumbers() {
        RecommendationName other = new RecommendationName(21, 7, 2013, null, 2, "توصية أخرى");
        RecommendationCodes codes = new RecommendationCodes(List.of(A_2013, B_2013, other));
        assertThat(codes.code(11L)).contains("٢٠١٣ (أ)");
        assertThat(codes.code(12L)).contains("الاجتماع ٥، ٢٠١٣ (ب)");
        assertThat(codes.code(21L)).contains("الاجتماع ٧، ٢٠١٣ (ب)");
        // The short code names two recommendations: it is read as none of them.
        assertThat(codes.recommendation("٢٠١٣ (ب)")).isEmpty();
        assertThat(codes.recommendation("الاجتماع 7، 2013 (ب)")).contains(21L);
        assertThat(codes.recommendation("الاجتماع ٥ ٢٠١٣ ب")).contains(12L);
    }

    @Test
    void twoParagraphsLetteredAlikeAreToldApartByTheirParagraphs() {
        RecommendationName first = new RecommendationName(31, 9, 2019, 20, 1, "الأولى");
        RecommendationName second = new RecommendationName(32, 9, 2019, 21, 1, "الثانية");
        RecommendationName alone = new RecommendationName(33, 9, 2019, null, 2, "الثالثة");
        RecommendationCodes codes = new RecommendationCodes(List.of(first, second, alone));
        assertThat(codes.code(31L)).contains("الاجتماع ٩، ٢٠١٩، الفقرة ٢٠ (أ)");
        assertThat(codes.code(32L)).contains("الاجتماع ٩، ٢٠١٩، الفقرة ٢١ (أ)");
        assertThat(codes.code(33L)).contains("٢٠١٩ (ب)");
        assertThat(codes.recommendation("الاجتماع 9، 2019، الفقرة 21 (أ)")).contains(32L);
        assertThat(codes.recommendation("٢٠١٩ (أ)")).isEmpty();
        assertThat(codes.codes()).doesNotHaveDuplicates();
    }
}
