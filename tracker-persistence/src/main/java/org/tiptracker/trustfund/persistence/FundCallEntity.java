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

    /** Takes the call's facts from a command the service has checked (its year set, its titles trimmed). */
    void apply(FundCommands.Call checked) {
        this.year = checked.year();
        this.titleAr = checked.titleAr();
        this.titleEn = checked.titleEn();
        this.opensOn = checked.opensOn();
        this.closesOn = checked.closesOn();
    }

    FundViews.Call view() {
        return new FundViews.Call(getId(), getVersion(), year, titleAr, titleEn, opensOn, closesOn, demo);
    }
}
