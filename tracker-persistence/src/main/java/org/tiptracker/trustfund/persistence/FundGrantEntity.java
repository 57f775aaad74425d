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
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.Money;

/** A project of a non-governmental organization and its grant. */
@Entity
@Table(name = "fund_grant")
public class FundGrantEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    private FundCallEntity call;

    private String ngoName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private ParticipantEntity country;

    @Embedded
    private MoneyColumns money;

    private LocalDate periodStart;

    private LocalDate periodEnd;

    private String focusGroups;

    private String services;

    @Enumerated(EnumType.STRING)
    private GrantStatus status;

    private boolean demo;

    public FundGrantEntity() {
    }

    /** The project's organization, country and services; {@code call} may be null. */
    void apply(FundCallEntity call, String ngoName, ParticipantEntity country, String focusGroups, String services) {
        this.call = call;
        this.ngoName = ngoName;
        this.country = country;
        this.focusGroups = focusGroups;
        this.services = services;
    }

    /** The grant: its amount, period and status. */
    void grant(Money money, LocalDate periodStart, LocalDate periodEnd, GrantStatus status) {
        this.money = new MoneyColumns(money);
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = status;
    }

    FundViews.Grant view() {
        return new FundViews.Grant(getId(), getVersion(), call == null ? null : call.view(), ngoName, FundViews.Country.of(country),
                money.amount(), money.currency(), periodStart, periodEnd, focusGroups, services, status, demo);
    }
}
