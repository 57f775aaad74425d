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
}
