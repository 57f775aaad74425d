package org.tiptracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CycleCountsTests {

    /** The open demonstration cycle: 193 asked, Chile accepted, Peru and Mauritius submitted, Tunisia returned, Argentina drafting. */
    static List<ReportStatus> openCycle() {
        List<ReportStatus> statuses = new ArrayList<>(List.of(ReportStatus.ACCEPTED, ReportStatus.SUBMITTED,
                ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.DRAFT));
        statuses.addAll(Collections.nCopies(188, null));
        return statuses;
    }

    @Test
    void everyParticipantAskedIsInOneCategory() {
        CycleCounts counts = CycleCounts.of(openCycle());
        assertThat(counts).isEqualTo(new CycleCounts(193, 1, 2, 1, 1, 188));
        assertThat(counts.answered(false)).isEqualTo(1);
        assertThat(counts.awaitingReview(false)).isEqualTo(2);
        assertThat(counts.notYetAnswered()).isEqualTo(190);
        assertThat(counts.answered(false) + counts.awaitingReview(false) + counts.notYetAnswered()).isEqualTo(193);
    }

    @Test
    void whenSubmittedReportsCountNothingAwaitsReview() {
        CycleCounts counts = CycleCounts.of(openCycle());
        assertThat(counts.answered(true)).isEqualTo(3);
        assertThat(counts.awaitingReview(true)).isZero();
        assertThat(counts.answered(true) + counts.awaitingReview(true) + counts.notYetAnswered()).isEqualTo(193);
    }

    @Test
    void countsThatDoNotAddUpToThoseAskedAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CycleCounts(193, 1, 0, 0, 0, 190))
                .withMessageContaining("191").withMessageContaining("193");
        assertThatIllegalArgumentException().isThrownBy(() -> new CycleCounts(0, 1, 0, 0, 0, -1));
        assertThat(CycleCounts.of(List.of())).isEqualTo(new CycleCounts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void answersByADateAreSetBesideThoseToDate() {
        DatedAnswers atDeadline = new DatedAnswers(LocalDate.of(2016, 4, 30), 27, 33);
        assertThat(atDeadline.after()).isEqualTo(6);
        assertThat(atDeadline.differ()).isTrue();
        assertThat(new DatedAnswers(LocalDate.of(2016, 5, 30), 33, 33).differ()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new DatedAnswers(LocalDate.of(2016, 4, 30), 34, 33));
        assertThatIllegalArgumentException().isThrownBy(() -> new DatedAnswers(null, 0, 0));
    }
}
