package org.tiptracker.awareness.persistence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.IdentifiedEntity;

/** A count of Blue Heart countries as a document reports it on its date (reference data). */
@Entity
@Table(name = "blue_heart_reported_count")
public class BlueHeartReportedCountEntity extends IdentifiedEntity {

    private LocalDate asOf;

    private int countryCount;

    private String source;

    private String quoteAr;

    protected BlueHeartReportedCountEntity() {
    }

    public BlueHeartReportedCountEntity(LocalDate asOf, int countryCount, String source, String quoteAr) {
        this.asOf = asOf;
        this.countryCount = countryCount;
        this.source = source;
        this.quoteAr = quoteAr;
    }

    AwarenessViews.Reported view() {
        return new AwarenessViews.Reported(asOf, countryCount, source, quoteAr);
    }
}
