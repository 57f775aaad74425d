package org.tiptracker.awareness;

import java.time.LocalDate;
import java.time.Year;

import org.tiptracker.common.DomainException;

/**
 * The rules of a World Day theme and of a Blue Heart adoption that need no stored record: the
 * years they may carry (the World Day from 2014, the campaign from 2010) and what each must say.
 */
public final class AwarenessRules {

    /** The World Day is observed from 2014 (GA resolution 68/192). */
    public static final int FIRST_WORLD_DAY = 2014;
    /** The Blue Heart campaign was launched in 2010. */
    public static final int BLUE_HEART_LAUNCHED = 2010;

    private AwarenessRules() {
    }

    /** A theme's year: from the first World Day to next year ({@code currentYear + 1}). */
    public static int themeYear(Integer year, int currentYear) {
        int latest = currentYear + 1;
        if (year == null || year < FIRST_WORLD_DAY || year > latest) {
            throw new DomainException("awareness.theme.year.range", Year.of(FIRST_WORLD_DAY), Year.of(latest));
        }
        return year;
    }

    /** A theme says itself in Arabic. */
    public static void themeInArabic(String themeAr) {
        if (themeAr == null || themeAr.isBlank()) {
            throw new DomainException("awareness.theme.ar.required");
        }
    }

    /**
     * An adoption's year or the date by which it had happened (at least one), neither before the
     * campaign nor in the future, the date not before the year.
     */
    public static void adoptionWhen(Integer year, LocalDate knownBy, LocalDate today) {
        if (year == null && knownBy == null) {
            throw new DomainException("awareness.adoption.when.required");
        }
        if (year != null && (year < BLUE_HEART_LAUNCHED || year > today.getYear())) {
            throw new DomainException("awareness.adoption.year.range", Year.of(BLUE_HEART_LAUNCHED), Year.of(today.getYear()));
        }
        if (knownBy != null && (knownBy.getYear() < BLUE_HEART_LAUNCHED || knownBy.isAfter(today))) {
            throw new DomainException("awareness.adoption.knownBy.range", Year.of(BLUE_HEART_LAUNCHED));
        }
        if (year != null && knownBy != null && knownBy.getYear() < year) {
            throw new DomainException("awareness.adoption.knownBy.beforeYear");
        }
    }
}
