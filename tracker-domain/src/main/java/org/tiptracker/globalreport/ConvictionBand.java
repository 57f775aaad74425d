package org.tiptracker.globalreport;

/** How many trafficking convictions a country recorded a year in an edition's period. */
public enum ConvictionBand {
    NONE,
    UNDER_10,
    TEN_OR_MORE
}
