package org.tiptracker.agency;

/** What kind of thing an agency did. Message keys: {@code activity.kind.<NAME>}. */
public enum ActivityKind {
    TECHNICAL_ASSISTANCE,
    TRAINING,
    PUBLICATION,
    TOOL,
    CAMPAIGN,
    PROJECT,
    EVENT,
    MEETING,
    /** A cooperation agreement or a standing partnership with other organizations (para. 39, 42, 48 of the 2016 report). */
    COOPERATION
}
