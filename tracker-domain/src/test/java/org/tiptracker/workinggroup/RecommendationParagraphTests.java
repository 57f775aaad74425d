package org.tiptracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationParagraphTests {

    /** Seed 002 para. 16, its lead-in as printed. */
    private static final String SEED_002_PARA_16_LEAD_IN =
            "واعتمد الفريق العامل في اجتماعه الخامس، في عام ٢٠١٣، التوصيات التالية المتعلقة بمنع الجريمة:";

    @Test
    void composedLeadInIsTheSeedsSentence() {
        assertThat(RecommendationParagraph.composedLeadIn(5, 2013, "المتعلقة بمنع الجريمة"))
                .isEqualTo(SEED_002_PARA_16_LEAD_IN);
        assertThat(RecommendationParagraph.composedLeadIn(9, 2019, null))
                .isEqualTo("واعتمد الفريق العامل في اجتماعه التاسع، في عام ٢٠١٩، التوصيات التالية:");
    }

    @Test
    void itemsAreLetteredAndClosedBySemicolonsAndAFullStop() {
        RecommendationParagraph.Printed printed = RecommendationParagraph.print(8, 2018, "مقدمة:", null,
                List.of("أولى؛", "ثانية", "ثالثة ؛", "رابعة", "خامسة."));
        assertThat(printed.items()).containsExactly("(أ) أولى؛", "(ب) ثانية؛", "(ج) ثالثة؛", "(د) رابعة؛", "(هـ) خامسة.");
        assertThat(printed.text()).startsWith("مقدمة:\n(أ) أولى؛\n");
    }

    @Test
    void ordinalsAgreeWithMeeting() {
        assertThat(MeetingOrdinal.arabic(1)).isEqualTo("الأول");
        assertThat(MeetingOrdinal.arabic(8)).isEqualTo("الثامن");
        assertThat(MeetingOrdinal.arabic(11)).isEqualTo("الحادي عشر");
        assertThat(MeetingOrdinal.arabic(12)).isEqualTo("الثاني عشر");
        assertThat(MeetingOrdinal.arabic(20)).isEqualTo("العشرون");
        assertThat(MeetingOrdinal.arabic(23)).isEqualTo("الثالث والعشرون");
        assertThat(MeetingOrdinal.english(9)).isEqualTo("ninth");
        assertThat(MeetingOrdinal.english(21)).isEqualTo("twenty-first");
        assertThatThrownBy(() -> MeetingOrdinal.arabic(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreShortenedAtAWord() {
        assertThat(RecommendationLabel.arabic(2013, 1, "ينبغي للدول الأطراف أن تبحث في الأسباب الجذرية؛", 20))
                .isEqualTo("٢٠١٣ (أ) ينبغي للدول الأطراف…");
        assertThat(RecommendationLabel.arabic(2018, 3, "قصير", 20)).isEqualTo("٢٠١٨ (ج) قصير");
    }
}
