package org.tiptracker.treaty.untc;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tiptracker.common.DomainException;

/**
 * A CSV file in the layout of the UN Treaty Collection's status table, checked as a whole before
 * any row is read: not empty, at most {@link #MAX_BYTES}, UTF-8 (a byte-order mark is skipped),
 * RFC 4180, the UNTC header ({@code Participant}, {@code Signature},
 * {@code Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)}; footnote numbers
 * and blanks in it do not matter) and at most {@link #MAX_ROWS} rows under it.
 */
public final class UntcFile {

    /** The largest file accepted, in bytes (1 MB). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most rows (besides the header) accepted in one file. */
    public static final int MAX_ROWS = 5000;
    public static final List<String> HEADER = List.of("Participant", "Signature",
            "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)");

    private UntcFile() {
    }

    /**
     * The file's records as cells, the header first (a record's number in the file is its index
     * plus one).
     *
     * @throws DomainException {@code import.file.*} when the file as a whole is refused
     */
    public static List<List<String>> records(byte[] content) {
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
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
            for (CSVRecord record : format.parse(reader).getRecords()) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new DomainException("import.file.unreadable");
        }
        if (records.isEmpty()) {
            throw new DomainException("import.file.empty");
        }
        if (!isHeader(records.get(0))) {
            throw new DomainException("import.file.header");
        }
        long dataRows = records.stream().skip(1).filter(r -> !blank(r)).count();
        if (dataRows > MAX_ROWS) {
            throw new DomainException("import.file.tooManyRows", dataRows, MAX_ROWS);
        }
        return records;
    }

    /** Whether every cell of the record is empty or blank. */
    public static boolean blank(List<String> record) {
        return record.stream().allMatch(value -> value == null || value.isBlank());
    }

    /** Spaces as one ordinary space (no-break ones included), trimmed. */
    static String normalizeSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("import.file.notUtf8");
        }
    }

    private static boolean isHeader(List<String> header) {
        List<String> cells = new ArrayList<>(header);
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
}
