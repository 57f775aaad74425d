package org.tiptracker.report.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ParagraphKind;

/**
 * What regenerating a draft from the records does to its stored paragraphs. Never loses a typed
 * word: a paragraph nobody changed takes the records' new text; in a paragraph a person changed,
 * the person's text stays and the new generated text waits beside it to be reconciled (language by
 * language: an edit of the Arabic does not hold back the English); a paragraph the records no longer
 * produce is removed only if nobody changed it, otherwise kept and marked orphaned; a paragraph a
 * person deleted stays deleted; paragraphs people wrote stay where they are, and paragraphs people
 * moved keep their place. New blocks go after the block the composer puts before them.
 */
public final class Regeneration {

    /** What happened to one paragraph. */
    public enum Action { UNCHANGED, UPDATED, ADDED, FLAGGED, REMOVED, ORPHANED, KEPT }

    /**
     * A stored paragraph as regeneration needs it.
     *
     * @param id          the stored id
     * @param key         the composer's key, or null for what a person added
     * @param generatedAr the records' text when last adopted (null for narrative)
     * @param placeholder a place for narrative still holding the composer's marker text
     * @param dismissed   deleted by a person (kept hidden so that it does not come back)
     */
    public record Stored(long id, String key, ParagraphKind kind, boolean placeholder, String textAr, String textEn,
                         String generatedAr, String generatedEn, String pendingAr, String pendingEn,
                         boolean orphaned, boolean dismissed) {
    }

    /**
     * A paragraph after regeneration, in the draft's new order.
     *
     * @param storedId null for a paragraph the records now produce for the first time
     * @param block    the composed block it now follows (null for narrative and orphaned paragraphs)
     */
    public record Outcome(Long storedId, ComposedBlock block, Action action, ParagraphKind kind, boolean placeholder,
                          String textAr, String textEn, String generatedAr, String generatedEn, String pendingAr,
                          String pendingEn, boolean orphaned, boolean dismissed) {
    }

    /** The paragraphs in their new order, and the ones removed. */
    public record Plan(List<Outcome> paragraphs, List<Outcome> removed) {
        public Plan {
            paragraphs = List.copyOf(paragraphs);
            removed = List.copyOf(removed);
        }

        public long count(Action action) {
            return (action == Action.REMOVED ? removed : paragraphs).stream()
                    .filter(o -> o.action() == action && !o.dismissed()).count();
        }
    }

    private Regeneration() {
    }

    /** The outcome of the first generation: every composed block, in order. */
    public static List<Outcome> first(List<ComposedBlock> composed) {
        return composed.stream().map(Regeneration::added).toList();
    }

    public static Plan plan(List<Stored> stored, List<ComposedBlock> composed) {
        Map<String, ComposedBlock> byKey = new LinkedHashMap<>();
        for (ComposedBlock block : composed) {
            if (byKey.put(block.key(), block) != null) {
                throw new IllegalArgumentException("two composed blocks share the key " + block.key());
            }
        }
        List<Outcome> order = new ArrayList<>();
        List<Outcome> removed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Stored paragraph : stored) {
            if (paragraph.key() == null) {
                order.add(kept(paragraph, Action.KEPT, false));
                continue;
            }
            present.add(paragraph.key());
            ComposedBlock block = byKey.get(paragraph.key());
            if (block == null) {
                if (paragraph.dismissed() || !changedByPerson(paragraph)) {
                    removed.add(kept(paragraph, Action.REMOVED, false));
                } else {
                    order.add(kept(paragraph, paragraph.orphaned() ? Action.KEPT : Action.ORPHANED, true));
                }
            } else {
                order.add(update(paragraph, block));
            }
        }
        Map<String, Integer> index = new HashMap<>();
        String before = null;
        for (ComposedBlock block : composed) {
            if (!present.contains(block.key())) {
                reindex(order, index);
                int at = before == null ? 0 : index.get(before) + 1;
                order.add(at, added(block));
            }
            before = block.key();
        }
        return new Plan(order, removed);
    }

    private static void reindex(List<Outcome> order, Map<String, Integer> index) {
        index.clear();
        for (int i = 0; i < order.size(); i++) {
            String key = key(order.get(i));
            if (key != null) {
                index.put(key, i);
            }
        }
    }

    private static String key(Outcome outcome) {
        return outcome.block() != null ? outcome.block().key() : null;
    }

    /** Whether a person changed the paragraph's text in either language, or filled its placeholder. */
    public static boolean changedByPerson(Stored paragraph) {
        if (paragraph.kind() == ParagraphKind.NARRATIVE) {
            return !paragraph.placeholder();
        }
        return TextDiff.differ(paragraph.textAr(), paragraph.generatedAr())
                || TextDiff.differ(paragraph.textEn(), paragraph.generatedEn());
    }

    private static Outcome added(ComposedBlock block) {
        return new Outcome(null, block, Action.ADDED, block.initialKind(), block.placeholder(), block.textAr(),
                block.textEn(), block.textAr(), block.textEn(), null, null, false, false);
    }

    private static Outcome kept(Stored p, Action action, boolean orphaned) {
        return new Outcome(p.id(), null, action, p.kind(), p.placeholder(), p.textAr(), p.textEn(), p.generatedAr(),
                p.generatedEn(), p.pendingAr(), p.pendingEn(), orphaned, p.dismissed());
    }

    private static Outcome update(Stored p, ComposedBlock block) {
        if (p.dismissed()) {
            return new Outcome(p.id(), block, Action.UNCHANGED, p.kind(), p.placeholder(), p.textAr(), p.textEn(),
                    block.textAr(), block.textEn(), null, null, false, true);
        }
        if (p.kind() == ParagraphKind.NARRATIVE) {
            if (p.placeholder()) {
                boolean changed = TextDiff.differ(p.textAr(), block.textAr()) || TextDiff.differ(p.textEn(), block.textEn());
                return new Outcome(p.id(), block, changed ? Action.UPDATED : Action.UNCHANGED, ParagraphKind.NARRATIVE,
                        true, block.textAr(), block.textEn(), block.textAr(), block.textEn(), null, null, false, false);
            }
            return new Outcome(p.id(), block, Action.UNCHANGED, ParagraphKind.NARRATIVE, false, p.textAr(), p.textEn(),
                    block.textAr(), block.textEn(), null, null, false, false);
        }
        Language ar = Language.of(p.textAr(), p.generatedAr(), p.pendingAr(), block.textAr());
        Language en = Language.of(p.textEn(), p.generatedEn(), p.pendingEn(), block.textEn());
        ParagraphKind kind = p.kind() == ParagraphKind.HEADING ? ParagraphKind.HEADING
                : ar.edited || en.edited ? ParagraphKind.EDITED : ParagraphKind.GENERATED;
        Action action = ar.newlyFlagged || en.newlyFlagged ? Action.FLAGGED
                : ar.updated || en.updated ? Action.UPDATED : Action.UNCHANGED;
        return new Outcome(p.id(), block, action, kind, false, ar.text, en.text, ar.baseline, en.baseline, ar.pending,
                en.pending, false, false);
    }

    /** One language of a paragraph after regeneration. */
    private record Language(String text, String baseline, String pending, boolean edited, boolean updated,
                            boolean newlyFlagged) {

        static Language of(String text, String baseline, String pending, String generated) {
            boolean edited = baseline == null || TextDiff.differ(text, baseline);
            if (!edited) {
                return new Language(generated, generated, null, false, TextDiff.differ(text, generated), false);
            }
            if (!TextDiff.differ(generated, baseline)) {
                return new Language(text, baseline, null, true, false, false);
            }
            boolean newly = pending == null || TextDiff.differ(pending, generated);
            return new Language(text, baseline, generated, true, false, newly);
        }
    }
}
