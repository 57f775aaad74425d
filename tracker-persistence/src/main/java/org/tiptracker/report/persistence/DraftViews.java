package org.tiptracker.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.DraftParagraph;
import org.tiptracker.report.DraftStatus;
import org.tiptracker.report.Footnote;
import org.tiptracker.report.ParagraphKind;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.SourceRef;

/** What the report-draft service gives the web layer: records only, never entities. */
public final class DraftViews {

    private DraftViews() {
    }

    /** A line of the drafts list. */
    public record DraftSummary(long id, String symbol, int session, LocalDate cutOff, DraftStatus status,
                               String titleAr, String titleEn, Instant updatedAt, String updatedBy) {
    }

    /**
     * A whole draft: its mandate, status, when it was last generated, the paragraphs in order, how
     * many paragraphs wait to be reconciled and how many comments are open.
     *
     * @param startedFromId the final report this draft was started from, or null
     * @param version       the draft's version (changes with every save, move, regeneration)
     */
    public record DraftView(long id, ReportMandate mandate, DraftStatus status, long version, Instant generatedAt,
                            Instant updatedAt, String updatedBy, Long startedFromId, List<ParagraphView> paragraphs,
                            int flagged, int openComments) {

        /** The paragraphs as the layout prints them (so a page that has the draft need not read it again). */
        public List<DraftParagraph> printable() {
            return paragraphs.stream().map(p -> new DraftParagraph(p.id(), p.key(), p.role(), p.chapter(), p.section(),
                    p.kind(), p.textAr(), p.textEn(), p.placeholder(), p.footnotes())).toList();
        }
    }

    /**
     * A stored paragraph.
     *
     * @param generatedAr  the text the records gave when last adopted (baseline of an edit), or null for narrative
     * @param pendingAr    when flagged: the new generated Arabic text the person must reconcile with; else null
     * @param orphaned     the records no longer produce this paragraph (kept because a person edited it)
     * @param asOf         the date of the records it was built from (the cut-off), null for narrative
     * @param generatedAt  when it was last generated, null for narrative
     * @param hasData      whether rows it counted can be downloaded
     * @param version      the paragraph's version, for optimistic locking
     */
    public record ParagraphView(long id, String key, BlockRole role, int chapter, int section, ParagraphKind kind,
                                boolean placeholder, String textAr, String textEn, String generatedAr,
                                String generatedEn, String pendingAr, String pendingEn, boolean orphaned,
                                List<SourceRef> sources, LocalDate asOf, Instant generatedAt, boolean hasData,
                                List<Footnote> footnotes, List<CommentView> comments, long version) {

        public boolean flagged() {
            return pendingAr != null || pendingEn != null;
        }
    }

    public record CommentView(long id, long paragraphId, String author, String text, Instant createdAt,
                              boolean resolved, String resolvedBy, Instant resolvedAt) {
    }

    /** What a regeneration did. */
    public record RegenerationResult(int unchanged, int updated, int added, int flagged, int removed, int orphaned) {
    }

    /** A saved version of a draft (every save is one). */
    public record VersionSummary(long id, int number, Instant createdAt, String createdBy, String note) {
    }

    public enum ChangeKind { ADDED, REMOVED, CHANGED, MOVED }

    /** One paragraph's difference between two versions. */
    public record ParagraphChange(ChangeKind kind, String key, BlockRole role, int chapter, String beforeAr,
                                  String afterAr, String beforeEn, String afterEn) {
    }

    public record VersionComparison(VersionSummary older, VersionSummary newer, List<ParagraphChange> changes) {
    }
}
