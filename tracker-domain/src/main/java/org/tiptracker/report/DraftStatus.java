package org.tiptracker.report;

import org.tiptracker.common.DomainException;

/**
 * A report draft's life: drafted, sent for review (comments are made on paragraphs), then final.
 * A final report is frozen; a new draft may be started from it. Review can send a draft back.
 */
public enum DraftStatus {
    DRAFT,
    IN_REVIEW,
    FINAL;

    /** Whether the draft's text may still change (edits, regeneration, moves). */
    public boolean editable() {
        return this != FINAL;
    }

    public boolean mayBecome(DraftStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW;
            case IN_REVIEW -> next == DRAFT || next == FINAL;
            case FINAL -> false;
        };
    }

    /** The next status, or a domain error {@code report.status.transition} naming both. */
    public DraftStatus to(DraftStatus next) {
        if (!mayBecome(next)) {
            throw new DomainException("report.status.transition", this, next);
        }
        return next;
    }

    /** Refuses any change to the text of a final report ({@code report.frozen}). */
    public void requireEditable() {
        if (!editable()) {
            throw new DomainException("report.frozen");
        }
    }
}
