package org.tiptracker.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.TargetGroup;

/** The report workflow on PostgreSQL: drafts, submission with problems, return, acceptance, conflicts, access, history. */
@SpringBootTest
class MeasureReportServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final Actor ANALYST = new Actor("analyst", "ANALYST", null);

    @Autowired
    MeasureReportService reports;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    long cycleId;
    long peru;
    long chile;
    Actor focalPeru;
    Actor focalChile;

    @BeforeEach
    void openCycle() {
        peru = jdbc.queryForObject("select id from participant where iso3 = 'PER'", Long.class);
        chile = jdbc.queryForObject("select id from participant where iso3 = 'CHL'", Long.class);
        focalPeru = new Actor("focal.peru.test", "FOCAL_POINT", peru);
        focalChile = new Actor("focal.chile.test", "FOCAL_POINT", chile);
        cycleId = cycles.create("secretariat", new CycleCommand("دورة اختبار " + UUID.randomUUID(), "Test cycle",
                "CU 2016/1", "A/RES/70/179", LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1),
                LocalDate.of(2016, 4, 30), CycleStatus.OPEN, Set.of("PER", "CHL"))).id();
    }

    static Measure measure(String title, LocalDate start) {
        return new Measure(MeasureHeading.PREVENTION, "AWARENESS_CAMPAIGN", title, "حملة وطنية للتوعية بالاتجار بالأشخاص",
                start, null, Set.of(TargetGroup.CHILDREN, TargetGroup.WOMEN), Set.of(ExploitationForm.SEXUAL),
                new Figures(null, null, null, null, null, 1200), null, "A/RES/70/179, para. 3");
    }

    /**
     * Twenty people saving the same version at once: one save wins, every other one is told of the
     * conflict (with the winning version), none fails otherwise, and the winner's text is what is kept.
     */
    @Test
    void concurrentSavesOfOneVersionGiveOneSaveAndConflicts() throws Exception {
        ReportSnapshot opened = reports.open(focalPeru, cycleId, peru);
        int people = 20;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(people);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < people; i++) {
            String title = "تدبير الشخص " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    reports.saveDraft(focalPeru, opened.id(), opened.version(), List.of(measure(title, LocalDate.of(2015, 1, 1))));
                    return "saved:" + title;
                } catch (ReportConflictException e) {
                    return "conflict:" + e.current().version();
                } catch (RuntimeException e) {
                    return "failed:" + e;
                }
            }));
        }
        start.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results).noneMatch(r -> r.startsWith("failed:"));
        assertThat(results).filteredOn(r -> r.startsWith("saved:")).hasSize(1);
        assertThat(results).filteredOn(r -> r.startsWith("conflict:")).hasSize(people - 1);
        String winner = results.stream().filter(r -> r.startsWith("saved:")).findFirst().orElseThrow().substring(6);
        ReportSnapshot kept = reports.open(focalPeru, cycleId, peru);
        assertThat(kept.measures()).extracting(Measure::title).containsExactly(winner);
        assertThat(kept.version()).isEqualTo(opened.version() + 1);
    }

    @Test
    void draftSubmitWithProblemsReturnResubmitAccept() {
        ReportSnapshot opened = reports.open(focalPeru, cycleId, peru);
        assertThat(opened.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.open(focalPeru, cycleId, peru).id()).isEqualTo(opened.id());

        Measure incomplete = new Measure(MeasureHeading.LEGISLATION, null, "مشروع قانون", "", null, null, null, null, null, null, null);
        ReportSnapshot report = reports.saveDraft(focalPeru, opened.id(), opened.version(), List.of(incomplete));
        assertThat(report.measures()).hasSize(1);

        SubmitResult refused = reports.submit(focalPeru, report.id(), report.version(),
                List.of(incomplete, measure("حملة القلب الأزرق", LocalDate.of(2014, 7, 30))));
        assertThat(refused.submitted()).isFalse();
        assertThat(refused.problems()).extracting(p -> p.measure() + ":" + p.field())
                .containsExactlyInAnyOrder("0:typeCode", "0:description", "0:startDate");
        assertThat(refused.report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(refused.report().measures()).hasSize(2);

        SubmitResult submitted = reports.submit(focalPeru, report.id(), refused.report().version(),
                List.of(measure("حملة القلب الأزرق", LocalDate.of(2014, 7, 30))));
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.report().submittedBy()).isEqualTo("focal.peru.test");
        long version = submitted.report().version();
        assertThatThrownBy(() -> reports.saveDraft(focalPeru, report.id(), version, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("report.workflow.notEditable");

        assertThatThrownBy(() -> reports.returnForRevision(SECRETARIAT, report.id(), version, " "))
                .isInstanceOf(DomainException.class).hasMessageContaining("report.return.comment.required");
        ReportSnapshot returned = reports.returnForRevision(SECRETARIAT, report.id(), version, "يرجى ذكر عدد المستفيدين");
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("يرجى ذكر عدد المستفيدين");

        SubmitResult resubmitted = reports.submit(focalPeru, report.id(), returned.version(),
                List.of(measure("حملة القلب الأزرق (منقحة)", LocalDate.of(2014, 7, 30))));
        assertThat(resubmitted.submitted()).isTrue();
        ReportSnapshot accepted = reports.accept(SECRETARIAT, report.id(), resubmitted.report().version());
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("secretariat");
        assertThat(accepted.measures()).extracting(Measure::title).containsExactly("حملة القلب الأزرق (منقحة)");

        assertThat(reports.history(SECRETARIAT, report.id())).extracting(e -> e.operation())
                .containsExactly("ACCEPT", "SUBMIT", "RETURN", "SUBMIT", "UPDATE", "UPDATE", "CREATE");
        assertThat(reports.history(SECRETARIAT, report.id()).get(0).beforeState()).contains("status=SUBMITTED");
        assertThat(reports.history(SECRETARIAT, report.id()).get(0).afterState()).contains("status=ACCEPTED");
        assertThat(cycles.progress(cycleId).answered(false)).isEqualTo(1);
    }

    @Test
    void aSecondSaveWithTheSameVersionIsAConflictAndKeepsTheFirst() {
        ReportSnapshot report = reports.open(focalPeru, cycleId, peru);
        reports.saveDraft(focalPeru, report.id(), report.version(), List.of(measure("نص المنسق", LocalDate.of(2015, 1, 1))));
        assertThatThrownBy(() -> reports.saveDraft(SECRETARIAT, report.id(), report.version(),
                List.of(measure("نص الأمانة", LocalDate.of(2015, 1, 1)))))
                .isInstanceOfSatisfying(ReportConflictException.class, conflict ->
                        assertThat(conflict.current().measures()).extracting(Measure::title).containsExactly("نص المنسق"));
        assertThat(reports.get(SECRETARIAT, report.id()).measures()).extracting(Measure::title).containsExactly("نص المنسق");
    }

    @Test
    void anotherStatesFocalPointFindsNothingAndChangesNothing() {
        ReportSnapshot report = reports.open(focalPeru, cycleId, peru);
        assertThatThrownBy(() -> reports.get(focalChile, report.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.saveDraft(focalChile, report.id(), report.version(), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.open(focalChile, cycleId, peru)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.ofParticipant(focalChile, peru)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.accept(focalPeru, report.id(), report.version())).isInstanceOf(ForbiddenException.class);
        // Its own focal point reads the report's history; another State's is not told the report exists; analysts are refused.
        assertThat(reports.history(focalPeru, report.id())).extracting(e -> e.operation()).contains("CREATE");
        assertThatThrownBy(() -> reports.history(focalChile, report.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.history(ANALYST, report.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.saveDraft(ANALYST, report.id(), report.version(), List.of()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(reports.get(ANALYST, report.id()).version()).isEqualTo(report.version());
    }

    @Test
    void unstorableInputIsRefusedWholeAndNothingIsSaved() {
        ReportSnapshot report = reports.open(focalPeru, cycleId, peru);
        Measure bad = new Measure(MeasureHeading.PROSECUTION, "NO_SUCH_TYPE", "<script>alert(1)</script>", "نص", null, null,
                null, null, new Figures(-3, null, null, null, null, null), null, null);
        assertThatThrownBy(() -> reports.saveDraft(focalPeru, report.id(), report.version(),
                List.of(measure("سليم", LocalDate.of(2015, 1, 1)), bad)))
                .isInstanceOfSatisfying(ReportProblemsException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.measure() + ":" + p.field()).containsExactlyInAnyOrder("1:typeCode", "1:investigations"));
        assertThat(reports.get(focalPeru, report.id()).measures()).isEmpty();
        ReportSnapshot saved = reports.saveDraft(focalPeru, report.id(), report.version(),
                List.of(measure("<script>alert(1)</script>", LocalDate.of(2015, 1, 1))));
        assertThat(saved.measures().get(0).title()).isEqualTo("<script>alert(1)</script>");
        assertThat(jdbc.queryForObject("select search_text from measure where report_id = ?", String.class, report.id()))
                .contains("حمله وطنيه للتوعيه");
    }

    @Test
    void aClosedCycleTakesNoNewReports() {
        cycles.update("secretariat", cycleId, cycles.get(cycleId).version(), new CycleCommand("مغلقة", "Closed",
                "CU 2016/1", "A/RES/70/179", LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1),
                LocalDate.of(2016, 4, 30), CycleStatus.CLOSED, Set.of("PER", "CHL")));
        assertThatThrownBy(() -> reports.open(focalChile, cycleId, chile))
                .isInstanceOf(DomainException.class).hasMessageContaining("report.cycle.notOpen");
    }
}
