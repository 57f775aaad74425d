package org.tiptracker.report.persistence;

import java.util.List;

import org.springframework.stereotype.Service;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.DataTable;
import org.tiptracker.report.DraftStatus;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.reporting.persistence.Actor;

/**
 * The Secretary-General's report drafts: created from a mandate as a complete first draft,
 * regenerated from the records without losing a typed word, edited paragraph by paragraph with
 * conflicts reported, reviewed with comments, made final (frozen) and versioned on every save.
 * The secretariat creates and edits; analysts read and export; anybody else is refused
 * ({@link org.tiptracker.common.ForbiddenException}). Rule violations are
 * {@link org.tiptracker.common.DomainException}s; a stale save is a {@link DraftConflictException}.
 */
@Service
public class ReportDraftService {

    public List<DraftViews.DraftSummary> list(Actor actor) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Creates the draft and its first generation; returns its id. */
    public long create(Actor actor, ReportMandate mandate) {
        throw new UnsupportedOperationException("not yet");
    }

    public DraftViews.DraftView view(Actor actor, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The whole report (chapter null) or one chapter, printed in a language. */
    public PrintedReport printed(Actor actor, long draftId, ReportLanguage language, Integer chapter) {
        throw new UnsupportedOperationException("not yet");
    }

    public DraftViews.RegenerationResult regenerate(Actor actor, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Saves a paragraph's two texts; a generated paragraph whose text changes becomes edited. */
    public void editParagraph(Actor actor, long draftId, long paragraphId, long expectedVersion, String textAr,
                              String textEn) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a narrative paragraph (or a heading) after another (null: at the start of the chapter 1). */
    public long addNarrative(Actor actor, long draftId, Long afterParagraphId, BlockRole role, String textAr,
                             String textEn) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Moves a paragraph up (delta -1) or down (+1). */
    public void move(Actor actor, long draftId, long paragraphId, int delta) {
        throw new UnsupportedOperationException("not yet");
    }

    public void delete(Actor actor, long draftId, long paragraphId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Settles a flagged paragraph: take the new generated text, or keep the person's text (and adopt the new baseline). */
    public void reconcile(Actor actor, long draftId, long paragraphId, ReportLanguage language, boolean acceptGenerated) {
        throw new UnsupportedOperationException("not yet");
    }

    public void changeStatus(Actor actor, long draftId, DraftStatus next) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A new draft from a final report: the same paragraphs, the status draft; returns its id. */
    public long startFrom(Actor actor, long finalDraftId) {
        throw new UnsupportedOperationException("not yet");
    }

    public long addComment(Actor actor, long draftId, long paragraphId, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    public void resolveComment(Actor actor, long draftId, long commentId) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<DraftViews.VersionSummary> versions(Actor actor, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    public DraftViews.VersionComparison compare(Actor actor, long draftId, int olderNumber, int newerNumber) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The rows a generated paragraph counted. */
    public DataTable data(Actor actor, long draftId, long paragraphId) {
        throw new UnsupportedOperationException("not yet");
    }
}
