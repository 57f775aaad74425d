package org.tiptracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

/** Seed 001, para. 5: the sentence naming the 33 states that answered, in UN Arabic order. */
class ResponseSentenceTests {

    static final String PARA_5 = "حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت على طلب للمعلومات عمّمه الأمين العام"
            + " في شكل مذكرة شفوية: الاتحاد الروسي، الأرجنتين، أرمينيا، إسبانيا، أستراليا، إستونيا، إسرائيل، إكوادور،"
            + " ألمانيا، البرازيل، بيرو، بيلاروس، تايلند، تركيا، تونس، الجبل الأسود، الجزائر، الدانمرك، سوازيلند، السويد،"
            + " شيلي، الصين، فرنسا، فييت نام، كندا، كولومبيا، لبنان، ليختنشتاين، مالطة، المملكة العربية السعودية، موريشيوس،"
            + " النمسا، الولايات المتحدة الأمريكية.";

    static List<String> para5Names() {
        String list = PARA_5.substring(PARA_5.indexOf(": ") + 2, PARA_5.length() - 1);
        return Arrays.asList(list.split("، "));
    }

    @Test
    void theThirtyThreeRespondentsInAnyOrderGiveTheSeedSentence() {
        List<String> names = new ArrayList<>(para5Names());
        assertThat(names).hasSize(33);
        Collections.shuffle(names, new Random(5));
        assertThat(ResponseSentence.arabic(UnArabic.arabicIndic(), LocalDate.of(2016, 5, 30), names)).isEqualTo(PARA_5);
    }

    @Test
    void oneOrNoRespondentReadsAsASentenceToo() {
        assertThat(ResponseSentence.arabic(UnArabic.arabicIndic(), LocalDate.of(2016, 5, 30), List.of("بيرو")))
                .isEqualTo("حتى ٣٠ أيار/مايو ٢٠١٦، كانت بيرو قد ردت على طلب للمعلومات عمّمه الأمين العام في شكل مذكرة شفوية.");
        assertThat(ResponseSentence.arabic(UnArabic.arabicIndic(), LocalDate.of(2016, 5, 30), List.of()))
                .startsWith("حتى ٣٠ أيار/مايو ٢٠١٦، لم ترد أي دولة");
    }

    @Test
    void westernDigitsAndEnglish() {
        assertThat(ResponseSentence.arabic(UnArabic.western(), LocalDate.of(2016, 5, 30), List.of("بيرو", "النمسا")))
                .startsWith("حتى 30 أيار/مايو 2016، ").endsWith(": بيرو، النمسا.");
        assertThat(ResponseSentence.english(LocalDate.of(2016, 5, 30), List.of("Peru", "Austria")))
                .isEqualTo("As at 30 May 2016, the following States had replied to a request for information circulated"
                        + " by the Secretary-General by note verbale: Austria, Peru.");
    }
}
