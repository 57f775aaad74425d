package org.tiptracker.treaty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference file {@code treaty_actions.csv} (RFC 4180) into treaty actions, for tests. */
final class ReferenceActions {

    /** One data row of the file. */
    record Row(TreatyCode treaty, String iso3, LocalDate signature, LocalDate actionDate, ActionKind actionKind) {
    }

    static final String HEADER = "treaty,iso3,participant_en,signature_date,action_date,action_kind,source";

    private ReferenceActions() {
    }

    static List<Row> rows() {
        try (InputStream in = ReferenceActions.class.getResourceAsStream("/treaty_actions.csv")) {
            if (in == null) {
                throw new IllegalStateException("treaty_actions.csv not on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException("unexpected header: " + header);
            }
            List<Row> rows = new ArrayList<>();
            String next;
            while ((next = reader.readLine()) != null) {
                String line = next;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = split(line);
                if (f.size() != 7) {
                    throw new IllegalStateException("expected 7 fields: " + line);
                }
                TreatyCode treaty = TreatyCode.parse(f.get(0))
                        .orElseThrow(() -> new IllegalStateException("unknown treaty: " + line));
                ActionKind kind = f.get(5).isEmpty() ? null : ActionKind.parse(f.get(5))
                        .filter(ActionKind::isInstrument)
                        .orElseThrow(() -> new IllegalStateException("unknown action kind: " + line));
                rows.add(new Row(treaty, f.get(1), date(f.get(3)), date(f.get(4)), kind));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signature and instrument of each row as actions. */
    static List<TreatyAction> actions(List<Row> rows) {
        List<TreatyAction> actions = new ArrayList<>();
        for (Row r : rows) {
            if (r.signature() != null) {
                actions.add(TreatyAction.of(r.iso3(), r.treaty(), ActionKind.SIGNATURE, r.signature()));
            }
            if (r.actionDate() != null) {
                actions.add(TreatyAction.of(r.iso3(), r.treaty(), r.actionKind(), r.actionDate()));
            }
        }
        return actions;
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    /** Splits one record; quoted fields may contain commas and doubled quotes (no line breaks in this file). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException("unterminated quote: " + line);
        }
        fields.add(current.toString());
        return fields;
    }
}
