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
    CYCLE_RESOLUTION("reporting_cycle", "resolution", 100, "cycle.resolution.tooLong"),
    DONOR_NAME("fund_donor", "name", 200, "trustfund.text.tooLong"),
    CONTRIBUTION_NOTE("fund_contribution", "note", 500, "trustfund.text.tooLong"),
    EXPENDITURE_DESCRIPTION("fund_expenditure", "description", 500, "trustfund.text.tooLong"),
    CALL_TITLE_AR("fund_call", "title_ar", 300, "trustfund.text.tooLong"),
    CALL_TITLE_EN("fund_call", "title_en", 300, "trustfund.text.tooLong"),
    GRANT_NGO_NAME("fund_grant", "ngo_name", 300, "trustfund.text.tooLong"),
    GRANT_FOCUS_GROUPS("fund_grant", "focus_groups", 500, "trustfund.text.tooLong"),
    GRANT_SERVICES("fund_grant", "services", 1000, "trustfund.text.tooLong"),
    TRUSTEE_NAME_AR("fund_trustee", "name_ar", 200, "trustfund.text.tooLong"),
    TRUSTEE_NAME_EN("fund_trustee", "name_en", 200, "trustfund.text.tooLong"),
    THEME_AR("world_day_theme", "theme_ar", 500, "awareness.text.tooLong"),
    THEME_EN("world_day_theme", "theme_en", 500, "awareness.text.tooLong"),
    THEME_SOURCE("world_day_theme", "source", 300, "awareness.text.tooLong"),
    ADOPTION_SOURCE("blue_heart_adoption", "source", 300, "awareness.text.tooLong"),
    MEETING_VENUE_AR("wg_meeting", "venue_ar", 200, "wg.text.tooLong"),
    MEETING_VENUE_EN("wg_meeting", "venue_en", 200, "wg.text.tooLong"),
    MEETING_REPORT_SYMBOL("wg_meeting", "report_symbol", 60, "wg.text.tooLong"),
    MEETING_SUBJECT_AR("wg_meeting", "subject_ar", 300, "wg.text.tooLong"),
    MEETING_SOURCE("wg_meeting", "source", 300, "wg.text.tooLong"),
    RECOMMENDATION_SOURCE("wg_recommendation", "source", 300, "wg.text.tooLong"),
    ICAT_CHAIR_SOURCE("icat_chair", "source", 300, "icat.source.tooLong"),
    ICAT_MEMBERSHIP_SOURCE("icat_membership", "source", 300, "icat.source.tooLong"),
    ICAT_PAPER_TITLE_AR("icat_paper", "title_ar", 500, "icat.paper.title.tooLong"),
    ICAT_PAPER_TITLE_EN("icat_paper", "title_en", 500, "icat.paper.title.tooLong"),
    ICAT_PAPER_SOURCE("icat_paper", "source", 300, "icat.source.tooLong"),
    EDITION_SOURCE("global_report_edition", "source", 300, "globalreport.source.tooLong"),
    ACCOUNT_FULL_NAME("app_user", "full_name", 200, "account.text.tooLong"),
    ACCOUNT_EMAIL("app_user", "email", 200, "account.text.tooLong"),
    ACTIVITY_TITLE("agency_activity", "title", 500, "activity.title.tooLong"),
    ACTIVITY_SOURCE_PARAGRAPH("agency_activity", "source_paragraph", 200, "activity.source.paragraphTooLong"),
    DOCUMENT_PARAGRAPH_NUMBER("un_document_paragraph", "number", 20, "document.paragraph.number.tooLong");

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

    /**
     * {@code value} when it fits (null fits); refused otherwise with this field's rule, the limit as
     * argument, on the field named as the column is in camel case ({@code note_reference} →
     * {@code noteReference}), as forms name it.
     */
    public String check(String value) {
        if (value != null && value.strip().length() > max) {
            throw DomainException.onField(field(), ruleKey, max);
        }
        return value;
    }

    /** The field a form edits this column with. */
    public String field() {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
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
