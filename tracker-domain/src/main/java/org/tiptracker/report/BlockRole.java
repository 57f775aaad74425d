package org.tiptracker.report;

/**
 * Where a block sits in the report's shape (seed 001): the summary ({@code ملخص}) before the
 * contents, the chapter headings {@code أولاً-} … {@code تاسعاً-}, the section headings of a chapter
 * {@code ألف-}, {@code باء-}, the sub-section headings {@code ١-}, {@code ٢-}, the numbered paragraphs
 * (numbered once through the whole report, never in the summary) and the lettered sub-paragraphs
 * {@code (أ)}, {@code (ب)} that belong to the numbered paragraph before them.
 */
public enum BlockRole {
    SUMMARY,
    CHAPTER_HEADING,
    SECTION_HEADING,
    SUBSECTION_HEADING,
    PARAGRAPH,
    SUBPARAGRAPH;

    public boolean isHeading() {
        return this == CHAPTER_HEADING || this == SECTION_HEADING || this == SUBSECTION_HEADING;
    }

    /** Whether a block in this role takes the report's next paragraph number. */
    public boolean isNumbered() {
        return this == PARAGRAPH;
    }
}
