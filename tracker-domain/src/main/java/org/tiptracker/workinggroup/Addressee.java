package org.tiptracker.workinggroup;

/** To whom a recommendation of the Working Group is addressed. */
public enum Addressee {
    /** {@code الدول الأطراف}: the States parties to the Protocol. */
    STATES_PARTIES,
    /** {@code الدول}: States in general. */
    STATES,
    SECRETARIAT,
    UNODC,
    /** The Conference of the Parties. */
    CONFERENCE,
    OTHER
}
