package org.tiptracker.report.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

class CountedSentenceTests {

    private static final UnArabic AR = UnArabic.arabicIndic();
    private static final MeasureTypePhrases.Phrase LAW = MeasureTypePhrases.of("LAW_ADOPTED", null, null);
    private static final String PREDICATE = "تشريعات جديدة أو تعديلات تشريعية لمكافحة الاتجار بالأشخاص.";

    private static List<String> states(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("دولة " + AR.integer(1000 + i));
        }
        return out;
    }

    @Test
    void oneState() {
        assertThat(CountedSentence.arabic(AR, List.of("بيرو"), LAW))
                .isEqualTo("أفادت دولة واحدة، هي بيرو، بأنها اعتمدت " + PREDICATE);
        assertThat(CountedSentence.english(List.of("Peru"), LAW)).isEqualTo("One State, Peru, reported having adopted new"
                + " legislation or legislative amendments to combat trafficking in persons.");
    }

    @Test
    void twoStatesTakeTheDual() {
        assertThat(CountedSentence.arabic(AR, List.of("بيرو", "النمسا"), LAW))
                .isEqualTo("أفادت دولتان، هما بيرو والنمسا، بأنهما اعتمدتا " + PREDICATE);
        assertThat(CountedSentence.english(List.of("Peru", "Austria"), LAW)).startsWith("Two States, Austria and Peru, reported");
    }

    @Test
    void threeStatesInWordsWithThePlural() {
        assertThat(CountedSentence.arabic(AR, List.of("لبنان", "كندا", "كولومبيا"), LAW))
                .isEqualTo("أفادت ثلاث دول، هي كندا وكولومبيا ولبنان، بأنها اعتمدت " + PREDICATE);
        assertThat(CountedSentence.english(List.of("Lebanon", "Canada", "Colombia"), LAW))
                .startsWith("Three States, namely Canada, Colombia and Lebanon, reported");
    }

    @Test
    void tenStatesInDigitsWithThePlural() {
        assertThat(CountedSentence.arabic(AR, states(10), LAW)).startsWith("أفادت ١٠ دول، هي ");
    }

    @Test
    void elevenAndAHundredStatesTakeTheSingular() {
        assertThat(CountedSentence.arabic(AR, states(11), LAW)).startsWith("أفادت ١١ دولة، هي ").endsWith("، بأنها اعتمدت " + PREDICATE);
        assertThat(CountedSentence.arabic(AR, states(100), LAW)).startsWith("أفادت ١٠٠ دولة، هي ");
        assertThat(CountedSentence.arabic(AR, states(111), LAW)).startsWith("أفادت ١١١ دولة، هي ");
        assertThat(CountedSentence.english(states(11), LAW)).startsWith("Eleven States, namely ");
        assertThat(CountedSentence.english(states(33), LAW)).startsWith("Thirty-three States, namely ");
        assertThat(CountedSentence.english(states(100), LAW)).startsWith("A total of 100 States, namely ");
    }

    @Test
    void aStateNamedTwiceCountsOnce() {
        assertThat(CountedSentence.arabic(AR, List.of("بيرو", "بيرو"), LAW)).startsWith("أفادت دولة واحدة، هي بيرو،");
        assertThatIllegalArgumentException().isThrownBy(() -> CountedSentence.arabic(AR, List.of(), LAW));
    }

    @Test
    void theRecommendationSentenceAgreesWithOneTwoAndMany() {
        assertThat(CountedSentence.recommendationArabic(AR, List.of("بيرو"), "2013 (ب)"))
                .isEqualTo("وأشارت بيرو إلى أن تدابيرها جاءت استجابةً للتوصية ٢٠١٣ (ب) للفريق العامل المعني بالاتجار بالأشخاص.");
        assertThat(CountedSentence.recommendationArabic(AR, List.of("بيرو", "النمسا"), "٢٠١٣ (ب)"))
                .startsWith("وأشارت بيرو والنمسا إلى أن تدابيرهما جاءت");
        assertThat(CountedSentence.recommendationArabic(AR, List.of("بيرو", "النمسا", "كندا"), "٢٠١٣ (ب)"))
                .startsWith("وأشارت بيرو وكندا والنمسا إلى أن تدابيرها جاءت");
        assertThat(CountedSentence.recommendationEnglish(List.of("Peru"), "2013 (b)"))
                .isEqualTo("Peru indicated that its measures responded to recommendation 2013 (b) of the Working Group on"
                        + " Trafficking in Persons.");
    }
}
