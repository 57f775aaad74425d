package org.tiptracker.globalreport.persistence;

import java.math.BigDecimal;

import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CountryAssessment;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.globalreport.EditionFacts;

/** Global Report editions, their findings and country rows as {@link GlobalReportService} gives them. */
public final class GlobalReportViews {

    private GlobalReportViews() {
    }

    /** An edition with the facts the documents state about it. */
    public record Edition(long id, long version, Integer year, Integer editionNumber, Integer publishedYear,
                          Integer publishedMonth, Integer dataFromYear, Integer dataToYear, Integer countriesCovered,
                          Integer legislationYear, Integer legislationMonth, Integer convictionsFromYear,
                          Integer convictionsToYear, String source, boolean demo) implements EditionFacts {
    }

    /**
     * A headline finding as a document states it: a count, a percentage or "one in n"
     * ({@code ONE_IN}), its qualifier (exact, about, at least), its source and words.
     */
    public record Finding(String kind, BigDecimal amount, String unit, String qualifier, String source, String quoteAr) {
    }

    /** One country in one edition, with the participant's names and region (English, null when none). */
    public record Country(long id, long version, long editionId, String iso3, String nameAr, String nameEn,
                          String regionEn, CriminalizationStatus status, ConvictionBand band, boolean demo) {

        public String name(boolean english) {
            return english ? nameEn : nameAr;
        }

        public CountryAssessment assessment() {
            return new CountryAssessment(status, band);
        }
    }
}
