package org.tiptracker.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

class WorldDayThemesTests {

    @Test
    void theSentenceOfSeed002Para37() {
        String sentence = WorldDayThemes.arabic(List.of(
                new WorldDayThemes.Theme(2019, "ضرورة تعزيز الإجراءات الوطنية"),
                new WorldDayThemes.Theme(2017, "التعرّض لخطر الاتجار"),
                new WorldDayThemes.Theme(2018, "الاتجار بالأطفال والشباب")), UnArabic.arabicIndic());
        assertThat(sentence).isEqualTo("وفي عام ٢٠١٧، ركّز موضوع اليوم العالمي على التعرّض لخطر الاتجار؛ وركز في عام ٢٠١٨، على"
                + " الاتجار بالأطفال والشباب؛ وركز في عام ٢٠١٩، على ضرورة تعزيز الإجراءات الوطنية.");
    }

    @Test
    void oneYearAloneAndNone() {
        assertThat(WorldDayThemes.arabic(List.of(new WorldDayThemes.Theme(2020, "موضوع")), UnArabic.arabicIndic()))
                .isEqualTo("وفي عام ٢٠٢٠، ركّز موضوع اليوم العالمي على موضوع.");
        assertThat(WorldDayThemes.arabic(List.of(), UnArabic.arabicIndic())).isEmpty();
    }
}
