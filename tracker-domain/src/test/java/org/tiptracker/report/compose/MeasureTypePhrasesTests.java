package org.tiptracker.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.compose.MeasureTypePhrases.Phrase;

class MeasureTypePhrasesTests {

    static final List<String> CODES = List.of("LAW_ADOPTED", "NATIONAL_ACTION_PLAN", "COORDINATION_BODY",
            "AWARENESS_CAMPAIGN", "RESEARCH_DATA", "LABOUR_MIGRATION", "SUPPLY_CHAIN", "HOTLINE", "SPECIALIZED_UNIT",
            "TRAINING", "GUIDELINES", "PROSECUTION_DATA", "REFERRAL_MECHANISM", "SHELTER_SERVICES", "RESIDENCE_PERMIT",
            "NON_PUNISHMENT", "COMPENSATION", "BILATERAL_AGREEMENT", "REGIONAL_COOPERATION", "CIVIL_SOCIETY", "OTHER");

    @Test
    void everyTypeCodeHasAPhraseWhoseVerbTakesTheDual() {
        assertThat(MeasureTypePhrases.codes()).containsExactlyElementsOf(CODES);
        for (String code : CODES) {
            Phrase p = MeasureTypePhrases.of(code, null, null);
            assertThat(p.verbAr()).as(code).endsWith("ت");
            assertThat(p.arabicDual()).as(code).startsWith(p.verbAr() + "ا ");
            assertThat(p.restAr()).as(code).doesNotMatch(".*[A-Za-z0-9].*");
            assertThat(p.en()).as(code).isNotBlank();
        }
    }

    @Test
    void anUnknownCodeFallsBackOnTheTypesName() {
        Phrase p = MeasureTypePhrases.of("JOINT_INVESTIGATION", "التحقيقات المشتركة", "Joint investigations");
        assertThat(p.arabic()).isEqualTo("اتخذت تدابير من نوع \"التحقيقات المشتركة\"");
        assertThat(p.en()).isEqualTo("taken measures of the type \"Joint investigations\"");
        assertThat(MeasureTypePhrases.of("X", null, null)).isEqualTo(MeasureTypePhrases.of("OTHER", null, null));
        assertThat(MeasureTypePhrases.rank("X")).isGreaterThan(MeasureTypePhrases.rank("OTHER"));
    }
}
