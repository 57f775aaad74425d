package org.tiptracker.awareness.persistence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A count of Blue Heart countries as a document reports it on its date (reference data). */
@Entity
@Table(name = "blue_heart_reported_count")
public class BlueHeartReportedCountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long getId() { return id; }
    public LocalDate getAsOf() { return asOf; }
    public int getCountryCount() { return countryCount; }
    public String getSource() { return source; }
    public String getQuoteAr() { return quoteAr; }

    AwarenessViews.Reported view() {
        return new AwarenessViews.Reported(asOf, countryCount, source, quoteAr);
    }
}
