package org.tiptracker.agency.persistence;

import java.util.List;

/** One page of the browser: the rows, the page number (from 1), the page size and the number of matching rows. */
public record ActivityPage(List<ActivityRow> rows, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return (long) (page - 1) * size + rows.size();
    }
}
