package org.tiptracker.common;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading nullable columns of a JDBC row as the Java values the records hold. */
public final class ResultSets {

    private ResultSets() {
    }

    /** A {@code date} column, or null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** An {@code integer} column, or null (not the 0 that {@link ResultSet#getInt} reads for null). */
    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
