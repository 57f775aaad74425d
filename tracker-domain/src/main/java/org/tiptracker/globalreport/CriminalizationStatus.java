package org.tiptracker.globalreport;

/** Whether a country's law makes trafficking in persons a specific offence, as a Global Report edition finds it. */
public enum CriminalizationStatus {
    /** Every form of trafficking listed in the Protocol is an offence. */
    FULL,
    /** Only some forms, or only some victims, are covered. */
    PARTIAL,
    /** No specific offence of trafficking in persons. */
    NONE
}
