package org.tiptracker.trustfund;

/**
 * A project's grant: funded (running), closed (completed, its money spent), or on the reserve
 * list (eligible, waiting for contributions; no money committed).
 */
public enum GrantStatus {
    FUNDED, RESERVE, CLOSED;

    /** Whether money was granted: funded and closed grants, not the reserve list. */
    public boolean isGranted() {
        return this != RESERVE;
    }
}
