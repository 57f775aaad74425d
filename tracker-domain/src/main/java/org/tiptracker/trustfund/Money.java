package org.tiptracker.trustfund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.tiptracker.common.DomainException;

/**
 * An amount of money as the Trust Fund records it: an exact decimal with two places and its
 * ISO 4217 currency. Never negative, never more than {@link #MAXIMUM} (a larger figure is a typing
 * error: the fund has received a few million dollars since 2010).
 */
public record Money(BigDecimal amount, String currency) {

    /** The fund's own currency; its figures are in US dollars. */
    public static final String USD = "USD";
    /** The largest amount accepted: one billion. */
    public static final BigDecimal MAXIMUM = new BigDecimal("1000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * A checked amount: refuses a missing, negative, zero-or-less, absurd or over-precise amount,
     * and an unknown currency, each with its own message key.
     */
    public static Money of(BigDecimal amount, String currency) {
        if (amount == null) {
            throw new DomainException("trustfund.amount.required");
        }
        if (amount.signum() < 0) {
            throw new DomainException("trustfund.amount.negative");
        }
        if (amount.signum() == 0) {
            throw new DomainException("trustfund.amount.zero");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new DomainException("trustfund.amount.absurd", MAXIMUM.longValue());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("trustfund.amount.cents");
        }
        String code = Currencies.check(currency);
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), code);
    }

    /** Whether this is in US dollars. */
    public boolean isUsd() {
        return USD.equals(currency);
    }
}
