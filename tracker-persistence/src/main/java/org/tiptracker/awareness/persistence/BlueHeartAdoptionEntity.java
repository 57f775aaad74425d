package org.tiptracker.awareness.persistence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.awareness.BlueHeartAdoption;
import org.tiptracker.common.VersionedEntity;
import org.tiptracker.treaty.persistence.ParticipantEntity;

/** A country that adopted the Blue Heart campaign: its year, or a date by which it had. */
@Entity
@Table(name = "blue_heart_adoption")
public class BlueHeartAdoptionEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private ParticipantEntity participant;

    private Integer adoptedYear;

    private LocalDate knownBy;

    private String source;

    private boolean demo;

    protected BlueHeartAdoptionEntity() {
    }

    public BlueHeartAdoptionEntity(ParticipantEntity participant, boolean demo) {
        this.participant = participant;
        this.demo = demo;
    }

    void apply(ParticipantEntity participant, Integer adoptedYear, LocalDate knownBy, String source) {
        this.participant = participant;
        this.adoptedYear = adoptedYear;
        this.knownBy = knownBy;
        this.source = source;
    }

    public BlueHeartAdoption adoption() {
        return new BlueHeartAdoption(adoptedYear, knownBy);
    }

    public String describe() {
        return "country=" + participant.getIso3() + "; year=" + adoptedYear + "; known_by=" + knownBy + "; source=" + source;
    }

    AwarenessViews.Adoption view() {
        return new AwarenessViews.Adoption(getId(), getVersion(), new AwarenessViews.Country(participant.getIso3(),
                participant.getNameAr(), participant.getNameEn()), adoptedYear, knownBy, source, demo);
    }
}
