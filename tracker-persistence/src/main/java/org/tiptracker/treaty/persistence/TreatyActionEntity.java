package org.tiptracker.treaty.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tiptracker.common.AuditedEntity;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;

/** A signature, a deposited instrument or a notification, as stored. */
@Entity
@Table(name = "treaty_action")
public class TreatyActionEntity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    @Enumerated(EnumType.STRING)
    private TreatyCode treatyCode;

    @Enumerated(EnumType.STRING)
    private ActionKind kind;

    private LocalDate actionDate;

    private String text;

    private String source;

    protected TreatyActionEntity() {
    }

    public TreatyActionEntity(ParticipantEntity participant, TreatyAction action, String source, String user, Instant now) {
        super(user, now);
        this.participant = participant;
        facts(action, source);
    }

    public void change(TreatyAction action, String source, String user, Instant now) {
        facts(action, source);
        touch(user, now);
    }

    /** Stores the action as the domain states it (its participant is this row's), with where it is recorded. */
    private void facts(TreatyAction action, String source) {
        this.treatyCode = action.treaty();
        this.kind = action.kind();
        this.actionDate = action.date();
        this.text = action.text();
        this.source = source;
    }

    public ParticipantEntity getParticipant() { return participant; }
    public TreatyCode getTreatyCode() { return treatyCode; }
    public ActionKind getKind() { return kind; }
    public LocalDate getActionDate() { return actionDate; }
    public String getText() { return text; }
    public String getSource() { return source; }
}
