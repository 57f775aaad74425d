package org.tiptracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

class MeetingNameTests {

    @Test
    void aMeetingIsNamedByItsOrdinalAndYear() {
        assertThat(MeetingName.arabic(5, 2013, UnArabic.arabicIndic())).isEqualTo("الاجتماع الخامس (٢٠١٣)");
        assertThat(MeetingName.arabic(11, 2021, UnArabic.western())).isEqualTo("الاجتماع الحادي عشر (2021)");
        assertThat(MeetingName.english(5, 2013)).isEqualTo("Fifth meeting (2013)");
        assertThat(MeetingName.of(21, 2030, true, UnArabic.arabicIndic())).isEqualTo("Twenty-first meeting (2030)");
    }

    @Test
    void choicesAreGroupedUnderTheMeetingWithShortLabels() {
        RecommendationChoices.Group group = RecommendationChoices.group("الاجتماع الخامس (٢٠١٣)", 2013, List.of(
                new RecommendationChoices.Recommendation(7, 1, "ينبغي للدول الأطراف أن تبحث في الأسباب الجذرية للاتجار بالأشخاص وأن تعالجها بطرق منها الحد من الفقر؛")));
        assertThat(group.label()).isEqualTo("الاجتماع الخامس (٢٠١٣)");
        assertThat(group.options()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo("7");
            assertThat(o.label()).startsWith("٢٠١٣ (أ) ينبغي للدول الأطراف").endsWith("…");
            assertThat(o.label().length()).isLessThanOrEqualTo("٢٠١٣ (أ) ".length() + RecommendationChoices.LABEL_CHARS + 1);
        });
    }
}
