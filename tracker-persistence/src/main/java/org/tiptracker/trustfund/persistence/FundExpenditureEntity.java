package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.Money;

/** An expenditure other than a grant: when, of what kind, how much in which currency, what for. */
@Entity
@Table(name = "fund_expenditure")
public class FundExpenditureEntity extends VersionedEntity {

    private LocalDate spentOn;

    @Enumerated(EnumType.STRING)
    private ExpenditureKind kind;

    @Embedded
    private MoneyColumns money;

    private String description;

    private boolean demo;

    public FundExpenditureEntity() {
    }

    void apply(LocalDate spentOn, ExpenditureKind kind, Money money, String description) {
        this.spentOn = spentOn;
        this.kind = kind;
        this.money = new MoneyColumns(money);
        this.description = description;
    }

    FundViews.Expenditure view() {
        return new FundViews.Expenditure(getId(), getVersion(), spentOn, kind, money.amount(), money.currency(), description, demo);
    }
}
