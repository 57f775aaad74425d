package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

/** Where a refused rule is shown when its key names the field after a prefix. */
class EditFlowFieldOfTests {

    private static final EditFlow.FieldOf FIELD_OF = EditFlow.FieldOf.after("wg.recommendation.",
            Set.of("meetingId", "position", "textAr"), Map.of("meeting", "meetingId"));

    private static String fieldOf(String key) {
        return FIELD_OF.apply(new DomainException(key));
    }

    @Test
    void theKeyNamesTheFieldOrItsAlias() {
        assertThat(fieldOf("wg.recommendation.position.taken")).isEqualTo("position");
        assertThat(fieldOf("wg.recommendation.textAr")).isEqualTo("textAr");
        assertThat(fieldOf("wg.recommendation.meeting.required")).isEqualTo("meetingId");
    }

    @Test
    void aRuleOfNoFieldOfTheFormOrOfAnotherRecordIsTheWholeRecords() {
        assertThat(fieldOf("wg.recommendation.notFound")).isNull();
        assertThat(fieldOf("wg.meeting.position.range")).isNull();
        assertThat(fieldOf("wg.recommendationposition.range")).isNull();
    }
}
