package org.tiptracker.reporting.persistence;

import java.util.List;

/**
 * One page of matching measures. {@code total} is exact unless {@code capped}: then there are more
 * than {@code total} matches (the count stops there, to stay fast), the number of pages is not
 * known, and {@code more} says whether a next page exists.
 */
public record MeasurePage(List<MeasureRow> rows, int page, int pageSize, long total, boolean capped, boolean more) {

    /** The number of pages the user can reach from this one (at least 1; when capped: up to the next one). */
    public int pageCount() {
        if (capped) {
            return page + (more ? 1 : 0);
        }
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return capped ? more : page < pageCount();
    }

    /** The 1-based number of the first row shown (0 when there is none). */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }
}
