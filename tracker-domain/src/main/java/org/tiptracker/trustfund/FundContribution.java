package org.tiptracker.trustfund;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One contribution as the calculator sees it.
 *
 * @param donorKey the donor's identity (two contributions of one donor share it)
 * @param kind     the donor's kind (state or private)
 * @param date     the day it was pledged or received
 */
public record FundContribution(String donorKey, DonorKind kind, LocalDate date, Money money, ContributionStatus status) {

    public FundContribution {
        Objects.requireNonNull(donorKey, "donorKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(status, "status");
    }
}
