package org.tiptracker.treaty.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
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
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.TreatyRules;

/**
 * Imports the treaty actions of one treaty from a CSV file in the layout of the UN Treaty
 * Collection's status table: {@code Participant}, {@code Signature} and
 * {@code Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)}, dates such as
 * {@code 14 Dec 2000}, {@code 14 December 2000} or {@code 2000-12-14}, the instrument's date
 * followed by its UNTC marker ({@code A}, {@code AA}, {@code a}, {@code d}; none for ratification).
 * <p>
 * {@link #preview} tells, row by row, what the file would record; {@link #apply} checks the file
 * again and records all its new actions in one transaction, or nothing if any row is wrong.
 * Recorded actions are never changed by an import: a different date in the file is reported as
 * a conflict. Only dates and kinds are taken from the file; no cell text is ever stored.
 */
@Service
public class ActionImportService {

    /** The largest file accepted, in bytes (1 MB). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most rows (besides the header) accepted in one file. */
    public static final int MAX_ROWS = 5000;
    /** The longest reason accepted. */
    public static final int MAX_REASON = 2000;
    /** The operation of the audit entries an import writes. */
    public static final String OPERATION = "IMPORT";
    /** The source recorded with each imported action. */
    public static final String SOURCE = "CSV import (UN Treaty Collection layout)";

    static final List<String> HEADER = List.of("Participant", "Signature",
            "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)");

    private static final Pattern CELL = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4})(?:\\s*(.*))?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Map<String, Month> MONTHS = months();
    /** Prefix of the ISO3 entries of the name index; no name starts with a NUL character. */
    private static final String CODE_PREFIX = "\u0000iso3:";

    private final ParticipantRepository participants;
    private final TreatyActionRepository actions;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Map<String, String> nameVariants;

    public ActionImportService(ParticipantRepository participants, TreatyActionRepository actions, AuditTrail audit, Clock clock) {
        this.participants = participants;
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the file would record, row by row; records nothing.
     *
     * @throws DomainException when the file as a whole is refused (empty, too large, too many rows,
     *         not UTF-8, not CSV, not the UNTC layout) or the treaty or the reason is missing
     */
    @Transactional(readOnly = true)
    public ActionImportPreview preview(byte[] content, TreatyCode treaty, String reason) {
        return evaluate(content, treaty, reason, participantsByIso3());
    }

    /**
     * Checks the file again and records all its new actions, each with an audit entry, in one
     * transaction: nothing is recorded unless every row is valid.
     *
     * @return the number of actions recorded
     * @throws DomainException {@code import.invalid} when a row has an error, {@code import.nothingNew}
     *         when every row is already recorded, or any refusal of {@link #preview}
     */
    @Transactional
    public int apply(byte[] content, TreatyCode treaty, String reason, String user) {
        Map<String, ParticipantEntity> byIso3 = participantsByIso3();
        ActionImportPreview preview = evaluate(content, treaty, reason, byIso3);
        if (!preview.valid()) {
            throw new DomainException("import.invalid", preview.errorRows());
        }
        if (preview.newActions() == 0) {
            throw new DomainException("import.nothingNew");
        }
        int recorded = 0;
        for (ActionImportRow row : preview.rows()) {
            for (ActionImportOutcome outcome : row.outcomes()) {
                if (!outcome.isNew()) {
                    continue;
                }
                TreatyActionEntity saved = actions.saveAndFlush(new TreatyActionEntity(byIso3.get(row.iso3()), treaty.name(),
                        outcome.kind().name(), outcome.date(), null, SOURCE, user, clock.instant()));
                audit.record(user, TreatyActionService.ENTITY, saved.getId(), OPERATION,
                        TreatyActionService.summary(saved), reason.strip(), null, TreatyActionService.describe(saved));
                recorded++;
            }
        }
        return recorded;
    }

    private ActionImportPreview evaluate(byte[] content, TreatyCode treaty, String reason,
                                         Map<String, ParticipantEntity> byIso3) {
        if (treaty == null) {
            throw new DomainException("import.treaty.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("import.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException("import.reason.tooLong", MAX_REASON);
        }
        List<CSVRecord> records = records(content);
        Map<String, String> names = nameIndex(byIso3);
        Map<String, List<TreatyAction>> recorded = actions.findAllWithParticipant().stream()
                .map(TreatyRegistry::toDomain)
                .collect(Collectors.groupingBy(TreatyAction::iso3));
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> firstRow = new HashMap<>();
        List<ActionImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            if (blank(record)) {
                continue;
            }
            rows.add(row(record, i + 1, treaty, names, recorded, firstRow, today));
        }
        if (rows.isEmpty()) {
            throw new DomainException("import.file.noRows");
        }
        return new ActionImportPreview(treaty, rows);
    }

    private ActionImportRow row(CSVRecord record, int rowNumber, TreatyCode treaty, Map<String, String> names,
                                Map<String, List<TreatyAction>> recorded, Map<String, Integer> firstRow,
                                LocalDate today) {
        String participantCell = cell(record, 0);
        String signatureCell = cell(record, 1);
        String instrumentCell = cell(record, 2);
        List<ActionImportOutcome> outcomes = new ArrayList<>();
        Consumer<ActionImportOutcome> out = outcomes::add;
        for (String value : record) {
            if (SpreadsheetText.looksLikeFormula(value)) {
                out.accept(ActionImportOutcome.error(null, null, "import.row.formula", value.strip()));
                return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
            }
        }
        int filled = 0;
        for (int c = 0; c < record.size(); c++) {
            if (!record.get(c).isBlank()) {
                filled = c + 1;
            }
        }
        if (filled > HEADER.size()) {
            out.accept(ActionImportOutcome.error(null, null, "import.row.columns", filled, HEADER.size()));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
        }
        if (participantCell.isBlank()) {
            out.accept(ActionImportOutcome.error(null, null, "import.row.participant.missing"));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
        }
        String iso3 = resolve(participantCell, names);
        if (iso3 == null) {
            out.accept(ActionImportOutcome.error(null, null, "import.row.participant.unknown", participantCell.strip()));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, null, outcomes);
        }
        Integer earlier = firstRow.putIfAbsent(iso3, rowNumber);
        if (earlier != null) {
            out.accept(ActionImportOutcome.error(null, null, "import.row.participant.duplicate", earlier));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, iso3, outcomes);
        }
        if (signatureCell.isBlank() && instrumentCell.isBlank()) {
            out.accept(ActionImportOutcome.error(null, null, "import.row.empty"));
            return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, iso3, outcomes);
        }
        List<TreatyAction> context = new ArrayList<>(recorded.getOrDefault(iso3, List.of()));
        if (!signatureCell.isBlank()) {
            ActionImportOutcome signature = signature(signatureCell, iso3, treaty, context, today);
            out.accept(signature);
            if (signature.isNew()) {
                context.add(TreatyAction.of(iso3, treaty, ActionKind.SIGNATURE, signature.date()));
            }
        }
        if (!instrumentCell.isBlank()) {
            out.accept(instrument(instrumentCell, iso3, treaty, context, today));
        }
        return new ActionImportRow(rowNumber, participantCell, signatureCell, instrumentCell, iso3, outcomes);
    }

    private static ActionImportOutcome signature(String cell, String iso3, TreatyCode treaty,
                                                 List<TreatyAction> context, LocalDate today) {
        Matcher m = CELL.matcher(normalizeSpaces(cell));
        if (!m.matches() || (m.group(2) != null && !m.group(2).isBlank())) {
            return ActionImportOutcome.error(ActionKind.SIGNATURE, null, "import.row.date.malformed", cell.strip());
        }
        ParsedDate parsed = date(m.group(1));
        if (parsed.error != null) {
            return ActionImportOutcome.error(ActionKind.SIGNATURE, null, parsed.error, cell.strip());
        }
        LocalDate date = parsed.date;
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
        Matcher m = CELL.matcher(normalizeSpaces(cell));
        if (!m.matches()) {
            return ActionImportOutcome.error(null, null, "import.row.date.malformed", cell.strip());
        }
        ParsedDate parsed = date(m.group(1));
        if (parsed.error != null) {
            return ActionImportOutcome.error(null, null, parsed.error, m.group(1));
        }
        String marker = m.group(2) == null ? "" : m.group(2);
        Optional<ActionKind> kind = ActionKind.fromMarker(marker);
        if (kind.isEmpty()) {
            return ActionImportOutcome.error(null, parsed.date, "import.row.marker.unknown", marker.strip());
        }
        LocalDate date = parsed.date;
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

    private record ParsedDate(LocalDate date, String error) {
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

    /** The file's records, header first, after the file-level checks. */
    private static List<CSVRecord> records(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("import.file.tooLarge");
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DomainException("import.file.empty");
        }
        List<CSVRecord> records;
        try (Reader reader = new StringReader(text)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
            records = format.parse(reader).getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new DomainException("import.file.unreadable");
        }
        if (records.isEmpty()) {
            throw new DomainException("import.file.empty");
        }
        if (!isUntcHeader(records.get(0))) {
            throw new DomainException("import.file.header");
        }
        long dataRows = records.stream().skip(1).filter(r -> !blank(r)).count();
        if (dataRows > MAX_ROWS) {
            throw new DomainException("import.file.tooManyRows", dataRows, MAX_ROWS);
        }
        return records;
    }

    private static String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(content));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("import.file.notUtf8");
        }
    }

    private static boolean isUntcHeader(CSVRecord header) {
        List<String> cells = new ArrayList<>();
        header.forEach(cells::add);
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.size() != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!headerKey(cells.get(i)).equals(headerKey(HEADER.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String headerKey(String cell) {
        return normalizeSpaces(cell).replace(" ", "").replaceAll("\\d+$", "").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() && record.get(index) != null ? record.get(index) : "";
    }

    private Map<String, ParticipantEntity> participantsByIso3() {
        Map<String, ParticipantEntity> out = new HashMap<>();
        for (ParticipantEntity p : participants.findAllWithNames()) {
            out.put(p.getIso3(), p);
        }
        return out;
    }

    /** Normalized English name (current, former, UNTERM and M49 variants) to ISO3. */
    private Map<String, String> nameIndex(Map<String, ParticipantEntity> byIso3) {
        Map<String, String> index = new HashMap<>();
        byIso3.keySet().forEach(iso3 -> index.put(CODE_PREFIX + iso3, iso3));
        byIso3.values().stream().sorted(Comparator.comparing(ParticipantEntity::getIso3))
                .forEach(p -> index.putIfAbsent(normalizeName(p.getNameEn()), p.getIso3()));
        byIso3.values().stream().sorted(Comparator.comparing(ParticipantEntity::getIso3))
                .forEach(p -> p.getFormerNames().forEach(n -> index.putIfAbsent(normalizeName(n.getNameEn()), p.getIso3())));
        nameVariants().forEach((name, iso3) -> {
            if (byIso3.containsKey(iso3)) {
                index.putIfAbsent(name, iso3);
            }
        });
        return index;
    }

    private String resolve(String cell, Map<String, String> names) {
        String stripped = normalizeSpaces(cell);
        if (ISO3.matcher(stripped).matches()) {
            String code = names.get(CODE_PREFIX + stripped.toUpperCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return names.get(normalizeName(cell));
    }

    private Map<String, String> nameVariants() {
        Map<String, String> variants = nameVariants;
        if (variants == null) {
            Map<String, String> read = new HashMap<>();
            ClassPathResource resource = new ClassPathResource("db/reference/states_name_variants.csv");
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
                for (CSVRecord row : format.parse(reader)) {
                    for (String column : List.of("name_en_unterm", "name_en_m49")) {
                        String name = row.get(column);
                        if (name != null && !name.isBlank()) {
                            read.putIfAbsent(normalizeName(name), row.get("iso3"));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read db/reference/states_name_variants.csv", e);
            }
            variants = Map.copyOf(read);
            nameVariants = variants;
        }
        return variants;
    }

    private static String normalizeSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * A participant name reduced for comparison: without case, accents, footnote numbers after the
     * name, a trailing "(the)", extra blanks or typographic apostrophes and dashes, and with a
     * leading "St." read as "Saint".
     */
    static String normalizeName(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("[\u2018\u2019\u201B\u02BC\u02B9\u00B4`\u2032]", "'")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        t = normalizeSpaces(t).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\d\\s,*]+$", "");
        t = t.replaceAll("\\s*\\(the\\)$", "");
        t = t.replaceAll("^st\\.?\\s+", "saint ");
        return t.strip();
    }
}
