package org.tiptracker.trustfund;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One project grant as the calculator sees it.
 *
 * @param countryIso3 the country where the project runs
 * @param region      the country's region (English name, e.g. {@code Africa}), or null
 * @param start       the project period's first day: the grant counts from then
 */
public record FundGrant(String countryIso3, String region, LocalDate start, Money money, GrantStatus status) {

    public FundGrant {
        Objects.requireNonNull(countryIso3, "countryIso3");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(status, "status");
    }
}
