package org.tiptracker.treaty.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.tiptracker.common.DomainException;
import org.tiptracker.common.Regions;
import org.tiptracker.treaty.StatusKind;
import org.tiptracker.treaty.TreatyCode;

/**
 * The status table's question: as of which date, which region, which treaty status, which name.
 * A status filter ({@code party}, {@code signatory}, {@code none}) applies to one treaty
 * (the Trafficking in Persons Protocol when none is chosen).
 */
public record StatusFilter(LocalDate asOf, String region, TreatyCode treaty, StatusKind state, String query) {

    static final int MAX_QUERY = 100;

    public static StatusFilter of(LocalDate asOf, String region, String treaty, String state, String query) {
        TreatyCode code = null;
        if (treaty != null && !treaty.isBlank()) {
            code = TreatyCode.parse(treaty).orElseThrow(() -> new DomainException("input.treaty.unknown", abbreviate(treaty)));
        }
        StatusKind kind = null;
        if (state != null && !state.isBlank()) {
            kind = switch (state.trim().toLowerCase(Locale.ROOT)) {
                case "party" -> StatusKind.PARTY;
                case "signatory" -> StatusKind.SIGNATORY;
                case "none" -> StatusKind.NONE;
                default -> throw new DomainException("input.state.unknown", abbreviate(state));
            };
            if (code == null) {
                code = TreatyCode.TIP;
            }
        }
        String cleanRegion = null;
        if (region != null && !region.isBlank()) {
            cleanRegion = Regions.parse(region).orElseThrow(() -> new DomainException("input.region.unknown",
                    abbreviate(region.strip())));
        }
        String cleanQuery = query == null || query.isBlank() ? null : query.strip();
        if (cleanQuery != null && cleanQuery.length() > MAX_QUERY) {
            throw new DomainException("input.query.tooLong", MAX_QUERY);
        }
        return new StatusFilter(asOf, cleanRegion, code, kind, cleanQuery);
    }

    public Optional<String> stateParam() {
        return Optional.ofNullable(state).map(s -> s.name().equals("SIGNATORY") ? "signatory" : s.name().toLowerCase(Locale.ROOT));
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
