package org.tiptracker.trustfund.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.trustfund.GrantStatus;

/** A project of a non-governmental organization and its grant. */
@Entity
@Table(name = "fund_grant")
public class FundGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    private FundCallEntity call;

    @Column(name = "ngo_name", nullable = false)
    private String ngoName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private ParticipantEntity country;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "focus_groups")
    private String focusGroups;

    private String services;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    public FundGrantEntity() {
    }

    public Long getId() { return id; }
    public FundCallEntity getCall() { return call; }
    public void setCall(FundCallEntity call) { this.call = call; }
    public String getNgoName() { return ngoName; }
    public void setNgoName(String ngoName) { this.ngoName = ngoName; }
    public ParticipantEntity getCountry() { return country; }
    public void setCountry(ParticipantEntity country) { this.country = country; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getFocusGroups() { return focusGroups; }
    public void setFocusGroups(String focusGroups) { this.focusGroups = focusGroups; }
    public String getServices() { return services; }
    public void setServices(String services) { this.services = services; }
    public GrantStatus getStatus() { return status; }
    public void setStatus(GrantStatus status) { this.status = status; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public long getVersion() { return version; }
}
