package org.tiptracker.treaty;

/** A participant's standing towards one treaty on a given date. */
public enum StatusKind {
    /** Bound by the treaty: an instrument deposited and not denounced. */
    PARTY,
    /** Signed but not (or no longer) party. */
    SIGNATORY,
    /** Neither. */
    NONE
}
