package org.tiptracker.reporting;

/** A reporting cycle is prepared (draft), open to answers, then closed. Message keys: {@code cycleStatus.<NAME>}. */
public enum CycleStatus {
    DRAFT, OPEN, CLOSED
}
