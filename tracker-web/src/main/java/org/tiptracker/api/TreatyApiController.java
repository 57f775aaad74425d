package org.tiptracker.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.ParticipantTreatyStatus;
import org.tiptracker.treaty.PartyChange;
import org.tiptracker.treaty.StatusCalculator;
import org.tiptracker.treaty.StatusKind;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.RequestDates;

/** The read-only JSON API for analysts' scripts. Dates are ISO {@code YYYY-MM-DD}. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Treaty status", description = "Participants, and who is bound by which treaty as of a date")
record TreatyApiController(TreatyRegistry registry, Clock clock) {

    /** A participant, with its current names. */
    record ParticipantJson(String iso3, String m49, String nameAr, String nameEn, String region) {
    }

    /** One participant's status for a treaty. */
    record ParticipantStatusJson(String iso3, String status, LocalDate signature, LocalDate instrumentDate,
                                 String kind, String marker, LocalDate entryIntoForce) {
    }

    /** A treaty's status as of a date. */
    record TreatyStatusJson(String treaty, LocalDate asOf, long parties, long signatories, RecordsJson records,
                            List<ParticipantStatusJson> participants) {
    }

    /**
     * Whether the recorded actions are known to be complete on the date: when {@code complete} is
     * false, the counts are those recorded and may be short of the United Nations'.
     */
    record RecordsJson(boolean complete, LocalDate completeTo, String note) {
        static RecordsJson of(org.tiptracker.treaty.Treaty treaty, LocalDate date) {
            boolean complete = treaty.recordsCompleteOn(date);
            return new RecordsJson(complete, treaty.recordsCompleteTo(), complete ? null
                    : "The recorded actions are complete up to " + treaty.recordsCompleteTo()
                    + "; counts for a later date are those recorded and may be short of the United Nations' counts.");
        }
    }

    /** One change in a period. */
    record ChangeJson(String iso3, String nameAr, String nameEn, LocalDate date, String kind, String marker) {
    }

    /** A treaty's changes in a period, chronological. */
    record ChangesJson(String treaty, LocalDate from, LocalDate to, long partiesAtEnd, RecordsJson records,
                       List<ChangeJson> becameParties) {
    }

    @GetMapping("/participants")
    @Operation(summary = "All participants, in UN Arabic alphabetical order")
    List<ParticipantJson> participants() {
        return registry.snapshot().participants().stream()
                .sorted(Comparator.comparing((Participant p) -> p.currentName().nameAr(), UnArabicOrder.INSTANCE))
                .map(p -> new ParticipantJson(p.iso3(), p.m49(), p.currentName().nameAr(), p.currentName().nameEn(), p.region()))
                .toList();
    }

    @GetMapping("/treaties/{code}/status")
    @Operation(summary = "Who is party or signatory of a treaty as of a date (default today)")
    TreatyStatusJson status(@Parameter(description = "UNTOC, TIP, SOM or FIREARMS") @PathVariable String code,
                            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String asOf) {
        TreatyCode treaty = treaty(code);
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        StatusCalculator calculator = snapshot.calculator();
        List<ParticipantStatusJson> rows = snapshot.participants().stream()
                .map(p -> calculator.status(p.iso3(), treaty, date))
                .map(TreatyApiController::json)
                .toList();
        return new TreatyStatusJson(treaty.name(), date, calculator.partyCount(treaty, date),
                calculator.signatoryCount(treaty, date), RecordsJson.of(snapshot.treaty(treaty), date), rows);
    }

    @GetMapping("/treaties/{code}/changes")
    @Operation(summary = "Who became party of a treaty in a period, in chronological order")
    ChangesJson changes(@PathVariable String code, @Parameter(description = "YYYY-MM-DD") @RequestParam String from,
                        @Parameter(description = "YYYY-MM-DD, default today") @RequestParam(required = false) String to) {
        TreatyCode treaty = treaty(code);
        LocalDate start = RequestDates.parse("from", from, null);
        if (start == null) {
            throw new DomainException("input.date.invalid", new org.tiptracker.web.ParameterName("from"), "");
        }
        LocalDate end = RequestDates.parse("to", to, LocalDate.now(clock));
        RequestDates.requireOrder(start, end);
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        List<ChangeJson> changes = snapshot.calculator().becameParties(treaty, start, end).stream()
                .map(change -> change(snapshot, change, end))
                .toList();
        return new ChangesJson(treaty.name(), start, end, snapshot.calculator().partyCount(treaty, end),
                RecordsJson.of(snapshot.treaty(treaty), end), changes);
    }

    private static ChangeJson change(TreatyRegistry.Snapshot snapshot, PartyChange change, LocalDate end) {
        ParticipantName name = snapshot.participant(change.iso3()).map(p -> p.nameOn(end)).orElse(null);
        return new ChangeJson(change.iso3(), name == null ? null : name.nameAr(), name == null ? null : name.nameEn(),
                change.date(), kind(change.kind()), change.kind().marker());
    }

    private static ParticipantStatusJson json(ParticipantTreatyStatus status) {
        return new ParticipantStatusJson(status.iso3(), status.kind() == StatusKind.SIGNATORY ? "signatory"
                : status.kind().name().toLowerCase(java.util.Locale.ROOT), status.signature(), status.instrumentDate(),
                kind(status.instrumentKind()), status.marker(), status.entryIntoForce());
    }

    private static String kind(ActionKind kind) {
        return kind == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static TreatyCode treaty(String code) {
        return org.tiptracker.web.RequestTreaties.parse(code);
    }
}
