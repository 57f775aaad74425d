package org.tiptracker.workinggroup;

/** How a meeting was held. */
public enum MeetingFormat {
    IN_PERSON,
    HYBRID,
    ONLINE
}
