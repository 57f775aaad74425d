package org.tiptracker.treaty.untc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tiptracker.common.DomainException;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.TreatyRules;

/**
 * What a UNTC file ({@link UntcFile}) would record for one treaty, row by row, against the
 * actions already recorded: a signature and an instrument per participant, dates such as
 * {@code 14 Dec 2000}, {@code 14 December 2000} or {@code 2000-12-14}, the instrument's date
 * followed by its UNTC marker ({@code A}, {@code AA}, {@code a}, {@code d}; none for
 * ratification). A recorded action is never changed: a different date is a conflict. Each new
 * action must pass {@link TreatyRules} with what is recorded and what the row adds before it.
 * Only dates and kinds are taken; no cell text is kept.
 */
public final class UntcImport {

    /** The longest reason accepted. */
    public static final int MAX_REASON = 2000;

    private static final Pattern CELL = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4})(?:\\s*(.*))?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Map<String, Month> MONTHS = months();

    private UntcImport() {
    }

    /** The treaty and the reason every import needs. */
    public static void checkRequest(TreatyCode treaty, String reason) {
        if (treaty == null) {
            throw new DomainException("import.treaty.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("import.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException("import.reason.tooLong", MAX_REASON);
        }
    }

    /**
     * The rows of the file, each with what it would record or why not.
     *
     * @param records  the file's records, header first ({@link UntcFile#records})
     * @param recorded the actions recorded now, by participant
     * @throws DomainException {@code import.file.noRows} when the file has no row under its header
     */
    public static ActionImportPreview evaluate(List<List<String>> records, TreatyCode treaty, ParticipantNames names,
                                               Map<String, List<TreatyAction>> recorded, LocalDate today) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<ActionImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (!UntcFile.blank(record)) {
                rows.add(row(record, i + 1, treaty, names, recorded, firstRow, today));
            }
        }
        if (rows.isEmpty()) {
            throw new DomainException("import.file.noRows");
        }
        return new ActionImportPreview(treaty, rows);
    }

    private static ActionImportRow row(List<String> record, int rowNumber, TreatyCode treaty, ParticipantNames names,
                                       Map<String, List<TreatyAction>> recorded, Map<String, Integer> firstRow,
                                       LocalDate today) {
        String participantCell = cell(record, 0);
        String signatureCell = cell(record, 1);
        String instrumentCell = cell(record, 2);
        List<ActionImportOutcome> outcomes = new ArrayList<>();
        for (String value : record) {
            if (SpreadsheetText.looksLikeFormula(value)) {
                outcomes.add(ActionImportOutcome.error(null, null, "import.row.formula", value.strip()));
                return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
            }
        }
        int filled = 0;
        for (int c = 0; c < record.size(); c++) {
            if (!record.get(c).isBlank()) {
                filled = c + 1;
            }
        }
        if (filled > UntcFile.HEADER.size()) {
            outcomes.add(ActionImportOutcome.error(null, null, "import.row.columns", filled, UntcFile.HEADER.size()));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
        }
        if (participantCell.isBlank()) {
            outcomes.add(ActionImportOutcome.error(null, null, "import.row.participant.missing"));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
        }
        String iso3 = names.resolve(participantCell);
        if (iso3 == null) {
            outcomes.add(ActionImportOutcome.error(null, null, "import.row.participant.unknown", participantCell.strip()));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
        }
        Integer earlier = firstRow.putIfAbsent(iso3, rowNumber);
        if (earlier != null) {
            outcomes.add(ActionImportOutcome.error(null, null, "import.row.participant.duplicate", earlier));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, iso3, outcomes);
        }
        if (signatureCell.isBlank() && instrumentCell.isBlank()) {
            outcomes.add(ActionImportOutcome.error(null, null, "import.row.empty"));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, iso3, outcomes);
        }
        List<TreatyAction> context = new ArrayList<>(recorded.getOrDefault(iso3, List.of()));
        if (!signatureCell.isBlank()) {
            ActionImportOutcome signature = signature(signatureCell, iso3, treaty, context, today);
            outcomes.add(signature);
            if (signature.isNew()) {
                context.add(TreatyAction.of(iso3, treaty, ActionKind.SIGNATURE, signature.date()));
            }
        }
        if (!instrumentCell.isBlank()) {
            outcomes.add(instrument(instrumentCell, iso3, treaty, context, today));
        }
        return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, iso3, outcomes);
    }

    private static ActionImportOutcome signature(String cell, String iso3, TreatyCode treaty,
                                                 List<TreatyAction> context, LocalDate today) {
        Matcher m = CELL.matcher(UntcFile.normalizeSpaces(cell));
        if (!m.matches() || (m.group(2) != null && !m.group(2).isBlank())) {
            return ActionImportOutcome.error(ActionKind.SIGNATURE, null, "import.row.date.malformed", cell.strip());
        }
        ParsedDate parsed = date(m.group(1));
        if (parsed.error() != null) {
            return ActionImportOutcome.error(ActionKind.SIGNATURE, null, parsed.error(), cell.strip());
        }
        LocalDate date = parsed.date();
        Optional<TreatyAction> existing = context.stream()
                .filter(a -> a.treaty() == treaty && a.kind() == ActionKind.SIGNATURE)
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().date().equals(date)
                    ? ActionImportOutcome.unchanged(ActionKind.SIGNATURE, date)
                    : ActionImportOutcome.error(ActionKind.SIGNATURE, date, "import.row.conflict",
                    ActionKind.SIGNATURE, existing.get().date(), ActionKind.SIGNATURE, date);
        }
        return checked(TreatyAction.of(iso3, treaty, ActionKind.SIGNATURE, date), context, today);
    }

    private static ActionImportOutcome instrument(String cell, String iso3, TreatyCode treaty,
                                                  List<TreatyAction> context, LocalDate today) {
        Matcher m = CELL.matcher(UntcFile.normalizeSpaces(cell));
        if (!m.matches()) {
            return ActionImportOutcome.error(null, null, "import.row.date.malformed", cell.strip());
        }
        ParsedDate parsed = date(m.group(1));
        if (parsed.error() != null) {
            return ActionImportOutcome.error(null, null, parsed.error(), m.group(1));
        }
        String marker = m.group(2) == null ? "" : m.group(2);
        Optional<ActionKind> kind = ActionKind.fromMarker(marker);
        if (kind.isEmpty()) {
            return ActionImportOutcome.error(null, parsed.date(), "import.row.marker.unknown", marker.strip());
        }
        LocalDate date = parsed.date();
        List<TreatyAction> instruments = context.stream()
                .filter(a -> a.treaty() == treaty && a.kind().isInstrument())
                .sorted(Comparator.comparing(TreatyAction::date))
                .toList();
        if (instruments.stream().anyMatch(a -> a.kind() == kind.get() && a.date().equals(date))) {
            return ActionImportOutcome.unchanged(kind.get(), date);
        }
        if (!instruments.isEmpty()) {
            TreatyAction other = instruments.stream().filter(a -> a.date().equals(date)).findFirst()
                    .orElse(instruments.get(instruments.size() - 1));
            return ActionImportOutcome.error(kind.get(), date, "import.row.conflict",
                    other.kind(), other.date(), kind.get(), date);
        }
        return checked(TreatyAction.of(iso3, treaty, kind.get(), date), context, today);
    }

    private static ActionImportOutcome checked(TreatyAction candidate, List<TreatyAction> context, LocalDate today) {
        try {
            TreatyRules.check(candidate, context, today);
            return ActionImportOutcome.newAction(candidate.kind(), candidate.date());
        } catch (DomainException violation) {
            return ActionImportOutcome.error(candidate.kind(), candidate.date(), violation);
        }
    }

    private record ParsedDate(LocalDate date, String error) {
    }

    /** A date as UNTC prints it ({@code 14 Dec 2000}), in full ({@code 14 December 2000}) or ISO ({@code 2000-12-14}). */
    private static ParsedDate date(String text) {
        int year;
        int month;
        int day;
        Matcher iso = ISO_DATE.matcher(text);
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (dmy.matches()) {
            Month named = MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT));
            if (named == null) {
                return new ParsedDate(null, "import.row.date.malformed");
            }
            year = Integer.parseInt(dmy.group(3));
            month = named.getValue();
            day = Integer.parseInt(dmy.group(1));
        } else {
            return new ParsedDate(null, "import.row.date.malformed");
        }
        try {
            return new ParsedDate(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new ParsedDate(null, "import.row.date.impossible");
        }
    }

    private static Map<String, Month> months() {
        Map<String, Month> out = new HashMap<>();
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            out.put(full, m);
            out.put(full.substring(0, 3), m);
        }
        out.put("sept", Month.SEPTEMBER);
        return Map.copyOf(out);
    }

    private static String cell(List<String> record, int index) {
        return index < record.size() && record.get(index) != null ? record.get(index) : "";
    }
}
