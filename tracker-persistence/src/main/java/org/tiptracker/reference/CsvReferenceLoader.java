package org.tiptracker.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A loader whose rows come from files of {@code db/reference/} and whose result is how many rows it
 * added: it opens the record of rows loaded before, lets the subclass read its files, then notes the
 * new row keys and logs the count under {@code what}, all in one transaction.
 */
public abstract class CsvReferenceLoader implements ReferenceLoader<Integer> {

    protected final Logger log = LoggerFactory.getLogger(getClass());

    private final JdbcTemplate jdbc;
    private final String what;

    protected CsvReferenceLoader(JdbcTemplate jdbc, String what) {
        this.jdbc = jdbc;
        this.what = what;
    }

    @Override
    @Transactional
    public synchronized Integer load() {
        ReferenceCsv rows = ReferenceCsv.begin(jdbc);
        loadRows(rows);
        return rows.finish(log, what);
    }

    /**
     * Reads the files, skipping each row whose key {@link ReferenceCsv#firstTime} says was loaded
     * before, and counting each row stored with {@link ReferenceCsv#added}.
     */
    protected abstract void loadRows(ReferenceCsv rows);
}
