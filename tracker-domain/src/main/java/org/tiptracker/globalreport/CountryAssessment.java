package org.tiptracker.globalreport;

import java.util.Objects;

/**
 * One country in one edition: its criminalization status and its conviction band ({@code null}
 * when the edition gives none for it).
 */
public record CountryAssessment(CriminalizationStatus status, ConvictionBand band) {

    public CountryAssessment {
        Objects.requireNonNull(status, "status");
    }
}
