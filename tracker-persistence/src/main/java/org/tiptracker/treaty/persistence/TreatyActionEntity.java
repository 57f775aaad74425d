package org.tiptracker.treaty.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A signature, a deposited instrument or a notification, as stored. */
@Entity
@Table(name = "treaty_action")
public class TreatyActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    @Column(name = "treaty_code", nullable = false)
    private String treatyCode;

    @Column(nullable = false)
    private String kind;

    @Column(name = "action_date", nullable = false)
    private LocalDate actionDate;

    private String text;

    private String source;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected TreatyActionEntity() {
    }

    public TreatyActionEntity(ParticipantEntity participant, String treatyCode, String kind, LocalDate actionDate,
                              String text, String source, String user, Instant now) {
        this.participant = participant;
        this.treatyCode = treatyCode;
        this.kind = kind;
        this.actionDate = actionDate;
        this.text = text;
        this.source = source;
        this.createdAt = now;
        this.createdBy = user;
        this.updatedAt = now;
        this.updatedBy = user;
    }

    public void change(String treatyCode, String kind, LocalDate actionDate, String text, String source, String user, Instant now) {
        this.treatyCode = treatyCode;
        this.kind = kind;
        this.actionDate = actionDate;
        this.text = text;
        this.source = source;
        this.updatedAt = now;
        this.updatedBy = user;
    }

    public Long getId() { return id; }
    public ParticipantEntity getParticipant() { return participant; }
    public String getTreatyCode() { return treatyCode; }
    public String getKind() { return kind; }
    public LocalDate getActionDate() { return actionDate; }
    public String getText() { return text; }
    public String getSource() { return source; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
