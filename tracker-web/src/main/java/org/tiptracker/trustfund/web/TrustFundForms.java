package org.tiptracker.trustfund.web;

import org.tiptracker.web.VersionedForm;

/**
 * The Trust Fund's forms as typed: numbers and dates stay text until checked, so that a wrong
 * entry is shown again as it was, next to its message.
 */
public final class TrustFundForms {

    private TrustFundForms() {
    }

    /** A record of money: the sum as typed, and its currency (the dollar unless another is chosen). */
    public abstract static class MoneyForm extends VersionedForm {
        public String amount;
        public String currency = "USD";
    }

    public static class DonorForm extends VersionedForm {
        public String kind = "STATE";
        public String participantIso3;
        public String name;
    }

    public static class ContributionForm extends MoneyForm {
        public String donorId;
        public String receivedOn;
        public String status = "PAID";
        public String note;
    }

    public static class ExpenditureForm extends MoneyForm {
        public String spentOn;
        public String kind = "PROGRAMME_SUPPORT_COSTS";
        public String description;
    }

    public static class CallForm extends VersionedForm {
        public String year;
        public String titleAr;
        public String titleEn;
        public String opensOn;
        public String closesOn;
    }

    public static class GrantForm extends MoneyForm {
        public String callId;
        public String ngoName;
        public String countryIso3;
        public String periodStart;
        public String periodEnd;
        public String focusGroups;
        public String services;
        public String status = "FUNDED";
    }

    public static class TrusteeForm extends VersionedForm {
        public String nameAr;
        public String nameEn;
        public String countryIso3;
        public boolean chair;
        public String gender;
        public String termStart;
        public String termEnd;
    }
}
