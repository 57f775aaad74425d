package org.tiptracker.trustfund.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.DonorKind;

/** A donor to the Trust Fund: a member state (its participant) or a private donor (its name). */
@Entity
@Table(name = "fund_donor")
public class FundDonorEntity extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    private DonorKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    private String name;

    private boolean demo;

    protected FundDonorEntity() {
    }

    public FundDonorEntity(DonorKind kind) {
        this.kind = kind;
    }

    void apply(DonorKind kind, ParticipantEntity participant, String name) {
        this.kind = kind;
        this.participant = participant;
        this.name = name;
    }

    FundViews.Donor view() {
        return new FundViews.Donor(getId(), getVersion(), kind, FundViews.Country.of(participant), name, demo);
    }
}
