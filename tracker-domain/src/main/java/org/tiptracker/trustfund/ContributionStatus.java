package org.tiptracker.trustfund;

/** A contribution is pledged first, then paid; only paid contributions count as received. */
public enum ContributionStatus {
    PLEDGED, PAID
}
