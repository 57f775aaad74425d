package org.tiptracker.reporting.persistence;

import java.util.List;

/**
 * One page of matching measures. {@code total} is exact up to {@code cap}; {@code capped} says
 * there are more than {@code cap} matches (the count stops there, to stay fast).
 */
public record MeasurePage(List<MeasureRow> rows, int page, int pageSize, long total, boolean capped, long cap) {

    /** The number of pages the user can reach (at least 1). */
    public int pageCount() {
        long reachable = Math.min(total, cap);
        return (int) Math.max(1, (reachable + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    /** The 1-based number of the first row shown (0 when there is none). */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }
}
