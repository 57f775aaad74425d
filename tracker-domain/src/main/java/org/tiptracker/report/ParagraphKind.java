package org.tiptracker.report;

/**
 * Where a paragraph's text comes from: built from the records ({@code GENERATED}), built from the
 * records and then changed by a person ({@code EDITED}), written by a person ({@code NARRATIVE}), or
 * a heading. The names are the API's ({@code generated}, {@code edited}, {@code narrative},
 * {@code heading}).
 */
public enum ParagraphKind {
    GENERATED,
    EDITED,
    NARRATIVE,
    HEADING;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
