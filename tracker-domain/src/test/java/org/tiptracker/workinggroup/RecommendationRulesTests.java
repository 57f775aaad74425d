package org.tiptracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.common.DomainException;

class RecommendationRulesTests {

    private static String brokenRule(Integer paragraph, Integer position, Addressee addressee, String textAr) {
        try {
            RecommendationRules.check(paragraph, position, addressee, textAr);
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void aRecommendationAsAdoptedPasses() {
        assertThatCode(() -> RecommendationRules.check(16, 1, Addressee.STATES_PARTIES, "ينبغي للدول الأطراف أن تنظر"))
                .doesNotThrowAnyException();
        assertThatCode(() -> RecommendationRules.check(null, Abjad.size(), Addressee.OTHER, "نص"))
                .doesNotThrowAnyException();
    }

    @Test
    void eachBrokenRuleHasItsKey() {
        assertThat(brokenRule(0, 1, Addressee.STATES, "نص")).isEqualTo("wg.recommendation.paragraph.range");
        assertThat(brokenRule(RecommendationRules.MAX_PARAGRAPH + 1, 1, Addressee.STATES, "نص"))
                .isEqualTo("wg.recommendation.paragraph.range");
        assertThat(brokenRule(16, null, Addressee.STATES, "نص")).isEqualTo("wg.recommendation.position.range");
        assertThat(brokenRule(16, 0, Addressee.STATES, "نص")).isEqualTo("wg.recommendation.position.range");
        assertThat(brokenRule(16, Abjad.size() + 1, Addressee.STATES, "نص")).isEqualTo("wg.recommendation.position.range");
        assertThat(brokenRule(16, 1, null, "نص")).isEqualTo("wg.recommendation.addressee.required");
        assertThat(brokenRule(16, 1, Addressee.STATES, "  ")).isEqualTo("wg.recommendation.textAr.required");
        assertThat(brokenRule(16, 1, Addressee.STATES, null)).isEqualTo("wg.recommendation.textAr.required");
        assertThat(brokenRule(16, 1, Addressee.STATES, "ن".repeat(MeetingRules.MAX_TEXT + 1))).isEqualTo("wg.text.tooLong");
        assertThat(brokenRule(16, 1, Addressee.STATES, "ن".repeat(MeetingRules.MAX_TEXT))).isNull();
    }
}
