package org.tiptracker.common;

/**
 * The longest text each bounded field may hold: one place for the limit the services check and the
 * column that stores it (a test compares them with the database's columns), so that text the
 * form accepts always fits and a longer one is refused on its field, never by the database.
 */
public enum ColumnLimit {
    DOCUMENT_NUMBER("un_document", "number", 30, "document.number.tooLong"),
    DOCUMENT_SYMBOL("un_document", "symbol", 80, "document.symbol.tooLong"),
    DOCUMENT_SESSION("un_document", "session", 40, "document.session.tooLong"),
    CYCLE_TITLE_AR("reporting_cycle", "title_ar", 300, "cycle.titleAr.tooLong"),
    CYCLE_TITLE_EN("reporting_cycle", "title_en", 300, "cycle.titleEn.tooLong"),
    CYCLE_NOTE_REFERENCE("reporting_cycle", "note_reference", 100, "cycle.noteReference.tooLong"),
    CYCLE_RESOLUTION("reporting_cycle", "resolution", 100, "cycle.resolution.tooLong");

    private final String table;
    private final String column;
    private final int max;
    private final String ruleKey;

    ColumnLimit(String table, String column, int max, String ruleKey) {
        this.table = table;
        this.column = column;
        this.max = max;
        this.ruleKey = ruleKey;
    }

    /** {@code value} when it fits (null fits); refused with this field's rule, with the limit as argument, otherwise. */
    public String check(String value) {
        if (value != null && value.strip().length() > max) {
            throw new DomainException(ruleKey, max);
        }
        return value;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    public int max() {
        return max;
    }

    public String ruleKey() {
        return ruleKey;
    }
}
