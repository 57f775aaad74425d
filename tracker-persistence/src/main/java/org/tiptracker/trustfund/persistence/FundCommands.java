package org.tiptracker.trustfund.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.Gender;
import org.tiptracker.trustfund.GrantStatus;

/** What the secretariat enters for each kind of Trust Fund record (checked by {@link TrustFundService}). */
public final class FundCommands {

    private FundCommands() {
    }

    /** A donor: a state by ISO code, or a private donor by name. */
    public record Donor(DonorKind kind, String participantIso3, String name) {
    }

    public record Contribution(Long donorId, LocalDate receivedOn, BigDecimal amount, String currency,
                               ContributionStatus status, String note) {
    }

    /** An expenditure other than a grant; the description is required for the kind {@code OTHER}. */
    public record Expenditure(LocalDate spentOn, ExpenditureKind kind, BigDecimal amount, String currency,
                              String description) {
    }

    public record Call(Integer year, String titleAr, String titleEn, LocalDate opensOn, LocalDate closesOn) {
    }

    public record Grant(Long callId, String ngoName, String countryIso3, BigDecimal amount, String currency,
                        LocalDate periodStart, LocalDate periodEnd, String focusGroups, String services,
                        GrantStatus status) {
    }

    /** A member of the Board; {@code gender} null when not recorded. */
    public record Trustee(String nameAr, String nameEn, String countryIso3, boolean chair, Gender gender,
                          LocalDate termStart, LocalDate termEnd) {
    }
}
