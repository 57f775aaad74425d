package org.tiptracker.report;

import java.util.List;
import java.util.Objects;

/**
 * The rows a generated paragraph counted, so that an analyst can check or chart it: column
 * headers in both languages and the rows as text cells (dates ISO, numbers with Western digits).
 */
public record DataTable(List<String> headersAr, List<String> headersEn, List<List<String>> rows) {

    public static final DataTable EMPTY = new DataTable(List.of(), List.of(), List.of());

    public DataTable {
        headersAr = List.copyOf(headersAr);
        headersEn = List.copyOf(headersEn);
        if (headersAr.size() != headersEn.size()) {
            throw new IllegalArgumentException("both languages need the same columns");
        }
        int columns = headersAr.size();
        rows = rows.stream().map(r -> {
            if (r.size() != columns) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells for " + columns + " columns");
            }
            return r.stream().map(c -> Objects.requireNonNullElse(c, "")).toList();
        }).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
