package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.Gender;

/** A member of the Board of Trustees: name, country, whether chair, and the term. */
@Entity
@Table(name = "fund_trustee")
public class FundTrusteeEntity extends VersionedEntity {

    private String nameAr;

    private String nameEn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity country;

    private boolean chair;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Gender gender;

    private LocalDate termStart;

    private LocalDate termEnd;

    private boolean demo;

    public FundTrusteeEntity() {
    }

    void apply(String nameAr, String nameEn, ParticipantEntity country, boolean chair, Gender gender,
               LocalDate termStart, LocalDate termEnd) {
        this.gender = gender;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.country = country;
        this.chair = chair;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    FundViews.Trustee view() {
        return new FundViews.Trustee(getId(), getVersion(), nameAr, nameEn, FundViews.Country.of(country), chair, gender, termStart, termEnd,
                demo);
    }
}
