package org.tiptracker.globalreport;

import java.time.Year;
import java.util.Locale;

import org.tiptracker.common.DomainException;

/**
 * The rules of a Global Report edition and of a country row that need no stored record: the
 * years an edition may carry (the first edition is of 2009, other dates from 1990, none later
 * than next year), months, periods in order, the number of countries, a source; a row names a
 * country and its status. That no two editions share a year, and that a country appears once
 * in an edition, the service checks against the database.
 */
public final class GlobalReportRules {

    /** The first edition of the Global Report is of 2009. */
    public static final int FIRST_YEAR = 2009;
    /** No other year an edition gives (publication, data, review, convictions) is before 1990. */
    public static final int EARLIEST_OTHER_YEAR = 1990;
    public static final int MAX_EDITION_NUMBER = 100;
    public static final int MAX_COUNTRIES = 250;

    private GlobalReportRules() {
    }

    /** The edition's year: from the first edition to next year ({@code currentYear + 1}). */
    public static int editionYear(Integer year, int currentYear) {
        int latest = currentYear + 1;
        if (year == null || year < FIRST_YEAR || year > latest) {
            throw new DomainException("globalreport.year.range", Year.of(FIRST_YEAR), Year.of(latest));
        }
        return year;
    }

    /**
     * Every fact of an edition but its year, in the order a form reports them: the number, the
     * other years, the months, a month without its year, the review's year without its month
     * (or the reverse), periods that end before they start, the number of countries, the source.
     */
    public static void facts(EditionFacts e, int currentYear) {
        int latest = currentYear + 1;
        if (e.editionNumber() != null && (e.editionNumber() < 1 || e.editionNumber() > MAX_EDITION_NUMBER)) {
            throw new DomainException("globalreport.editionNumber.range");
        }
        for (Integer year : new Integer[] {e.publishedYear(), e.dataFromYear(), e.dataToYear(), e.legislationYear(),
                e.convictionsFromYear(), e.convictionsToYear()}) {
            if (year != null && (year < EARLIEST_OTHER_YEAR || year > latest)) {
                throw new DomainException("globalreport.otherYear.range", Year.of(EARLIEST_OTHER_YEAR), Year.of(latest));
            }
        }
        for (Integer month : new Integer[] {e.publishedMonth(), e.legislationMonth()}) {
            if (month != null && (month < 1 || month > 12)) {
                throw new DomainException("globalreport.month.range");
            }
        }
        if (e.publishedMonth() != null && e.publishedYear() == null) {
            throw new DomainException("globalreport.published.monthWithoutYear");
        }
        if ((e.legislationYear() == null) != (e.legislationMonth() == null)) {
            throw new DomainException("globalreport.legislation.incomplete");
        }
        inOrder(e.dataFromYear(), e.dataToYear(), "globalreport.dataPeriod.order");
        inOrder(e.convictionsFromYear(), e.convictionsToYear(), "globalreport.convictions.order");
        if (e.countriesCovered() != null && (e.countriesCovered() < 1 || e.countriesCovered() > MAX_COUNTRIES)) {
            throw new DomainException("globalreport.countriesCovered.range");
        }
        if (e.source() == null || e.source().isBlank()) {
            throw new DomainException("globalreport.source.required");
        }
    }

    /** A row's country, as its ISO code in capitals without surrounding spaces. */
    public static String countryCode(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            throw new DomainException("globalreport.country.required");
        }
        return iso3.strip().toUpperCase(Locale.ROOT);
    }

    /** A row says the country's criminalization status (its conviction band may be unknown). */
    public static CountryAssessment assessment(CriminalizationStatus status, ConvictionBand band) {
        if (status == null) {
            throw new DomainException("globalreport.country.status.required");
        }
        return new CountryAssessment(status, band);
    }

    private static void inOrder(Integer from, Integer to, String key) {
        if (from != null && to != null && from > to) {
            throw new DomainException(key);
        }
    }
}
