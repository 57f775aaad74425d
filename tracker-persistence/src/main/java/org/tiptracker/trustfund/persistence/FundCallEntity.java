package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;

/** A call for proposals: its year, title and the window in which proposals were received. */
@Entity
@Table(name = "fund_call")
public class FundCallEntity extends VersionedEntity {

    private int year;

    private String titleAr;

    private String titleEn;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private boolean demo;

    public FundCallEntity() {
    }

    void apply(int year, String titleAr, String titleEn, LocalDate opensOn, LocalDate closesOn) {
        this.year = year;
        this.titleAr = titleAr;
        this.titleEn = titleEn;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    FundViews.Call view() {
        return new FundViews.Call(getId(), getVersion(), year, titleAr, titleEn, opensOn, closesOn, demo);
    }
}
