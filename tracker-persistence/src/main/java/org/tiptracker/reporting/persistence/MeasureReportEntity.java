package org.tiptracker.reporting.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.tiptracker.common.UpdatedEntity;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.treaty.persistence.ParticipantEntity;

/** A participant's answer in a cycle: its measures and where it stands in the workflow. */
@Entity
@Table(name = "measure_report")
public class MeasureReportEntity extends UpdatedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cycle_id")
    private ReportingCycleEntity cycle;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    private Instant submittedAt;

    private String submittedBy;

    private Instant decidedAt;

    private String decidedBy;

    private String returnComment;

    private Instant createdAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeasureEntity> measures = new ArrayList<>();

    protected MeasureReportEntity() {
    }

    public MeasureReportEntity(ReportingCycleEntity cycle, ParticipantEntity participant, String user, Instant now) {
        this.cycle = cycle;
        this.participant = participant;
        this.createdAt = now;
        touch(user, now);
    }

    /** Replaces every measure (the form and the spreadsheet both send the whole list). */
    void replaceMeasures(List<Measure> newMeasures, String user, Instant now) {
        measures.clear();
        for (int i = 0; i < newMeasures.size(); i++) {
            measures.add(new MeasureEntity(this, i, newMeasures.get(i)));
        }
        touch(user, now);
    }

    void submitted(String user, Instant now) {
        status = status.submit();
        submittedAt = now;
        submittedBy = user;
        touch(user, now);
    }

    void accepted(String user, Instant now) {
        status = status.accept();
        decidedAt = now;
        decidedBy = user;
        returnComment = null;
        touch(user, now);
    }

    void returned(String user, Instant now, String comment) {
        status = status.returnForRevision();
        decidedAt = now;
        decidedBy = user;
        returnComment = comment;
        touch(user, now);
    }

    /** The measures as the domain sees them. */
    public List<Measure> domainMeasures() {
        return measures.stream().map(MeasureEntity::toDomain).toList();
    }

    /** The whole report as text, for the audit trail's before and after. */
    String describe() {
        return "status=" + status + (returnComment == null ? "" : "\ncomment=" + returnComment) + "\n\n"
                + measures.stream().map(MeasureEntity::describe).collect(Collectors.joining("\n\n"));
    }

    public ReportingCycleEntity getCycle() { return cycle; }
    public ParticipantEntity getParticipant() { return participant; }
    public ReportStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReturnComment() { return returnComment; }
    public List<MeasureEntity> getMeasures() { return measures; }
}
