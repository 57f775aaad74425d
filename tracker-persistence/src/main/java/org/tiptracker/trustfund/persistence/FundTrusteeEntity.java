package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tiptracker.treaty.persistence.ParticipantEntity;

/** A member of the Board of Trustees: name, country, whether chair, and the term. */
@Entity
@Table(name = "fund_trustee")
public class FundTrusteeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "name_en")
    private String nameEn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity country;

    @Column(nullable = false)
    private boolean chair;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    public FundTrusteeEntity() {
    }

    public Long getId() { return id; }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String nameAr) { this.nameAr = nameAr; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public ParticipantEntity getCountry() { return country; }
    public void setCountry(ParticipantEntity country) { this.country = country; }
    public boolean isChair() { return chair; }
    public void setChair(boolean chair) { this.chair = chair; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public long getVersion() { return version; }
}
