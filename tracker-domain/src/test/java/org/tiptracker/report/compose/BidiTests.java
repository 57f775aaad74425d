package org.tiptracker.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

class BidiTests {

    private static final UnArabic AR = UnArabic.arabicIndic();

    @Test
    void isolatesASymbol() {
        assertThat(Bidi.isolate("CTOC/COP/WG.4/2019/1")).isEqualTo("\u2066CTOC/COP/WG.4/2019/1\u2069");
        assertThat(Bidi.isolate("")).isEmpty();
    }

    @Test
    void isolatesLatinRunsAndConvertsTheDigitsAroundThem() {
        String text = "انظر الوثيقة CTOC/COP/WG.4/2019/1، الفقرة 37. وفي عام 2016، أطلقت \"Telling the real story\".";
        assertThat(Bidi.isolateLatin(text, AR::digits)).isEqualTo("انظر الوثيقة \u2066CTOC/COP/WG.4/2019/1\u2069، الفقرة"
                + " ٣٧. وفي عام ٢٠١٦، أطلقت \"\u2066Telling the real story\u2069\".");
    }

    @Test
    void aSymbolClosingASentenceLeavesItsFullStopOutside() {
        assertThat(Bidi.isolateLatin("البند ١٠٥ (A/71/50).", AR::digits)).isEqualTo("البند ١٠٥ (\u2066A/71/50\u2069).");
        assertThat(Bidi.isolateLatin("انظر A/71/50.", AR::digits)).isEqualTo("انظر \u2066A/71/50\u2069.");
    }

    @Test
    void leavesIsolatedRunsAloneAndIsIdempotent() {
        String once = Bidi.isolateLatin("المذكرة (CU 2016/12) في 2016", AR::digits);
        assertThat(once).isEqualTo("المذكرة (\u2066CU 2016/12\u2069) في ٢٠١٦");
        assertThat(Bidi.isolateLatin(once, AR::digits)).isEqualTo(once);
    }

    @Test
    void aHashtagKeepsItsSign() {
        assertThat(Bidi.isolateLatin("تحت عنوان \"#igivehope\" (أنا أعطي الأمل)", AR::digits))
                .isEqualTo("تحت عنوان \"\u2066#igivehope\u2069\" (أنا أعطي الأمل)");
    }

    @Test
    void findsBareLatinDigitsAndLetters() {
        assertThat(Bidi.hasBareLatinDigit("في عام 2016")).isTrue();
        assertThat(Bidi.hasBareLatinDigit("في عام ٢٠١٦ \u2066A/71/50\u2069")).isFalse();
        assertThat(Bidi.hasBareLatinLetter("حملة Thunderclap")).isTrue();
        assertThat(Bidi.hasBareLatinLetter("حملة \u2066Thunderclap\u2069")).isFalse();
    }
}
