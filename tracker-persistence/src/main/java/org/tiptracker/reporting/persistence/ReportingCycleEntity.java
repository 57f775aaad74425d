package org.tiptracker.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.treaty.persistence.ParticipantEntity;

/** A reporting cycle: the note verbale, its mandate, the period covered, the deadline and who is asked. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycleEntity extends VersionedEntity {

    private String titleAr;

    private String titleEn;

    private String noteReference;

    private String resolution;

    private LocalDate periodStart;

    private LocalDate periodEnd;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private CycleStatus status = CycleStatus.DRAFT;

    private boolean demo;

    private Instant createdAt;

    private String createdBy;

    @ManyToMany
    @JoinTable(name = "cycle_participant", joinColumns = @JoinColumn(name = "cycle_id"),
            inverseJoinColumns = @JoinColumn(name = "participant_id"))
    private Set<ParticipantEntity> participants = new LinkedHashSet<>();

    protected ReportingCycleEntity() {
    }

    public ReportingCycleEntity(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getTitleAr() { return titleAr; }
    public String getTitleEn() { return titleEn; }
    public String getNoteReference() { return noteReference; }
    public String getResolution() { return resolution; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public LocalDate getDeadline() { return deadline; }
    public CycleStatus getStatus() { return status; }
    public boolean isDemo() { return demo; }
    public Set<ParticipantEntity> getParticipants() { return participants; }

    /** Sets what the secretariat entered, already checked: the texts (stripped), the dates, the status and who is asked. */
    void define(CycleCommand c, CycleStatus status, Set<ParticipantEntity> asked) {
        this.titleAr = c.titleAr().strip();
        this.titleEn = c.titleEn().strip();
        this.noteReference = c.noteReference().strip();
        this.resolution = c.resolution().strip();
        this.periodStart = c.periodStart();
        this.periodEnd = c.periodEnd();
        this.deadline = c.deadline();
        this.status = status;
        this.participants.clear();
        this.participants.addAll(asked);
    }

}
