package org.tiptracker.reporting;

/**
 * The five headings under which the Secretary-General's report (chapter III.A) groups the measures
 * member states report, in the report's order. Message keys: {@code heading.<NAME>}.
 */
public enum MeasureHeading {
    /** Legislation and national action plans. */
    LEGISLATION,
    /** Prevention. */
    PREVENTION,
    /** Prosecution and punishment. */
    PROSECUTION,
    /** Protection of and assistance to victims. */
    PROTECTION,
    /** Partnerships and international cooperation. */
    PARTNERSHIPS;

    /** The heading's number in the report (1 to 5). */
    public int number() {
        return ordinal() + 1;
    }
}
