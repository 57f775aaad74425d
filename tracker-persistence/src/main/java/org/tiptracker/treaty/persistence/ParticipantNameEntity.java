package org.tiptracker.treaty.persistence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.common.IdentifiedEntity;
import org.tiptracker.treaty.ParticipantName;

/** A name a participant bore over a period ({@code validUntil} exclusive). */
@Entity
@Table(name = "participant_name")
public class ParticipantNameEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    private String nameAr;

    private String nameEn;

    private LocalDate validFrom;

    private LocalDate validUntil;

    private String source;

    protected ParticipantNameEntity() {
    }

    public ParticipantNameEntity(ParticipantName name, String source) {
        this.nameAr = name.nameAr();
        this.nameEn = name.nameEn();
        this.validFrom = name.validFrom();
        this.validUntil = name.validUntil();
        this.source = source;
    }

    void attachTo(ParticipantEntity owner) {
        this.participant = owner;
    }

    /** The name as the domain sees it. */
    ParticipantName toDomain() {
        return new ParticipantName(nameAr, nameEn, validFrom, validUntil);
    }
}
