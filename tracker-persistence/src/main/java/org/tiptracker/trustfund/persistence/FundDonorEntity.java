package org.tiptracker.trustfund.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.DonorKind;

/** A donor to the Trust Fund: a member state (its participant) or a private donor (its name). */
@Entity
@Table(name = "fund_donor")
public class FundDonorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private DonorKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    private String name;

    private boolean demo;

    @Version
    private long version;

    protected FundDonorEntity() {
    }

    public FundDonorEntity(DonorKind kind) {
        this.kind = kind;
    }

    Long getId() { return id; }
    long getVersion() { return version; }

    void apply(DonorKind kind, ParticipantEntity participant, String name) {
        this.kind = kind;
        this.participant = participant;
        this.name = name;
    }

    FundViews.Donor view() {
        return new FundViews.Donor(id, version, kind, FundViews.Country.of(participant), name, demo);
    }
}
