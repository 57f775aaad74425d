package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.Money;

/** A contribution: who gave, when, how much in which currency, pledged or paid. */
@Entity
@Table(name = "fund_contribution")
public class FundContributionEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "donor_id", nullable = false)
    private FundDonorEntity donor;

    private LocalDate receivedOn;

    @Embedded
    private MoneyColumns money;

    @Enumerated(EnumType.STRING)
    private ContributionStatus status;

    private String note;

    private boolean demo;

    public FundContributionEntity() {
    }

    void apply(FundDonorEntity donor, LocalDate receivedOn, Money money, ContributionStatus status, String note) {
        this.donor = donor;
        this.receivedOn = receivedOn;
        this.money = new MoneyColumns(money);
        this.status = status;
        this.note = note;
    }

    FundViews.Contribution view() {
        return new FundViews.Contribution(getId(), getVersion(), donor.view(), receivedOn, money.amount(), money.currency(), status, note, demo);
    }
}
