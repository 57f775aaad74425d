package org.tiptracker.trustfund;

/** Who gives to the fund: a member state, or a private donor of one of four kinds. */
public enum DonorKind {
    STATE, COMPANY, FOUNDATION, ORGANIZATION, INDIVIDUAL;

    /** Whether this is a private donor (anything but a state). */
    public boolean isPrivate() {
        return this != STATE;
    }
}
