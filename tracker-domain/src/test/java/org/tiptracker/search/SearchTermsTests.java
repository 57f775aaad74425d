package org.tiptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTests {

    @Test
    void aSymbolGivesItselfAndItsNumber() {
        assertThat(SearchTerms.of("A/RES/70/179").keys()).containsExactly("a/res/70/179", "70/179");
        assertThat(SearchTerms.of("E/RES/2006/27").keys()).containsExactly("e/res/2006/27", "2006/27");
    }

    @Test
    void aNumberInArabicOrderAndDigitsIsReadWithWesternDigits() {
        assertThat(SearchTerms.of("١٧٩/٧٠").keys()).containsExactly("179/70");
        assertThat(SearchTerms.of("قرارها ١٧٩/٧٠").keys()).containsExactly("179/70");
        assertThat(SearchTerms.of("٢٧/٢٠٠٦").keys()).containsExactly("27/2006");
        assertThat(SearchTerms.of("قرارها ١٧٩/٧٠").namesNumber()).isTrue();
    }

    @Test
    void isoCodesAndYearsAreKeysButOrdinaryWordsAreNot() {
        assertThat(SearchTerms.of("PER").keys()).containsExactly("per");
        assertThat(SearchTerms.of("World Day 2016").keys()).containsExactly("day", "2016");
        assertThat(SearchTerms.of("الاتجار بالأشخاص").keys()).isEmpty();
        assertThat(SearchTerms.of("recruitment fees").namesNumber()).isFalse();
    }

    @Test
    void theTextIsTheQueryStrippedAndBounded() {
        assertThat(SearchTerms.of("  recruitment   fees ").text()).isEqualTo("recruitment fees");
        assertThat(SearchTerms.of("x".repeat(500)).text()).hasSize(SearchTerms.MAX_LENGTH);
        assertThat(SearchTerms.of(null).isBlank()).isTrue();
        assertThat(SearchTerms.of("   ").keys()).isEmpty();
    }
}
