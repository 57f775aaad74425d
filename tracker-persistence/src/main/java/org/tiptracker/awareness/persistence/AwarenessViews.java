package org.tiptracker.awareness.persistence;

import java.time.LocalDate;

import org.tiptracker.awareness.BlueHeartAdoption;

/** World Day themes and Blue Heart rows as {@link AwarenessService} gives them. */
public final class AwarenessViews {

    private AwarenessViews() {
    }

    /** {@code themeArIsFocus}: the Arabic describes the year's focus as its source words it, not the campaign's theme. */
    public record Theme(long id, long version, int year, String themeAr, String themeEn, boolean themeArIsFocus, String source,
                        boolean demo) {
    }

    /** A participant as an adoption names it. */
    public record Country(String iso3, String nameAr, String nameEn) {

        public String name(boolean english) {
            return english ? nameEn : nameAr;
        }
    }

    /** A country's adoption of the campaign: its year, or a date by which it had adopted. */
    public record Adoption(long id, long version, Country participant, Integer adoptedYear, LocalDate knownBy,
                           String source, boolean demo) {

        public BlueHeartAdoption adoption() {
            return new BlueHeartAdoption(adoptedYear, knownBy);
        }
    }

    /** A count of countries a document reported, with its date and source. */
    public record Reported(LocalDate asOf, int countryCount, String source, String quoteAr) {
    }
}
