package org.tiptracker.globalreport.web;

import java.util.Arrays;
import java.util.List;

import org.tiptracker.common.DomainException;
import org.tiptracker.globalreport.CriminalizationStatus;

/** The country table's filters (null: any), each checked against its choices (anything else is refused with a message). */
record CountryFilter(String status, String band, String region) {

    static final List<String> REGION_CHOICES = List.of("Africa", "Americas", "Asia", "Europe", "Oceania", "none");
    static final List<String> BANDS = List.of("NONE", "UNDER_10", "TEN_OR_MORE", "UNKNOWN");
    private static final List<String> STATUSES = Arrays.stream(CriminalizationStatus.values()).map(Enum::name).toList();

    static CountryFilter of(String status, String band, String region) {
        return new CountryFilter(choice(status, STATUSES, "status"), choice(band, BANDS, "band"),
                choice(region, REGION_CHOICES, "region"));
    }

    List<GlobalReportView.CountryRow> apply(List<GlobalReportView.CountryRow> rows) {
        return rows.stream()
                .filter(r -> status == null || r.status().equals(status))
                .filter(r -> band == null || r.band().equals(band))
                .filter(r -> region == null || r.region().equals(region))
                .toList();
    }

    private static String choice(String value, List<String> allowed, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new DomainException("globalreport.filter.invalid", name);
        }
        return value;
    }
}
