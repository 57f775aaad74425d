package org.tiptracker.trustfund.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.DonorKind;

/** A donor to the Trust Fund: a member state (its participant) or a private donor (its name). */
@Entity
@Table(name = "fund_donor")
public class FundDonorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DonorKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    private String name;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected FundDonorEntity() {
    }

    public FundDonorEntity(DonorKind kind) {
        this.kind = kind;
    }

    public Long getId() { return id; }
    public DonorKind getKind() { return kind; }
    public void setKind(DonorKind kind) { this.kind = kind; }
    public ParticipantEntity getParticipant() { return participant; }
    public void setParticipant(ParticipantEntity participant) { this.participant = participant; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public long getVersion() { return version; }

    /** The donor's name in Arabic or English: the state's name, or the private donor's name as recorded. */
    public String displayName(boolean english) {
        if (participant != null) {
            return english ? participant.getNameEn() : participant.getNameAr();
        }
        return name;
    }
}
