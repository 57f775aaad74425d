package org.tiptracker.agency.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.persistence.ActivityCriteria;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.reporting.MeasureHeading;

/**
 * The browser's filters as given in the address. A value that is not known (an unknown agency, a
 * year that is not a number) is dropped and reported, never an error page.
 */
record ActivityFilter(String agency, String year, String country, String region, String heading, String kind, String q,
                      int page, List<Ignored> ignored) {

    static final int MAX_QUERY = 200;

    /** A dropped value: the filter's label key and what was given. */
    record Ignored(String field, String value) {
    }

    static ActivityFilter of(Map<String, String> params, Set<String> agencies, Set<String> countries) {
        List<Ignored> ignored = new ArrayList<>();
        String agency = blank(params.get("agency"));
        if (agency != null) {
            String given = agency;
            agency = agencies.stream().filter(a -> a.equalsIgnoreCase(given)).findFirst().orElse(null);
            if (agency == null) {
                ignored.add(new Ignored("activity.filter.agency", given));
            }
        }
        String year = blank(params.get("year"));
        if (year != null) {
            String digits = UnArabic.westernDigits(year);
            if (!digits.matches("\\d{4}") || Integer.parseInt(digits) < 1945 || Integer.parseInt(digits) > 2100) {
                ignored.add(new Ignored("activity.filter.year", year));
                year = null;
            } else {
                year = digits;
            }
        }
        String country = blank(params.get("country"));
        if (country != null) {
            String upper = country.toUpperCase(Locale.ROOT);
            if (!countries.contains(upper)) {
                ignored.add(new Ignored("activity.filter.country", country));
                country = null;
            } else {
                country = upper;
            }
        }
        String region = known(params.get("region"), ActivityRegion.class, "activity.filter.region", ignored);
        String heading = known(params.get("heading"), MeasureHeading.class, "activity.filter.heading", ignored);
        String kind = known(params.get("kind"), ActivityKind.class, "activity.filter.kind", ignored);
        String q = blank(params.get("q"));
        if (q != null && q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        int page = 1;
        String givenPage = blank(params.get("page"));
        if (givenPage != null) {
            String digits = UnArabic.westernDigits(givenPage);
            if (digits.matches("\\d{1,6}") && Integer.parseInt(digits) >= 1) {
                page = Integer.parseInt(digits);
            } else {
                ignored.add(new Ignored("activity.filter.page", givenPage));
            }
        }
        return new ActivityFilter(agency, year, country, region, heading, kind, q, page, ignored);
    }

    ActivityCriteria criteria() {
        return new ActivityCriteria(agency, year == null ? null : Integer.valueOf(year), country,
                region == null ? null : ActivityRegion.valueOf(region), heading == null ? null : MeasureHeading.valueOf(heading),
                kind == null ? null : ActivityKind.valueOf(kind), q);
    }

    /** The address of this selection at {@code path}; page 0 leaves the page out. */
    String url(String path, int toPage) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("agency", agency);
        values.put("year", year);
        values.put("country", country);
        values.put("region", region);
        values.put("heading", heading);
        values.put("kind", kind);
        values.put("q", q);
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        values.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        if (toPage > 1) {
            builder.queryParam("page", toPage);
        }
        return builder.build().encode().toUriString();
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type, String field, List<Ignored> ignored) {
        String given = blank(value);
        if (given == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(given)) {
                return constant.name();
            }
        }
        ignored.add(new Ignored(field, given));
        return null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
