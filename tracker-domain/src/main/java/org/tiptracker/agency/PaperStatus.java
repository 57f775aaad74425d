package org.tiptracker.agency;

/** Where an ICAT policy paper stands. Message keys: {@code icat.paper.status.<NAME>}. */
public enum PaperStatus {
    PUBLISHED,
    IN_PREPARATION
}
