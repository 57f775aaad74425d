package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A call for proposals: its year, title and the window in which proposals were received. */
@Entity
@Table(name = "fund_call")
public class FundCallEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(name = "title_ar", nullable = false)
    private String titleAr;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    public FundCallEntity() {
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public long getVersion() { return version; }
}
