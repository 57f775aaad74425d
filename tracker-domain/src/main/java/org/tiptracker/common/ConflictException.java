package org.tiptracker.common;

/**
 * Someone else changed or deleted a record since the user loaded it: their change is kept and
 * the user's is refused, with both shown.
 */
public class ConflictException extends RuntimeException {

    private final String current;

    public ConflictException(String message, String current) {
        super(message);
        this.current = current;
    }

    /** The record as it is now, readable; null when it was deleted. */
    public String current() {
        return current;
    }
}
