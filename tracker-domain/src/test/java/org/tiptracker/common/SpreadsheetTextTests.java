package org.tiptracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTests {

    @Test
    void aValueASpreadsheetWouldComputeIsShownAsText() {
        assertThat(SpreadsheetText.neutralize("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetText.neutralize("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutralize("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(SpreadsheetText.neutralize("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.neutralize("A/RES/70/179")).isEqualTo("A/RES/70/179");
        assertThat(SpreadsheetText.neutralize(null)).isEmpty();
    }

    @Test
    void formulasAreRecognisedLeadingSpacesOrNot() {
        assertThat(SpreadsheetText.looksLikeFormula("  =1+1")).isTrue();
        assertThat(SpreadsheetText.looksLikeFormula("-5")).isTrue();
        assertThat(SpreadsheetText.looksLikeFormula("قانون")).isFalse();
        assertThat(SpreadsheetText.startsAFormula(" @SUM(A1)")).isTrue();
        assertThat(SpreadsheetText.startsAFormula("- an item of a list")).isFalse();
        assertThat(SpreadsheetText.startsAFormula(null)).isFalse();
    }
}
