package org.tiptracker.agency;

import java.time.LocalDate;

import org.tiptracker.common.DomainException;

/**
 * ICAT's records as they must be, whatever else is recorded: a chair or a paper of a year since
 * ICAT began (2006), a membership as a member or a formal partner from a known date to a later
 * one (or open), a paper titled in both languages with a status. Whether the agency exists and
 * whether periods overlap is asked of the records.
 */
public final class IcatRules {

    public static final int FIRST_YEAR = 2006;
    public static final int LAST_YEAR = 2100;
    public static final String MEMBER = "MEMBER";
    public static final String PARTNER = "PARTNER";

    private IcatRules() {
    }

    public static void checkChair(int year) {
        if (!isYear(year)) {
            throw new DomainException("icat.chair.year.invalid");
        }
    }

    public static void checkMembership(String role, LocalDate from, LocalDate until) {
        if (!MEMBER.equals(role) && !PARTNER.equals(role)) {
            throw new DomainException("icat.member.role.invalid");
        }
        if (from == null) {
            throw new DomainException("icat.member.from.required");
        }
        if (until != null && until.isBefore(from)) {
            throw new DomainException("icat.member.period.order");
        }
    }

    public static void checkPaper(String titleAr, String titleEn, Integer year, PaperStatus status) {
        if (titleAr == null || titleAr.isBlank()) {
            throw new DomainException("icat.paper.titleAr.required");
        }
        if (titleEn == null || titleEn.isBlank()) {
            throw new DomainException("icat.paper.titleEn.required");
        }
        if (year == null || !isYear(year)) {
            throw new DomainException("icat.paper.year.invalid");
        }
        if (status == null) {
            throw new DomainException("icat.paper.status.required");
        }
    }

    private static boolean isYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
