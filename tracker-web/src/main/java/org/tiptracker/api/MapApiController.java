package org.tiptracker.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.TreatyMap;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.RequestDates;

/** The map's data: every participant's status towards a treaty on a date. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Map", description = "Who is party to what, participant by participant, for a world map")
record MapApiController(TreatyRegistry registry, Clock clock) {

    record MapParticipantJson(String m49, String iso3, String nameAr, String nameEn, String status, LocalDate date) {
    }

    record MapJson(String treaty, LocalDate asOf, List<MapParticipantJson> participants) {
    }

    @GetMapping("/map/{treaty}")
    @Operation(summary = "Every participant's status (party, signatory, none) towards a treaty on a date",
            description = "Names as they were on the date; `date` is the deposit of the instrument for a party and the "
                    + "signature for a signatory. The European Union has no M49 code (`m49` null).")
    MapJson map(@Parameter(description = "UNTOC, TIP, SOM or FIREARMS") @PathVariable String treaty,
                @Parameter(description = "YYYY-MM-DD, default today") @RequestParam(required = false) String asOf) {
        TreatyCode code = org.tiptracker.web.RequestTreaties.parse(treaty);
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        TreatyMap map = TreatyMap.of(snapshot.participants(), snapshot.calculator(), code, date);
        return new MapJson(code.name(), date, map.rows().stream().map(r -> new MapParticipantJson(r.m49(), r.iso3(),
                r.nameAr(), r.nameEn(), r.status().name().toLowerCase(Locale.ROOT), r.date())).toList());
    }
}
