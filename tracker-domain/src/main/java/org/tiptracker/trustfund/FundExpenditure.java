package org.tiptracker.trustfund;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One expenditure other than a grant as the calculator sees it.
 *
 * @param date the day it was charged: it counts from then
 */
public record FundExpenditure(LocalDate date, ExpenditureKind kind, Money money) {

    public FundExpenditure {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(money, "money");
    }
}
