package org.tiptracker.trustfund.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @Column(precision = 18, scale = 2)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private String description;

    private boolean demo;

    public FundExpenditureEntity() {
    }

    void apply(LocalDate spentOn, ExpenditureKind kind, Money money, String description) {
        this.spentOn = spentOn;
        this.kind = kind;
        this.amount = money.amount();
        this.currency = money.currency();
        this.description = description;
    }

    FundViews.Expenditure view() {
        return new FundViews.Expenditure(getId(), getVersion(), spentOn, kind, amount, currency.strip(), description, demo);
    }
}
