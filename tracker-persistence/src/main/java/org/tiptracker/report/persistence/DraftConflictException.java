package org.tiptracker.report.persistence;

/**
 * Someone saved the paragraph (or moved, regenerated or changed the draft) since the person
 * loaded it: nothing was saved; {@link #current()} is the paragraph as it is now, so the page can
 * show it beside the person's own text.
 */
public class DraftConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DraftViews.ParagraphView current;

    public DraftConflictException(DraftViews.ParagraphView current) {
        super("report.conflict");
        this.current = current;
    }

    public DraftViews.ParagraphView current() {
        return current;
    }
}
