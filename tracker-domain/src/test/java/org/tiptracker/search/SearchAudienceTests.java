package org.tiptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchAudienceTests {

    @Test
    void anonymousVisitorsSeeNoMeasuresAndNoDrafts() {
        assertThat(SearchAudience.ANONYMOUS.sees(SearchKind.MEASURE)).isFalse();
        assertThat(SearchAudience.ANONYMOUS.sees(SearchKind.REPORT)).isFalse();
        assertThat(SearchAudience.ANONYMOUS.sees(SearchKind.DOCUMENT)).isTrue();
    }

    @Test
    void aFocalPointSeesItsOwnStatesMeasuresOnly() {
        SearchAudience peru = SearchAudience.focalPoint(7);
        assertThat(peru.sees(SearchKind.MEASURE)).isTrue();
        assertThat(peru.seesMeasureOf(7)).isTrue();
        assertThat(peru.seesMeasureOf(8)).isFalse();
        assertThat(peru.sees(SearchKind.REPORT)).isFalse();
    }

    @Test
    void staffSeeEverything() {
        for (SearchKind kind : SearchKind.values()) {
            assertThat(SearchAudience.STAFF.sees(kind)).isTrue();
        }
        assertThat(SearchAudience.STAFF.seesMeasureOf(8)).isTrue();
        assertThat(SearchKind.fromCode("Project")).contains(SearchKind.PROJECT);
        assertThat(SearchKind.fromCode("nothing")).isEmpty();
    }
}
