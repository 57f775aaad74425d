package org.tiptracker.agency;

/**
 * The regions the Secretary-General's report names for agency activities (para. 36-58 of the
 * 2016 report: "West Africa", "the East and Horn of Africa", "South-Eastern Europe"...), which
 * are not the M49 regions of participants. Message keys: {@code activity.region.<NAME>}.
 */
public enum ActivityRegion {
    GLOBAL,
    AFRICA,
    NORTH_AFRICA,
    WEST_AFRICA,
    CENTRAL_AFRICA,
    EAST_AFRICA_HORN,
    MIDDLE_EAST,
    ASIA,
    SOUTH_ASIA,
    SOUTH_EAST_ASIA,
    CENTRAL_ASIA,
    BAY_OF_BENGAL,
    EUROPE,
    EASTERN_EUROPE,
    SOUTH_EASTERN_EUROPE,
    MEDITERRANEAN,
    LATIN_AMERICA,
    CENTRAL_AMERICA
}
