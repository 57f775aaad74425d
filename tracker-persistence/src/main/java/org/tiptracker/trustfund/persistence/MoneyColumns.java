package org.tiptracker.trustfund.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.tiptracker.trustfund.Money;

/**
 * A sum of money as the Trust Fund's tables keep it: the exact amount in {@code amount} and the ISO
 * 4217 code in {@code currency}, a fixed three-character column (read back without its padding).
 */
@Embeddable
class MoneyColumns {

    @Column(precision = 18, scale = 2)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    protected MoneyColumns() {
    }

    MoneyColumns(Money money) {
        this.amount = money.amount();
        this.currency = money.currency();
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency.strip();
    }
}
