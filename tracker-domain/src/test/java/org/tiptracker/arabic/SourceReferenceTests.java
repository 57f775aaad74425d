package org.tiptracker.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference data's English sources as an Arabic page prints them (forms of seed 001's own citations). */
class SourceReferenceTests {

    private static final UnArabic ARABIC = UnArabic.arabicIndic();
    private static final String LRI = String.valueOf(SourceReference.LRI);
    private static final String PDI = String.valueOf(SourceReference.PDI);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the seed's own form of this citation: "تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٣٤"
            "report of the Secretary-General of 1 July 2016, para. 88|تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٨٨",
            "report of the Secretary-General of 1 July 2016, para. 4 and 72-74|تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرتان ٤ و٧٢-٧٤",
            "report of the Secretary-General of 1 July 2016, para. 75-77 (announced for late 2016)"
                    + "|تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرات ٧٥-٧٧ (أُعلن صدوره في أواخر عام ٢٠١٦)",
            "Background paper by the Secretariat for the ninth meeting (29 July 2019), para. 15 (أ)"
                    + "|ورقة المعلومات الأساسية التي أعدتها الأمانة للاجتماع التاسع (المؤرخة ٢٩ تموز/يوليه ٢٠١٩)، الفقرة ١٥ (أ)",
            "seed 004 (COP draft resolution, 15 October 2020), preamble|مشروع قرار مؤتمر الأطراف المؤرخ ١٥ تشرين الأول/أكتوبر ٢٠٢٠، الديباجة",
            "seed 004 (COP draft resolution, 15 October 2020), preamble; seed 001 (report of the Secretary-General, 1 July 2016), para. 62"
                    + "|مشروع قرار مؤتمر الأطراف المؤرخ ١٥ تشرين الأول/أكتوبر ٢٠٢٠، الديباجة؛ تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٦٢",
            "para. 32 (heading 1)|الفقرة ٣٢ (العنوان ١)",
            "para. 5, 7 and 9|الفقرات ٥ و٧ و٩"})
    void englishSourcesReadAsUnArabic(String english, String arabic) {
        SourceReference.Rendered rendered = SourceReference.arabic(english, ARABIC);
        assertThat(rendered.arabic()).as(english).isTrue();
        assertThat(rendered.text()).isEqualTo(arabic);
    }

    @Test
    void aDocumentSymbolKeepsItsLatinDigitsAndIsIsolated() {
        SourceReference.Rendered rendered = SourceReference.arabic("CTOC/COP/WG.4/2019/1 (29 July 2019), para. 38", ARABIC);
        assertThat(rendered.arabic()).isTrue();
        assertThat(rendered.text()).isEqualTo(LRI + "CTOC/COP/WG.4/2019/1" + PDI + " (٢٩ تموز/يوليه ٢٠١٩)، الفقرة ٣٨");
        assertThat(SourceReference.isolateSymbols("قرار الجمعية العامة A/RES/70/179 لعام 2015 والمادة 3", ARABIC))
                .isEqualTo("قرار الجمعية العامة " + LRI + "A/RES/70/179" + PDI + " لعام ٢٠١٥ والمادة ٣");
        assertThat(SourceReference.isolateSymbols("الدورة 74", UnArabic.western())).isEqualTo("الدورة 74");
    }

    @Test
    void aSourceInAFormNotKnownStaysEnglishAndSaysSo() {
        SourceReference.Rendered press = SourceReference.arabic(
                "MFA Bhutan press release https://www.mfa.gov.bt/press-release-585/", ARABIC);
        assertThat(press.arabic()).isFalse();
        assertThat(press.text()).isEqualTo("MFA Bhutan press release https://www.mfa.gov.bt/press-release-585/");
        assertThat(SourceReference.arabic("", ARABIC)).isEqualTo(new SourceReference.Rendered("", true));
        SourceReference.Rendered already = SourceReference.arabic("تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة 34", ARABIC);
        assertThat(already).isEqualTo(new SourceReference.Rendered("تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٣٤", true));
    }
}
