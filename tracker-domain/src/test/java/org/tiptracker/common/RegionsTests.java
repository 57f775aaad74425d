package org.tiptracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTests {

    @Test
    void aRegionIsFoundWhateverItsCaseAndAnythingElseIsNot() {
        assertThat(Regions.parse(" africa ")).contains("Africa");
        assertThat(Regions.parse("AMERICAS")).contains("Americas");
        assertThat(Regions.parse("Atlantis")).isEmpty();
        assertThat(Regions.parse(null)).isEmpty();
        assertThat(Regions.known("Europe")).isTrue();
        assertThat(Regions.known("europe")).isFalse();
    }

    @Test
    void everyRecordedRegionHasOneMessageKeyAndAnythingElseHasTheKeyOfNone() {
        assertThat(Regions.messageKey("Americas")).isEqualTo("region.Americas");
        assertThat(Regions.messageKey("Latin America and the Caribbean")).isEqualTo("region.none");
        assertThat(Regions.messageKey(null)).isEqualTo("region.none");
        assertThat(Regions.messageKey("")).isEqualTo("region.none");
    }
}
