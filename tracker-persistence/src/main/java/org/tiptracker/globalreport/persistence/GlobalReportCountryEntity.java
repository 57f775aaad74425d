package org.tiptracker.globalreport.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CountryAssessment;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.treaty.persistence.ParticipantEntity;

/** One country in one edition: its criminalization status and conviction band. */
@Entity
@Table(name = "global_report_country")
public class GlobalReportCountryEntity extends VersionedEntity {

    private Long editionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private ParticipantEntity participant;

    @Enumerated(EnumType.STRING)
    private CriminalizationStatus criminalization;

    @Enumerated(EnumType.STRING)
    private ConvictionBand convictionBand;

    private boolean demo;

    protected GlobalReportCountryEntity() {
    }

    GlobalReportCountryEntity(Long editionId, ParticipantEntity participant, boolean demo) {
        this.editionId = editionId;
        this.participant = participant;
        this.demo = demo;
    }

    void assess(CountryAssessment assessment) {
        this.criminalization = assessment.status();
        this.convictionBand = assessment.band();
    }

    String describe() {
        return "country=" + participant.getIso3() + "; criminalization=" + criminalization + "; convictions=" + convictionBand;
    }

    GlobalReportViews.Country view() {
        return new GlobalReportViews.Country(getId(), getVersion(), editionId, participant.getIso3(), participant.getNameAr(),
                participant.getNameEn(), participant.getRegionEn(), criminalization, convictionBand, demo);
    }

    String getIso3() { return participant.getIso3(); }
}
