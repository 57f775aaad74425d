package org.tiptracker.treaty;

/** What kind of participant takes treaty actions. */
public enum ParticipantKind {
    /** A Member State of the United Nations (or another state such as the Cook Islands or Niue). */
    STATE,
    /** A non-member observer state (Holy See, State of Palestine). */
    OBSERVER_STATE,
    /** A regional economic integration organization (the European Union). */
    REGIONAL_ORGANIZATION
}
