package org.tiptracker.report.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.DataTable;
import org.tiptracker.report.DraftParagraph;
import org.tiptracker.report.DraftStatus;
import org.tiptracker.report.ParagraphKind;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportComposer;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportLayout;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.draft.DraftRules;
import org.tiptracker.report.draft.Regeneration;
import org.tiptracker.report.draft.TextDiff;
import org.tiptracker.report.persistence.DraftViews.ChangeKind;
import org.tiptracker.report.persistence.DraftViews.CommentView;
import org.tiptracker.report.persistence.DraftViews.DraftSummary;
import org.tiptracker.report.persistence.DraftViews.DraftView;
import org.tiptracker.report.persistence.DraftViews.ParagraphChange;
import org.tiptracker.report.persistence.DraftViews.ParagraphView;
import org.tiptracker.report.persistence.DraftViews.RegenerationResult;
import org.tiptracker.report.persistence.DraftViews.VersionComparison;
import org.tiptracker.report.persistence.DraftViews.VersionSummary;

/**
 * The Secretary-General's report drafts: created from a mandate as a complete first draft,
 * regenerated from the records without losing a typed word, edited paragraph by paragraph with
 * conflicts reported, reviewed with comments, made final (frozen) and versioned on every save.
 * The secretariat creates and edits; analysts read and export; anybody else is refused
 * ({@link ForbiddenException}). Rule violations are {@link DomainException}s; a stale save is a
 * {@link DraftConflictException}. The rules themselves are the domain's ({@link Regeneration},
 * {@link DraftRules}, {@link DraftStatus}); this class keeps the records.
 */
@Service
public class ReportDraftService {

    public static final String ENTITY = "ReportDraft";

    private static final String PARAGRAPH_COLUMNS = "id, block_key, role, chapter, section, kind, placeholder, text_ar,"
            + " text_en, generated_ar, generated_en, pending_ar, pending_en, orphaned, dismissed, sources, footnotes,"
            + " length(data) > 0 as has_data, as_of, generated_at, version";

    private final JdbcTemplate jdbc;
    private final ReportFactsService facts;
    private final AuditTrail audit;

    public ReportDraftService(JdbcTemplate jdbc, ReportFactsService facts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.audit = audit;
    }

    // ---- reading ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<DraftSummary> list(Actor actor) {
        reader(actor);
        return jdbc.query("select id, symbol, session, cut_off, status, title_ar, title_en, updated_at, updated_by"
                + " from report_draft order by updated_at desc, id desc", (rs, n) -> new DraftSummary(rs.getLong(1),
                rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class), DraftStatus.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), instant(rs, 8), rs.getString(9)));
    }

    @Transactional(readOnly = true)
    public DraftView view(Actor actor, long draftId) {
        reader(actor);
        DraftRow draft = draft(draftId, false);
        Map<Long, List<CommentView>> comments = new HashMap<>();
        for (CommentView c : jdbc.query("select id, paragraph_id, author, text, created_at, resolved, resolved_by,"
                + " resolved_at from report_comment where draft_id = ? order by created_at, id", this::comment, draftId)) {
            comments.computeIfAbsent(c.paragraphId(), k -> new ArrayList<>()).add(c);
        }
        List<ParagraphView> paragraphs = paragraphs(draftId, comments);
        int flagged = (int) paragraphs.stream().filter(ParagraphView::flagged).count();
        int open = (int) comments.values().stream().flatMap(List::stream).filter(c -> !c.resolved()).count();
        return new DraftView(draft.id, draft.mandate, draft.status, draft.version, draft.generatedAt, draft.updatedAt,
                draft.updatedBy, draft.startedFrom, paragraphs, flagged, open);
    }

    /** One line of the list: for pages that need only the draft's symbol and status. */
    @Transactional(readOnly = true)
    public DraftSummary summary(Actor actor, long draftId) {
        reader(actor);
        DraftRow d = draft(draftId, false);
        return new DraftSummary(d.id, d.mandate.symbol(), d.mandate.session(), d.mandate.cutOff(), d.status,
                d.mandate.titleAr(), d.mandate.titleEn(), d.updatedAt, d.updatedBy);
    }

    /** One paragraph as it is now (without its comments). */
    @Transactional(readOnly = true)
    public ParagraphView paragraph(Actor actor, long draftId, long paragraphId) {
        reader(actor);
        return paragraph(draftId, paragraphId);
    }

    /** The whole report (chapter null) or one chapter, printed in a language. */
    @Transactional(readOnly = true)
    public PrintedReport printed(Actor actor, long draftId, ReportLanguage language, Integer chapter) {
        reader(actor);
        DraftRow draft = draft(draftId, false);
        List<DraftParagraph> paragraphs = jdbc.query("select id, block_key, role, chapter, section, kind, text_ar,"
                + " text_en, placeholder, footnotes from report_paragraph where draft_id = ? and not dismissed"
                + " order by position", (rs, n) -> new DraftParagraph(rs.getLong(1), rs.getString(2),
                BlockRole.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), ParagraphKind.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getBoolean(9), BlockCodec.footnotes(rs.getString(10))), draftId);
        if (chapter == null) {
            return ReportLayout.print(draft.mandate, paragraphs, language);
        }
        if (chapter < 1 || chapter > 9) {
            throw new NotFoundException("report.chapter.notFound", chapter);
        }
        return ReportLayout.printChapter(draft.mandate, paragraphs, language, chapter);
    }

    /** The rows a generated paragraph counted. */
    @Transactional(readOnly = true)
    public DataTable data(Actor actor, long draftId, long paragraphId) {
        reader(actor);
        draft(draftId, false);
        List<String> data = jdbc.queryForList("select data from report_paragraph where id = ? and draft_id = ?",
                String.class, paragraphId, draftId);
        if (data.isEmpty()) {
            throw new NotFoundException("report.paragraph.notFound", paragraphId);
        }
        return BlockCodec.data(data.get(0));
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(Actor actor, long draftId) {
        reader(actor);
        draft(draftId, false);
        return jdbc.query("select id, number, created_at, created_by, note from report_version where draft_id = ?"
                + " order by number desc", (rs, n) -> new VersionSummary(rs.getLong(1), rs.getInt(2), instant(rs, 3),
                rs.getString(4), rs.getString(5)), draftId);
    }

    /** What changed, paragraph by paragraph, from one saved version to another. */
    @Transactional(readOnly = true)
    public VersionComparison compare(Actor actor, long draftId, int olderNumber, int newerNumber) {
        reader(actor);
        draft(draftId, false);
        VersionSummary older = version(draftId, Math.min(olderNumber, newerNumber));
        VersionSummary newer = version(draftId, Math.max(olderNumber, newerNumber));
        Map<Long, Snapshot> before = snapshot(older.id());
        Map<Long, Snapshot> after = snapshot(newer.id());
        List<Long> commonBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<Long> commonAfter = after.keySet().stream().filter(before::containsKey).toList();
        List<ParagraphChange> changes = new ArrayList<>();
        for (Snapshot s : before.values()) {
            if (!after.containsKey(s.paragraphId)) {
                changes.add(new ParagraphChange(ChangeKind.REMOVED, s.key, s.role, s.chapter, s.textAr, null, s.textEn, null));
            }
        }
        for (Snapshot s : after.values()) {
            Snapshot b = before.get(s.paragraphId);
            if (b == null) {
                changes.add(new ParagraphChange(ChangeKind.ADDED, s.key, s.role, s.chapter, null, s.textAr, null, s.textEn));
            } else if (TextDiff.differ(b.textAr, s.textAr) || TextDiff.differ(b.textEn, s.textEn)) {
                changes.add(new ParagraphChange(ChangeKind.CHANGED, s.key, s.role, s.chapter, b.textAr, s.textAr,
                        b.textEn, s.textEn));
            } else if (commonBefore.indexOf(s.paragraphId) != commonAfter.indexOf(s.paragraphId)) {
                changes.add(new ParagraphChange(ChangeKind.MOVED, s.key, s.role, s.chapter, b.textAr, s.textAr,
                        b.textEn, s.textEn));
            }
        }
        return new VersionComparison(older, newer, changes);
    }

    // ---- creating and regenerating ------------------------------------------------------------

    /** Creates the draft and its first generation from the records; returns its id. */
    @Transactional
    public long create(Actor actor, ReportMandate mandate) {
        writer(actor);
        DraftRules.checkMandate(mandate);
        if (mandate.cycleId() != null && count("select count(*) from reporting_cycle where id = ?", mandate.cycleId()) == 0) {
            throw new DomainException("report.mandate.cycle", mandate.cycleId());
        }
        Instant now = audit.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into report_draft (symbol, session, agenda_item, agenda_footnote_symbol,"
                    + " agenda_title_ar, agenda_title_en, title_ar, title_en, requesting_resolution, requesting_paragraph,"
                    + " previous_resolution, issue_date, period_from, period_to, cut_off, cycle_id, original_language,"
                    + " digits, status, generated_at, created_at, created_by, updated_at, updated_by)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'DRAFT',?,?,?,?,?)", new String[] {"id"});
            int i = 1;
            ps.setString(i++, mandate.symbol());
            ps.setInt(i++, mandate.session());
            ps.setInt(i++, mandate.agendaItem());
            ps.setString(i++, blankToNull(mandate.agendaFootnoteSymbol()));
            ps.setString(i++, blankToNull(mandate.agendaTitleAr()));
            ps.setString(i++, blankToNull(mandate.agendaTitleEn()));
            ps.setString(i++, mandate.titleAr());
            ps.setString(i++, mandate.titleEn());
            ps.setString(i++, mandate.requestingResolution());
            ps.setString(i++, blankToNull(mandate.requestingParagraph()));
            ps.setString(i++, blankToNull(mandate.previousResolution()));
            ps.setDate(i++, Date.valueOf(mandate.issueDate()));
            ps.setDate(i++, Date.valueOf(mandate.periodFrom()));
            ps.setDate(i++, Date.valueOf(mandate.periodTo()));
            ps.setDate(i++, Date.valueOf(mandate.cutOff()));
            ps.setObject(i++, mandate.cycleId());
            ps.setString(i++, mandate.originalLanguage());
            ps.setString(i++, mandate.digits().name());
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setString(i++, actor.username());
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setString(i, actor.username());
            return ps;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        List<Regeneration.Outcome> first = Regeneration.first(compose(mandate));
        int position = 1;
        for (Regeneration.Outcome o : first) {
            insert(id, position++, o, mandate.cutOff(), now, actor.username());
        }
        saveVersion(id, actor, "report.version.created");
        audit.created(actor.username(), ENTITY, id, mandate.symbol() + ": " + first.size() + " blocks", null);
        return id;
    }

    /** Rebuilds the draft from the records as they are now, as {@link Regeneration} says. */
    @Transactional
    public RegenerationResult regenerate(Actor actor, long draftId) {
        DraftRow draft = editableDraft(actor, draftId);
        List<Regeneration.Stored> stored = jdbc.query("select id, block_key, kind, placeholder, text_ar, text_en,"
                + " generated_ar, generated_en, pending_ar, pending_en, orphaned, dismissed from report_paragraph"
                + " where draft_id = ? order by position", (rs, n) -> new Regeneration.Stored(rs.getLong(1),
                rs.getString(2), ParagraphKind.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getBoolean(11), rs.getBoolean(12)), draftId);
        Regeneration.Plan plan = Regeneration.plan(stored, compose(draft.mandate));
        Instant now = audit.now();
        for (Regeneration.Outcome removed : plan.removed()) {
            jdbc.update("delete from report_paragraph where id = ?", removed.storedId());
        }
        // Positions are rewritten in the new order; negative first so that no two rows ever share one.
        jdbc.update("update report_paragraph set position = -position where draft_id = ?", draftId);
        int position = 1;
        for (Regeneration.Outcome o : plan.paragraphs()) {
            if (o.storedId() == null) {
                insert(draftId, position++, o, draft.mandate.cutOff(), now, actor.username());
                continue;
            }
            boolean changed = o.action() != Regeneration.Action.UNCHANGED && o.action() != Regeneration.Action.KEPT;
            ComposedBlock b = o.block();
            if (b == null) {
                jdbc.update("update report_paragraph set position = ?, orphaned = ?,"
                        + " version = version + case when ? then 1 else 0 end where id = ?",
                        position++, o.orphaned(), changed, o.storedId());
                continue;
            }
            jdbc.update("update report_paragraph set position = ?, role = ?, chapter = ?, section = ?, kind = ?,"
                    + " placeholder = ?, text_ar = ?, text_en = ?, generated_ar = ?, generated_en = ?, pending_ar = ?,"
                    + " pending_en = ?, orphaned = false, sources = ?, footnotes = ?, data = ?, as_of = ?, generated_at = ?,"
                    + " version = version + case when ? then 1 else 0 end where id = ?",
                    position++, b.role().name(), b.chapter(), b.section(), o.kind().name(), o.placeholder(), o.textAr(),
                    o.textEn(), o.generatedAr(), o.generatedEn(), o.pendingAr(), o.pendingEn(),
                    BlockCodec.sources(b.sources()), BlockCodec.footnotes(b.footnotes()), BlockCodec.data(b.data()),
                    Date.valueOf(draft.mandate.cutOff()), Timestamp.from(now), changed, o.storedId());
        }
        jdbc.update("update report_draft set generated_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " where id = ?", Timestamp.from(now), Timestamp.from(now), actor.username(), draftId);
        RegenerationResult result = new RegenerationResult((int) plan.count(Regeneration.Action.UNCHANGED),
                (int) plan.count(Regeneration.Action.UPDATED), (int) plan.count(Regeneration.Action.ADDED),
                (int) plan.count(Regeneration.Action.FLAGGED), plan.removed().size(),
                (int) plan.count(Regeneration.Action.ORPHANED));
        saveVersion(draftId, actor, "report.version.regenerated");
        audit.record(actor.username(), ENTITY, draftId, "REGENERATE", draft.mandate.symbol() + ": " + result, null,
                null, null);
        return result;
    }

    private List<ComposedBlock> compose(ReportMandate mandate) {
        return ReportComposer.compose(facts.gather(mandate));
    }

    // ---- editing ------------------------------------------------------------------------------

    /** Saves a paragraph's two texts; a generated paragraph whose text changes becomes edited. */
    @Transactional
    public void editParagraph(Actor actor, long draftId, long paragraphId, long expectedVersion, String textAr,
                              String textEn) {
        editableDraft(actor, draftId);
        ParagraphView current = paragraph(draftId, paragraphId);
        if (current.version() != expectedVersion) {
            throw new DraftConflictException(current);
        }
        String ar = textAr == null ? "" : textAr.strip();
        String en = textEn == null ? "" : textEn.strip();
        DraftRules.checkParagraph(ar, en);
        ParagraphKind kind = current.kind();
        boolean placeholder = current.placeholder();
        if (kind == ParagraphKind.GENERATED || kind == ParagraphKind.EDITED) {
            kind = TextDiff.differ(ar, current.generatedAr()) || TextDiff.differ(en, current.generatedEn())
                    ? ParagraphKind.EDITED : ParagraphKind.GENERATED;
        } else if (kind == ParagraphKind.NARRATIVE && placeholder) {
            placeholder = !(TextDiff.differ(ar, current.textAr()) || TextDiff.differ(en, current.textEn()));
        }
        jdbc.update("update report_paragraph set text_ar = ?, text_en = ?, kind = ?, placeholder = ?, updated_at = ?,"
                + " updated_by = ?, version = version + 1 where id = ?", ar, en, kind.name(), placeholder,
                Timestamp.from(audit.now()), actor.username(), paragraphId);
        touch(draftId, actor);
        saveVersion(draftId, actor, "report.version.edited");
        audit.updated(actor.username(), ENTITY, draftId, label(current) + " edited", current.textAr(), ar);
    }

    /** Adds a person's paragraph (or heading) after another (null: at the start of the draft). */
    @Transactional
    public long addNarrative(Actor actor, long draftId, Long afterParagraphId, BlockRole role, String textAr,
                             String textEn) {
        editableDraft(actor, draftId);
        Objects.requireNonNull(role, "role");
        String ar = textAr == null ? "" : textAr.strip();
        String en = textEn == null ? "" : textEn.strip();
        DraftRules.checkParagraph(ar, en);
        int position = 0;
        int chapter = 1;
        int section = 0;
        if (afterParagraphId != null) {
            Map<String, Object> after = jdbc.queryForList("select position, chapter, section from report_paragraph"
                    + " where id = ? and draft_id = ?", afterParagraphId, draftId).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("report.paragraph.notFound", afterParagraphId));
            position = ((Number) after.get("position")).intValue();
            chapter = ((Number) after.get("chapter")).intValue();
            section = ((Number) after.get("section")).intValue();
        }
        if (role == BlockRole.CHAPTER_HEADING) {
            section = 0;
        }
        shiftAfter(draftId, position);
        ParagraphKind kind = role.isHeading() ? ParagraphKind.HEADING : ParagraphKind.NARRATIVE;
        Instant now = audit.now();
        Long id = jdbc.queryForObject("insert into report_paragraph (draft_id, position, role, chapter, section, kind,"
                + " text_ar, text_en, updated_at, updated_by) values (?,?,?,?,?,?,?,?,?,?) returning id", Long.class,
                draftId, position + 1, role.name(), chapter, section, kind.name(), ar, en, Timestamp.from(now),
                actor.username());
        touch(draftId, actor);
        saveVersion(draftId, actor, "report.version.added");
        audit.updated(actor.username(), ENTITY, draftId, "paragraph added", null, ar);
        return Objects.requireNonNull(id);
    }

    /** Moves a paragraph up (delta -1) or down (+1) past its visible neighbour. */
    @Transactional
    public void move(Actor actor, long draftId, long paragraphId, int delta) {
        editableDraft(actor, draftId);
        ParagraphView moving = paragraph(draftId, paragraphId);
        int position = positionOf(paragraphId);
        List<Map<String, Object>> neighbour = jdbc.queryForList(delta < 0
                ? "select id, position from report_paragraph where draft_id = ? and not dismissed and position < ? order by position desc limit 1"
                : "select id, position from report_paragraph where draft_id = ? and not dismissed and position > ? order by position limit 1",
                draftId, position);
        if (neighbour.isEmpty()) {
            throw new DomainException(delta < 0 ? "report.move.first" : "report.move.last");
        }
        long otherId = ((Number) neighbour.get(0).get("id")).longValue();
        int otherPosition = ((Number) neighbour.get(0).get("position")).intValue();
        jdbc.update("update report_paragraph set position = -1 where id = ?", paragraphId);
        jdbc.update("update report_paragraph set position = ?, version = version + 1 where id = ?", position, otherId);
        jdbc.update("update report_paragraph set position = ?, version = version + 1 where id = ?", otherPosition, paragraphId);
        if (moving.role() != BlockRole.CHAPTER_HEADING) {
            // A paragraph moved past a chapter heading belongs to that chapter now.
            jdbc.update("update report_paragraph p set chapter = coalesce((select h.chapter from report_paragraph h"
                    + " where h.draft_id = p.draft_id and h.role = 'CHAPTER_HEADING' and not h.dismissed"
                    + " and h.position < p.position order by h.position desc limit 1), p.chapter) where p.id = ?",
                    paragraphId);
        }
        touch(draftId, actor);
        saveVersion(draftId, actor, "report.version.moved");
        audit.updated(actor.username(), ENTITY, draftId, label(moving) + (delta < 0 ? " moved up" : " moved down"),
                null, null);
    }

    /** Deletes a paragraph; one the records produce is kept hidden so that regeneration does not bring it back. */
    @Transactional
    public void delete(Actor actor, long draftId, long paragraphId) {
        editableDraft(actor, draftId);
        ParagraphView p = paragraph(draftId, paragraphId);
        if (p.key() != null) {
            jdbc.update("update report_paragraph set dismissed = true, version = version + 1 where id = ?", paragraphId);
        } else {
            jdbc.update("delete from report_paragraph where id = ?", paragraphId);
        }
        touch(draftId, actor);
        saveVersion(draftId, actor, "report.version.deleted");
        audit.deleted(actor.username(), ENTITY, draftId, label(p) + " deleted", p.textAr());
    }

    /**
     * Settles a flagged paragraph in one language: take the records' new text, or keep the
     * person's text (the new generated text becomes the baseline later edits are measured against).
     */
    @Transactional
    public void reconcile(Actor actor, long draftId, long paragraphId, ReportLanguage language, boolean acceptGenerated) {
        editableDraft(actor, draftId);
        ParagraphView p = paragraph(draftId, paragraphId);
        String pending = language == ReportLanguage.EN ? p.pendingEn() : p.pendingAr();
        if (pending == null) {
            throw new DomainException("report.reconcile.nothing");
        }
        String suffix = language == ReportLanguage.EN ? "en" : "ar";
        String text = acceptGenerated ? pending : (language == ReportLanguage.EN ? p.textEn() : p.textAr());
        jdbc.update("update report_paragraph set text_" + suffix + " = ?, generated_" + suffix + " = ?, pending_"
                + suffix + " = null, updated_at = ?, updated_by = ?, version = version + 1 where id = ?", text, pending,
                Timestamp.from(audit.now()), actor.username(), paragraphId);
        ParagraphView after = paragraph(draftId, paragraphId);
        if (after.kind() == ParagraphKind.EDITED && !TextDiff.differ(after.textAr(), after.generatedAr())
                && !TextDiff.differ(after.textEn(), after.generatedEn())) {
            jdbc.update("update report_paragraph set kind = 'GENERATED' where id = ?", paragraphId);
        }
        touch(draftId, actor);
        saveVersion(draftId, actor, "report.version.reconciled");
        audit.updated(actor.username(), ENTITY, draftId,
                label(p) + (acceptGenerated ? " took the records' text" : " kept its text") + " (" + suffix + ")", null,
                null);
    }

    /** Draft → in review → final (or back to draft); a report with paragraphs to reconcile cannot be final. */
    @Transactional
    public void changeStatus(Actor actor, long draftId, DraftStatus next) {
        writer(actor);
        DraftRow draft = draft(draftId, true);
        DraftStatus status = draft.status.to(next);
        if (status == DraftStatus.FINAL) {
            int flagged = count("select count(*) from report_paragraph where draft_id = ? and not dismissed"
                    + " and (pending_ar is not null or pending_en is not null)", draftId);
            if (flagged > 0) {
                throw new DomainException("report.final.flagged", flagged);
            }
        }
        jdbc.update("update report_draft set status = ? where id = ?", status.name(), draftId);
        touch(draftId, actor);
        saveVersion(draftId, actor, "report.version.status." + status.name());
        audit.record(actor.username(), ENTITY, draftId, "STATUS", draft.mandate.symbol() + ": " + draft.status + " → "
                + status, null, draft.status.name(), status.name());
    }

    /** A new draft from a final report: the same mandate and paragraphs, the status draft; returns its id. */
    @Transactional
    public long startFrom(Actor actor, long finalDraftId) {
        writer(actor);
        DraftRow source = draft(finalDraftId, false);
        if (source.status != DraftStatus.FINAL) {
            throw new DomainException("report.startFrom.notFinal");
        }
        Instant now = audit.now();
        Long id = jdbc.queryForObject("insert into report_draft (symbol, session, agenda_item, agenda_footnote_symbol,"
                + " agenda_title_ar, agenda_title_en, title_ar, title_en, requesting_resolution, requesting_paragraph,"
                + " previous_resolution, issue_date, period_from, period_to, cut_off, cycle_id, original_language, digits,"
                + " status, started_from_id, generated_at, created_at, created_by, updated_at, updated_by)"
                + " select symbol, session, agenda_item, agenda_footnote_symbol, agenda_title_ar, agenda_title_en,"
                + " title_ar, title_en, requesting_resolution, requesting_paragraph, previous_resolution, issue_date,"
                + " period_from, period_to, cut_off, cycle_id, original_language, digits, 'DRAFT', id, generated_at,"
                + " ?, ?, ?, ? from report_draft where id = ? returning id", Long.class, Timestamp.from(now),
                actor.username(), Timestamp.from(now), actor.username(), finalDraftId);
        jdbc.update("insert into report_paragraph (draft_id, position, block_key, role, chapter, section, kind,"
                + " placeholder, text_ar, text_en, generated_ar, generated_en, pending_ar, pending_en, orphaned, dismissed,"
                + " sources, footnotes, data, as_of, generated_at, updated_at, updated_by)"
                + " select ?, position, block_key, role, chapter, section, kind, placeholder, text_ar, text_en,"
                + " generated_ar, generated_en, pending_ar, pending_en, orphaned, dismissed, sources, footnotes, data,"
                + " as_of, generated_at, ?, ? from report_paragraph where draft_id = ?", id, Timestamp.from(now),
                actor.username(), finalDraftId);
        saveVersion(id, actor, "report.version.startedFrom");
        audit.created(actor.username(), ENTITY, id,
                source.mandate.symbol() + ": started from final draft " + finalDraftId, null);
        return Objects.requireNonNull(id);
    }

    // ---- comments -----------------------------------------------------------------------------

    @Transactional
    public long addComment(Actor actor, long draftId, long paragraphId, String text) {
        editableDraft(actor, draftId);
        ParagraphView p = paragraph(draftId, paragraphId);
        String comment = text == null ? "" : text.strip();
        DraftRules.checkComment(comment);
        Long id = jdbc.queryForObject("insert into report_comment (draft_id, paragraph_id, author, text, created_at)"
                + " values (?,?,?,?,?) returning id", Long.class, draftId, paragraphId, actor.username(), comment,
                Timestamp.from(audit.now()));
        audit.record(actor.username(), ENTITY, draftId, "COMMENT", label(p) + ": " + comment, null, null, null);
        return Objects.requireNonNull(id);
    }

    @Transactional
    public void resolveComment(Actor actor, long draftId, long commentId) {
        writer(actor);
        draft(draftId, true);
        int updated = jdbc.update("update report_comment set resolved = true, resolved_by = ?, resolved_at = ?"
                + " where id = ? and draft_id = ? and not resolved", actor.username(), Timestamp.from(audit.now()),
                commentId, draftId);
        if (updated == 0 && count("select count(*) from report_comment where id = ? and draft_id = ?", commentId, draftId) == 0) {
            throw new NotFoundException("report.comment.notFound", commentId);
        }
        audit.record(actor.username(), ENTITY, draftId, "COMMENT", "comment " + commentId + " resolved", null, null, null);
    }

    // ---- records ------------------------------------------------------------------------------

    private static void reader(Actor actor) {
        if (actor == null || !(actor.isSecretariat() || actor.isAnalyst())) {
            throw new ForbiddenException("report drafts: " + (actor == null ? "nobody" : actor.username()));
        }
    }

    private static void writer(Actor actor) {
        Actor.requireSecretariat(actor, "report drafts");
    }

    private record DraftRow(long id, ReportMandate mandate, DraftStatus status, long version, Instant generatedAt,
                            Instant updatedAt, String updatedBy, Long startedFrom) {
    }

    private record Snapshot(long paragraphId, String key, BlockRole role, int chapter, String textAr, String textEn) {
    }

    /** The draft, locked for a change its status must still allow, after checking that the actor may write. */
    private DraftRow editableDraft(Actor actor, long draftId) {
        writer(actor);
        DraftRow draft = draft(draftId, true);
        draft.status.requireEditable();
        return draft;
    }

    private DraftRow draft(long id, boolean lock) {
        List<DraftRow> rows = jdbc.query("select * from report_draft where id = ?" + (lock ? " for update" : ""),
                (rs, n) -> new DraftRow(rs.getLong("id"), new ReportMandate(rs.getString("symbol"), rs.getInt("session"),
                        rs.getInt("agenda_item"), rs.getString("agenda_footnote_symbol"), rs.getString("agenda_title_ar"),
                        rs.getString("agenda_title_en"), rs.getString("title_ar"), rs.getString("title_en"),
                        rs.getString("requesting_resolution"), rs.getString("requesting_paragraph"),
                        rs.getString("previous_resolution"), rs.getObject("issue_date", LocalDate.class),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getObject("cut_off", LocalDate.class), (Long) rs.getObject("cycle_id", Long.class),
                        rs.getString("original_language"), DigitStyle.valueOf(rs.getString("digits"))),
                        DraftStatus.valueOf(rs.getString("status")), rs.getLong("version"), instant(rs, "generated_at"),
                        instant(rs, "updated_at"), rs.getString("updated_by"), (Long) rs.getObject("started_from_id", Long.class)),
                id);
        if (rows.isEmpty()) {
            throw new NotFoundException("report.draft.notFound", id);
        }
        return rows.get(0);
    }

    private List<ParagraphView> paragraphs(long draftId, Map<Long, List<CommentView>> comments) {
        return jdbc.query("select " + PARAGRAPH_COLUMNS + " from report_paragraph where draft_id = ? and not dismissed"
                + " order by position", (rs, n) -> paragraph(rs, comments), draftId);
    }

    private ParagraphView paragraph(long draftId, long paragraphId) {
        List<ParagraphView> rows = jdbc.query("select " + PARAGRAPH_COLUMNS + " from report_paragraph where id = ?"
                + " and draft_id = ? and not dismissed", (rs, n) -> paragraph(rs, Map.of()), paragraphId, draftId);
        if (rows.isEmpty()) {
            throw new NotFoundException("report.paragraph.notFound", paragraphId);
        }
        return rows.get(0);
    }

    private ParagraphView paragraph(ResultSet rs, Map<Long, List<CommentView>> comments) throws SQLException {
        long id = rs.getLong("id");
        return new ParagraphView(id, rs.getString("block_key"), BlockRole.valueOf(rs.getString("role")),
                rs.getInt("chapter"), rs.getInt("section"), ParagraphKind.valueOf(rs.getString("kind")),
                rs.getBoolean("placeholder"), rs.getString("text_ar"), rs.getString("text_en"),
                rs.getString("generated_ar"), rs.getString("generated_en"), rs.getString("pending_ar"),
                rs.getString("pending_en"), rs.getBoolean("orphaned"), BlockCodec.sources(rs.getString("sources")),
                rs.getObject("as_of", LocalDate.class), instant(rs, "generated_at"), rs.getBoolean("has_data"),
                BlockCodec.footnotes(rs.getString("footnotes")), comments.getOrDefault(id, List.of()),
                rs.getLong("version"));
    }

    private CommentView comment(ResultSet rs, int n) throws SQLException {
        return new CommentView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                rs.getBoolean(6), rs.getString(7), instant(rs, 8));
    }

    private void insert(long draftId, int position, Regeneration.Outcome o, LocalDate asOf, Instant now, String user) {
        ComposedBlock b = o.block();
        boolean generated = o.kind() != ParagraphKind.NARRATIVE || o.placeholder();
        jdbc.update("insert into report_paragraph (draft_id, position, block_key, role, chapter, section, kind, placeholder,"
                + " text_ar, text_en, generated_ar, generated_en, sources, footnotes, data, as_of, generated_at,"
                + " updated_at, updated_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", draftId, position, b.key(),
                b.role().name(), b.chapter(), b.section(), o.kind().name(), o.placeholder(), o.textAr(), o.textEn(),
                o.generatedAr(), o.generatedEn(), BlockCodec.sources(b.sources()), BlockCodec.footnotes(b.footnotes()),
                BlockCodec.data(b.data()), generated ? Date.valueOf(asOf) : null, Timestamp.from(now),
                Timestamp.from(now), user);
    }

    private void shiftAfter(long draftId, int position) {
        jdbc.update("update report_paragraph set position = -(position + 1) where draft_id = ? and position > ?",
                draftId, position);
        jdbc.update("update report_paragraph set position = -position where draft_id = ? and position < 0", draftId);
    }

    private int positionOf(long paragraphId) {
        return Objects.requireNonNull(jdbc.queryForObject("select position from report_paragraph where id = ?",
                Integer.class, paragraphId));
    }

    private void touch(long draftId, Actor actor) {
        jdbc.update("update report_draft set updated_at = ?, updated_by = ?, version = version + 1 where id = ?",
                Timestamp.from(audit.now()), actor.username(), draftId);
    }

    /** Every save is a version: a copy of the visible paragraphs' texts. */
    private void saveVersion(long draftId, Actor actor, String note) {
        Integer next = jdbc.queryForObject("select coalesce(max(number), 0) + 1 from report_version where draft_id = ?",
                Integer.class, draftId);
        Long versionId = jdbc.queryForObject("insert into report_version (draft_id, number, created_at, created_by, note)"
                + " values (?,?,?,?,?) returning id", Long.class, draftId, next, Timestamp.from(audit.now()),
                actor.username(), note);
        jdbc.update("insert into report_version_paragraph (version_id, position, paragraph_id, block_key, role, chapter,"
                + " text_ar, text_en) select ?, row_number() over (order by position), id, block_key, role, chapter,"
                + " text_ar, text_en from report_paragraph where draft_id = ? and not dismissed", versionId, draftId);
    }

    private VersionSummary version(long draftId, int number) {
        List<VersionSummary> rows = jdbc.query("select id, number, created_at, created_by, note from report_version"
                + " where draft_id = ? and number = ?", (rs, n) -> new VersionSummary(rs.getLong(1), rs.getInt(2),
                instant(rs, 3), rs.getString(4), rs.getString(5)), draftId, number);
        if (rows.isEmpty()) {
            throw new NotFoundException("report.version.notFound", number);
        }
        return rows.get(0);
    }

    private Map<Long, Snapshot> snapshot(long versionId) {
        Map<Long, Snapshot> out = new LinkedHashMap<>();
        jdbc.query("select paragraph_id, block_key, role, chapter, text_ar, text_en from report_version_paragraph"
                + " where version_id = ? order by position", rs -> {
                    out.put(rs.getLong(1), new Snapshot(rs.getLong(1), rs.getString(2), BlockRole.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getString(5), rs.getString(6)));
                }, versionId);
        return out;
    }

    private int count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, args));
    }

    private static String label(ParagraphView p) {
        return p.key() != null ? p.key() : "paragraph " + p.id();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
