package org.tiptracker.trustfund.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.Gender;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.Money;

/**
 * The Trust Fund's records as {@link TrustFundService} gives them: each with its id and the version
 * a form sends back, amounts with their currency, and the names a page shows.
 */
public final class FundViews {

    private FundViews() {
    }

    /** A record a form edits: its id and the version it was read at. */
    public interface Versioned {
        long id();

        long version();
    }

    /** A participant as a record names it: its code, names and region (null: none). */
    public record Country(String iso3, String nameAr, String nameEn, String regionEn) {

        static Country of(ParticipantEntity p) {
            return p == null ? null : new Country(p.getIso3(), p.getNameAr(), p.getNameEn(), p.getRegionEn());
        }

        public String name(boolean english) {
            return english ? nameEn : nameAr;
        }
    }

    /** A donor: a state ({@code participant}) or a private donor ({@code name}). */
    public record Donor(long id, long version, DonorKind kind, Country participant, String name, boolean demo) implements Versioned {

        /** The state's name in the language asked, or the private donor's name as recorded. */
        public String displayName(boolean english) {
            return participant != null ? participant.name(english) : name;
        }

        public String participantIso3() {
            return participant == null ? null : participant.iso3();
        }

        String describe() {
            return "donor " + kind + ": " + (participant != null ? participant.iso3() : name);
        }
    }

    public record Contribution(long id, long version, Donor donor, LocalDate receivedOn, BigDecimal amount,
                               String currency, ContributionStatus status, String note, boolean demo) implements Versioned {

        public Money money() {
            return new Money(amount, currency);
        }

        String describe() {
            return "contribution of " + donor.describe() + " on " + receivedOn + ": " + amount.toPlainString() + " "
                    + currency + " " + status + (note == null ? "" : " (" + note + ")");
        }
    }

    /** An expenditure other than a grant. */
    public record Expenditure(long id, long version, LocalDate spentOn, ExpenditureKind kind, BigDecimal amount,
                              String currency, String description, boolean demo) implements Versioned {

        public Money money() {
            return new Money(amount, currency);
        }

        String describe() {
            return "expenditure " + kind + " on " + spentOn + ": " + amount.toPlainString() + " " + currency
                    + (description == null ? "" : " (" + description + ")");
        }
    }

    /** A call for proposals; its window may be unknown. */
    public record Call(long id, long version, int year, String titleAr, String titleEn, LocalDate opensOn,
                       LocalDate closesOn, boolean demo) implements Versioned {

        public String title(boolean english) {
            return english ? titleEn : titleAr;
        }

        String describe() {
            return "call " + year + ": " + titleEn + " [" + opensOn + " - " + closesOn + "]";
        }
    }

    /** A project of a non-governmental organization and its grant (the call may be unknown). */
    public record Grant(long id, long version, Call call, String ngoName, Country country, BigDecimal amount,
                        String currency, LocalDate periodStart, LocalDate periodEnd, String focusGroups,
                        String services, GrantStatus status, boolean demo) implements Versioned {

        public Money money() {
            return new Money(amount, currency);
        }

        String describe() {
            return "grant to " + ngoName + " (" + country.iso3() + "): " + amount.toPlainString() + " " + currency
                    + ", " + periodStart + " - " + periodEnd + ", " + status + (call == null ? "" : ", call " + call.year());
        }
    }

    /** A member of the Board of Trustees. */
    public record Trustee(long id, long version, String nameAr, String nameEn, Country country, boolean chair,
                          Gender gender, LocalDate termStart, LocalDate termEnd, boolean demo) implements Versioned {

        String describe() {
            return "trustee " + nameAr + (nameEn == null ? "" : " / " + nameEn) + " (" + country.iso3() + ")"
                    + (chair ? ", chair" : "") + (gender == null ? "" : ", " + gender) + ", " + termStart + " - " + termEnd;
        }
    }
}
