package org.tiptracker.treaty.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tiptracker.common.AuditedEntity;

/** A signature, a deposited instrument or a notification, as stored. */
@Entity
@Table(name = "treaty_action")
public class TreatyActionEntity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    private String treatyCode;

    private String kind;

    private LocalDate actionDate;

    private String text;

    private String source;

    protected TreatyActionEntity() {
    }

    public TreatyActionEntity(ParticipantEntity participant, String treatyCode, String kind, LocalDate actionDate,
                              String text, String source, String user, Instant now) {
        super(user, now);
        this.participant = participant;
        facts(treatyCode, kind, actionDate, text, source);
    }

    public void change(String treatyCode, String kind, LocalDate actionDate, String text, String source, String user, Instant now) {
        facts(treatyCode, kind, actionDate, text, source);
        touch(user, now);
    }

    private void facts(String treatyCode, String kind, LocalDate actionDate, String text, String source) {
        this.treatyCode = treatyCode;
        this.kind = kind;
        this.actionDate = actionDate;
        this.text = text;
        this.source = source;
    }

    public ParticipantEntity getParticipant() { return participant; }
    public String getTreatyCode() { return treatyCode; }
    public String getKind() { return kind; }
    public LocalDate getActionDate() { return actionDate; }
    public String getText() { return text; }
    public String getSource() { return source; }
}
