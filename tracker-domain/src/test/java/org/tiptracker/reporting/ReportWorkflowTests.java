package org.tiptracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class ReportWorkflowTests {

    static final Set<String> TYPES = Set.of("LAW_ADOPTED", "TRAINING");
    static final LocalDate START = LocalDate.of(2013, 12, 18);
    static final LocalDate END = LocalDate.of(2016, 4, 1);

    static Measure measure(String title, LocalDate start, LocalDate end) {
        return new Measure(MeasureHeading.LEGISLATION, "LAW_ADOPTED", title, "وصف التدبير", start, end,
                Set.of(TargetGroup.CHILDREN), Set.of(ExploitationForm.FORCED_LABOUR), Figures.NONE, null, null);
    }

    @Test
    void draftSubmitReturnResubmitAccept() {
        ReportStatus status = ReportStatus.DRAFT.submit();
        assertThat(status).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(status.editableByFocalPoint()).isFalse();
        status = status.returnForRevision();
        assertThat(status.editableByFocalPoint()).isTrue();
        status = status.submit().accept();
        assertThat(status).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(status.counts(false)).isTrue();
        assertThat(ReportStatus.SUBMITTED.counts(false)).isFalse();
        assertThat(ReportStatus.SUBMITTED.counts(true)).isTrue();
    }

    @Test
    void refusedSteps() {
        assertThatThrownBy(ReportStatus.SUBMITTED::submit).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("report.workflow.notEditable");
        assertThatThrownBy(ReportStatus.ACCEPTED::submit).isInstanceOf(DomainException.class);
        assertThatThrownBy(ReportStatus.DRAFT::accept).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("report.workflow.notSubmitted");
        assertThatThrownBy(ReportStatus.RETURNED::returnForRevision).isInstanceOf(DomainException.class);
        assertThatThrownBy(ReportStatus.ACCEPTED::returnForRevision).isInstanceOf(DomainException.class);
    }

    @Test
    void anIncompleteDraftCanBeSavedButNotSubmitted() {
        Measure empty = new Measure(null, null, "", null, null, null, null, null, null, null, null);
        assertThat(ReportValidation.draftProblems(List.of(empty), TYPES)).isEmpty();
        List<Problem> problems = ReportValidation.submissionProblems(List.of(empty), TYPES, START, END);
        assertThat(problems).extracting(Problem::field)
                .containsExactlyInAnyOrder("heading", "typeCode", "title", "description", "startDate");
        assertThat(problems).allMatch(p -> p.measure() == 0);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsMeasure() {
        Measure good = measure("قانون مكافحة الاتجار", LocalDate.of(2014, 3, 1), null);
        Measure late = measure("خطة لاحقة", LocalDate.of(2017, 1, 1), null);
        Measure early = measure("خطة منتهية", LocalDate.of(2008, 1, 1), LocalDate.of(2012, 12, 31));
        Measure backwards = measure("تواريخ معكوسة", LocalDate.of(2015, 1, 1), LocalDate.of(2014, 1, 1));
        List<Problem> problems = ReportValidation.submissionProblems(List.of(good, late, early, backwards), TYPES, START, END);
        assertThat(problems).containsExactlyInAnyOrder(
                new Problem(1, "startDate", "report.validation.date.outOfPeriod", START, END),
                new Problem(2, "endDate", "report.validation.date.outOfPeriod", START, END),
                new Problem(3, "endDate", "report.validation.dates.order"));
        assertThat(ReportValidation.submissionProblems(List.of(), TYPES, START, END))
                .containsExactly(new Problem(-1, "measures", "report.validation.noMeasures"));
    }

    @Test
    void sizesFiguresAndTypesAreCheckedEvenForDrafts() {
        Measure m = new Measure(MeasureHeading.PROSECUTION, "NO_SUCH_TYPE", "ع".repeat(301), "وصف", START, null,
                null, null, new Figures(-1, null, 3, null, null, 20_000_000), null, "ر".repeat(101));
        assertThat(ReportValidation.draftProblems(List.of(m), TYPES)).extracting(Problem::field)
                .containsExactlyInAnyOrder("typeCode", "title", "investigations", "peopleTrained", "resolutionRef");
    }
}
