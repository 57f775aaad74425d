package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

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

    private int year;

    private String titleAr;

    private String titleEn;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private boolean demo;

    @Version
    private long version;

    public FundCallEntity() {
    }

    Long getId() { return id; }
    long getVersion() { return version; }

    void apply(int year, String titleAr, String titleEn, LocalDate opensOn, LocalDate closesOn) {
        this.year = year;
        this.titleAr = titleAr;
        this.titleEn = titleEn;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    FundViews.Call view() {
        return new FundViews.Call(id, version, year, titleAr, titleEn, opensOn, closesOn, demo);
    }
}
