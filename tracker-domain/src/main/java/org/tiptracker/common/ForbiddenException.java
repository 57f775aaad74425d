package org.tiptracker.common;

/** The user may see the thing but not do this with it; the pages answer 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String what) {
        super(what);
    }
}
