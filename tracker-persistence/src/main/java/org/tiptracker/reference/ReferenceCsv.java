package org.tiptracker.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reading the files of {@code db/reference/} and remembering which of their rows were loaded
 * ({@code reference_row}), so that each row is loaded at most once, ever (ADR 0004).
 */
public final class ReferenceCsv {

    private final JdbcTemplate jdbc;
    private final Set<String> loaded;
    private final List<String> newKeys = new java.util.ArrayList<>();
    private int addedRows;

    private ReferenceCsv(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.loaded = new HashSet<>(jdbc.queryForList("select row_key from reference_row", String.class));
    }

    /** Starts a load: reads the keys of the rows loaded before. */
    public static ReferenceCsv begin(JdbcTemplate jdbc) {
        return new ReferenceCsv(jdbc);
    }

    /** True the first time a key is seen (the row is to be loaded), false ever after. */
    public boolean firstTime(String key) {
        if (!loaded.add(key)) {
            return false;
        }
        newKeys.add(key);
        return true;
    }

    /** Records the keys of the rows loaded by this load (in the caller's transaction). */
    public void finish() {
        jdbc.batchUpdate("insert into reference_row (row_key) values (?) on conflict do nothing",
                newKeys.stream().map(key -> new Object[] {key}).toList());
        newKeys.clear();
    }

    /** Counts a row this load added. */
    public void added() {
        addedRows++;
    }

    /**
     * Records the keys of the rows loaded by this load and, when it added any, says how many in the
     * log ("{@code what} loaded: n rows"); returns that number.
     */
    public int finish(Logger log, String what) {
        finish();
        if (addedRows > 0) {
            log.info("{} loaded: {} rows", what, addedRows);
        }
        return addedRows;
    }

    /** Every record of {@code db/reference/<file>} (UTF-8, RFC 4180, with a header). */
    public static void read(String file, Consumer<CSVRecord> consumer) {
        ClassPathResource resource = new ClassPathResource("db/reference/" + file);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            format.parse(reader).getRecords().forEach(consumer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    /** A cell, or null when it is empty. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A whole number cell, or null when it is empty. */
    public static Integer integer(String s) {
        String v = blankToNull(s);
        return v == null ? null : Integer.valueOf(v);
    }

    /** An ISO date cell ({@code YYYY-MM-DD}), or null when it is empty. */
    public static LocalDate date(String s) {
        String v = blankToNull(s);
        return v == null ? null : LocalDate.parse(v);
    }
}
