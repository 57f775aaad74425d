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
        private String amount;
        private String currency = "USD";

        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
    }

    public static class DonorForm extends VersionedForm {
        private String kind = "STATE";
        private String participantIso3;
        private String name;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getParticipantIso3() { return participantIso3; }
        public void setParticipantIso3(String participantIso3) { this.participantIso3 = participantIso3; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    public static class ContributionForm extends MoneyForm {
        private String donorId;
        private String receivedOn;
        private String status = "PAID";
        private String note;

        public String getDonorId() { return donorId; }
        public void setDonorId(String donorId) { this.donorId = donorId; }
        public String getReceivedOn() { return receivedOn; }
        public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class ExpenditureForm extends MoneyForm {
        private String spentOn;
        private String kind = "PROGRAMME_SUPPORT_COSTS";
        private String description;

        public String getSpentOn() { return spentOn; }
        public void setSpentOn(String spentOn) { this.spentOn = spentOn; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    public static class CallForm extends VersionedForm {
        private String year;
        private String titleAr;
        private String titleEn;
        private String opensOn;
        private String closesOn;

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getTitleAr() { return titleAr; }
        public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public String getOpensOn() { return opensOn; }
        public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
        public String getClosesOn() { return closesOn; }
        public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
    }

    public static class GrantForm extends MoneyForm {
        private String callId;
        private String ngoName;
        private String countryIso3;
        private String periodStart;
        private String periodEnd;
        private String focusGroups;
        private String services;
        private String status = "FUNDED";

        public String getCallId() { return callId; }
        public void setCallId(String callId) { this.callId = callId; }
        public String getNgoName() { return ngoName; }
        public void setNgoName(String ngoName) { this.ngoName = ngoName; }
        public String getCountryIso3() { return countryIso3; }
        public void setCountryIso3(String countryIso3) { this.countryIso3 = countryIso3; }
        public String getPeriodStart() { return periodStart; }
        public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
        public String getPeriodEnd() { return periodEnd; }
        public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
        public String getFocusGroups() { return focusGroups; }
        public void setFocusGroups(String focusGroups) { this.focusGroups = focusGroups; }
        public String getServices() { return services; }
        public void setServices(String services) { this.services = services; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
    }

    public static class TrusteeForm extends VersionedForm {
        private String nameAr;
        private String nameEn;
        private String countryIso3;
        private boolean chair;
        private String gender;
        private String termStart;
        private String termEnd;

        public String getNameAr() { return nameAr; }
        public void setNameAr(String nameAr) { this.nameAr = nameAr; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getCountryIso3() { return countryIso3; }
        public void setCountryIso3(String countryIso3) { this.countryIso3 = countryIso3; }
        public boolean isChair() { return chair; }
        public void setChair(boolean chair) { this.chair = chair; }
        public String getGender() { return gender; }
        public void setGender(String gender) { this.gender = gender; }
        public String getTermStart() { return termStart; }
        public void setTermStart(String termStart) { this.termStart = termStart; }
        public String getTermEnd() { return termEnd; }
        public void setTermEnd(String termEnd) { this.termEnd = termEnd; }
    }
}
