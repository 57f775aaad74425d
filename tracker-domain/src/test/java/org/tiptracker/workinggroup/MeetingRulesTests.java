package org.tiptracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class MeetingRulesTests {

    private static final LocalDate SEPT_9 = LocalDate.of(2019, 9, 9);
    private static final LocalDate SEPT_11 = LocalDate.of(2019, 9, 11);

    private static String brokenRule(Integer number, Integer year, LocalDate start, LocalDate end, List<String> questions) {
        try {
            MeetingRules.check(number, year, start, end, questions);
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void aMeetingAsRecordedPasses() {
        assertThatCode(() -> MeetingRules.check(9, 2019, SEPT_9, SEPT_11, List.of("سؤال؟"))).doesNotThrowAnyException();
        assertThatCode(() -> MeetingRules.check(1, 2009, null, null, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> MeetingRules.check(MeetingOrdinal.MAX, 2100, SEPT_9.withYear(2100), null, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void eachBrokenRuleHasItsKey() {
        assertThat(brokenRule(null, 2019, null, null, List.of())).isEqualTo("wg.meeting.number.range");
        assertThat(brokenRule(0, 2019, null, null, List.of())).isEqualTo("wg.meeting.number.range");
        assertThat(brokenRule(MeetingOrdinal.MAX + 1, 2019, null, null, List.of())).isEqualTo("wg.meeting.number.range");
        assertThat(brokenRule(9, 1999, null, null, List.of())).isEqualTo("wg.meeting.year.range");
        assertThat(brokenRule(9, null, null, null, List.of())).isEqualTo("wg.meeting.year.range");
        assertThat(brokenRule(9, 2019, SEPT_11, SEPT_9, List.of())).isEqualTo("wg.meeting.dates.order");
        assertThat(brokenRule(9, 2019, null, SEPT_9, List.of())).isEqualTo("wg.meeting.dates.startMissing");
        assertThat(brokenRule(9, 2020, SEPT_9, SEPT_11, List.of())).isEqualTo("wg.meeting.dates.year");
        assertThat(brokenRule(9, 2019, null, null, Collections.nCopies(MeetingRules.MAX_QUESTIONS + 1, "س")))
                .isEqualTo("wg.meeting.questions.tooMany");
        assertThat(brokenRule(9, 2019, null, null, List.of("س".repeat(MeetingRules.MAX_TEXT + 1))))
                .isEqualTo("wg.text.tooLong");
        assertThat(brokenRule(9, 2019, null, null, Collections.nCopies(MeetingRules.MAX_QUESTIONS, "س".repeat(MeetingRules.MAX_TEXT))))
                .isNull();
    }

    @Test
    void theRangesAreTheMessagesArguments() {
        assertThatThrownBy(() -> MeetingRules.check(31, 2019, null, null, List.of()))
                .extracting("args").isEqualTo(new Object[] {1, MeetingOrdinal.MAX});
        assertThatThrownBy(() -> MeetingRules.check(9, 2200, null, null, List.of()))
                .extracting("args").isEqualTo(new Object[] {2000, 2100});
    }

    @Test
    void questionsAreOnePerLineWithoutThePrintedLetters() {
        assertThat(MeetingRules.questions("(أ) ما هي التدابير؟\n\n  (ب)   وكيف تقاس؟  \r\nسؤال بلا حرف"))
                .containsExactly("ما هي التدابير؟", "وكيف تقاس؟", "سؤال بلا حرف");
        assertThat(MeetingRules.questions(null)).isEmpty();
        assertThat(MeetingRules.questions("(١٢٣٤) طويل")).containsExactly("(١٢٣٤) طويل");
    }
}
