package org.tiptracker.report.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ParagraphKind;
import org.tiptracker.report.ReportComposer;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.SeedReportFacts;
import org.tiptracker.report.draft.Regeneration.Action;
import org.tiptracker.report.draft.Regeneration.Outcome;
import org.tiptracker.report.draft.Regeneration.Plan;
import org.tiptracker.report.draft.Regeneration.Stored;

/** Regeneration on the 2016 report's facts: the records change under a draft people have worked on. */
class RegenerationTests {

    private final List<ComposedBlock> first = ReportComposer.compose(SeedReportFacts.facts());

    /** The facts a month later: the Protocol gained a party, so para. 5's text changes. */
    private List<ComposedBlock> withOneMoreProtocolParty() {
        ReportFacts facts = SeedReportFacts.facts();
        List<ReportFacts.TreatyFact> treaties = new ArrayList<>(facts.treaties());
        ReportFacts.TreatyFact tip = treaties.get(1);
        List<ReportFacts.JoinedState> joined = new ArrayList<>(tip.joined());
        joined.add(new ReportFacts.JoinedState("TKM", "تركمانستان", "Turkmenistan", java.time.LocalDate.of(2016, 5, 20), "a"));
        treaties.set(1, new ReportFacts.TreatyFact(tip.code(), tip.shortNameAr(), tip.backReferenceAr(), tip.shortNameEn(),
                tip.backReferenceEn(), joined, tip.partiesAtCutOff() + 1));
        return ReportComposer.compose(new ReportFacts(facts.mandate(), facts.resolutions(), facts.cycle(), treaties,
                facts.globalReport(), facts.measures(), facts.activities(), facts.icat(), facts.trustFund(),
                facts.awareness(), facts.recommendations()));
    }

    private static List<Stored> stored(List<Outcome> outcomes) {
        List<Stored> stored = new ArrayList<>();
        long id = 1;
        for (Outcome o : outcomes) {
            stored.add(new Stored(o.storedId() == null ? id : o.storedId(), o.block() == null ? null : o.block().key(),
                    o.kind(), o.placeholder(), o.textAr(), o.textEn(), o.generatedAr(), o.generatedEn(), o.pendingAr(),
                    o.pendingEn(), o.orphaned(), o.dismissed()));
            id++;
        }
        return stored;
    }

    private static int indexOf(List<Stored> stored, String key) {
        for (int i = 0; i < stored.size(); i++) {
            if (key.equals(stored.get(i).key())) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + key);
    }

    private static Outcome outcome(Plan plan, String key) {
        return plan.paragraphs().stream().filter(o -> o.block() != null && o.block().key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void regeneratingTheSameRecordsChangesNothing() {
        Plan plan = Regeneration.plan(stored(Regeneration.first(first)), first);
        assertThat(plan.count(Action.UNCHANGED)).isEqualTo(first.size());
        assertThat(plan.removed()).isEmpty();
        assertThat(plan.paragraphs()).extracting(o -> o.block().key()).containsExactlyElementsOf(
                first.stream().map(ComposedBlock::key).toList());
    }

    @Test
    void anUneditedParagraphTakesTheNewTextAndAnEditedOneWaitsToBeReconciled() {
        List<Stored> stored = stored(Regeneration.first(first));
        List<ComposedBlock> later = withOneMoreProtocolParty();
        String key = "II.parties";
        assertThat(later.stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow().textAr())
                .contains("تركمانستان");

        Plan untouched = Regeneration.plan(stored, later);
        Outcome updated = outcome(untouched, key);
        assertThat(updated.action()).isEqualTo(Action.UPDATED);
        assertThat(updated.textAr()).contains("تركمانستان");
        assertThat(updated.kind()).isEqualTo(ParagraphKind.GENERATED);

        int i = indexOf(stored, key);
        Stored p = stored.get(i);
        String typed = p.textAr() + " وقد أودعت الصكوك لدى الأمين العام.";
        stored.set(i, new Stored(p.id(), p.key(), ParagraphKind.EDITED, false, typed, p.textEn(), p.generatedAr(),
                p.generatedEn(), null, null, false, false));
        Plan plan = Regeneration.plan(stored, later);
        Outcome flagged = outcome(plan, key);
        assertThat(flagged.action()).isEqualTo(Action.FLAGGED);
        assertThat(flagged.textAr()).isEqualTo(typed);
        assertThat(flagged.pendingAr()).contains("تركمانستان");
        assertThat(flagged.generatedAr()).isEqualTo(p.generatedAr());
        // The English nobody touched follows the records.
        assertThat(flagged.pendingEn()).isNull();
        assertThat(flagged.textEn()).contains("Turkmenistan");
        assertThat(flagged.kind()).isEqualTo(ParagraphKind.EDITED);
    }

    @Test
    void aParagraphTheRecordsNoLongerProduceIsRemovedUnlessSomebodyEditedIt() {
        List<Stored> stored = stored(Regeneration.first(first));
        List<ComposedBlock> fewer = first.stream().filter(b -> !b.key().equals("II.parties")
                && !b.key().equals("II.criminalization")).toList();
        int i = indexOf(stored, "II.criminalization");
        Stored p = stored.get(i);
        stored.set(i, new Stored(p.id(), p.key(), ParagraphKind.EDITED, false, "نص كتبه موظف.", p.textEn(),
                p.generatedAr(), p.generatedEn(), null, null, false, false));

        Plan plan = Regeneration.plan(stored, fewer);
        assertThat(plan.removed()).extracting(Outcome::storedId).containsExactly(stored.get(indexOf(stored, "II.parties")).id());
        Outcome orphan = plan.paragraphs().stream().filter(o -> o.storedId() != null && o.storedId() == p.id())
                .findFirst().orElseThrow();
        assertThat(orphan.action()).isEqualTo(Action.ORPHANED);
        assertThat(orphan.orphaned()).isTrue();
        assertThat(orphan.textAr()).isEqualTo("نص كتبه موظف.");
    }

    @Test
    void narrativeStaysAfterTheParagraphItFollowedAndNewBlocksComeAfterTheirPredecessor() {
        List<Stored> stored = stored(Regeneration.first(first.stream().filter(b -> !b.key().equals("II.parties")).toList()));
        String before = first.get(first.indexOf(first.stream().filter(b -> b.key().equals("II.parties")).findFirst()
                .orElseThrow()) - 1).key();
        stored.add(indexOf(stored, before) + 1, new Stored(999, null, ParagraphKind.NARRATIVE, false, "فقرة كتبها موظف.", "A paragraph.",
                null, null, null, null, false, false));

        Plan plan = Regeneration.plan(stored, first);
        List<Outcome> order = plan.paragraphs();
        int at = 0;
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k).block() != null && order.get(k).block().key().equals(before)) {
                at = k;
            }
        }
        assertThat(order.get(at + 1).action()).isEqualTo(Action.ADDED);
        assertThat(order.get(at + 1).block().key()).isEqualTo("II.parties");
        assertThat(order.get(at + 2).storedId()).isEqualTo(999L);
        assertThat(order.get(at + 2).action()).isEqualTo(Action.KEPT);
        assertThat(plan.count(Action.ADDED)).isEqualTo(1);
    }

    @Test
    void aDeletedParagraphDoesNotComeBack() {
        List<Stored> stored = stored(Regeneration.first(first));
        int i = indexOf(stored, "II.parties");
        Stored p = stored.get(i);
        stored.set(i, new Stored(p.id(), p.key(), p.kind(), false, p.textAr(), p.textEn(), p.generatedAr(),
                p.generatedEn(), null, null, false, true));
        Plan plan = Regeneration.plan(stored, withOneMoreProtocolParty());
        Outcome dismissed = outcome(plan, "II.parties");
        assertThat(dismissed.dismissed()).isTrue();
        assertThat(plan.count(Action.ADDED)).isZero();
    }

    @Test
    void aFilledPlaceholderIsKeptAndAnEmptyOneFollowsTheComposer() {
        List<Stored> stored = stored(Regeneration.first(first));
        Stored placeholder = stored.stream().filter(Stored::placeholder).findFirst().orElseThrow();
        assertThat(placeholder.kind()).isEqualTo(ParagraphKind.NARRATIVE);
        Plan plan = Regeneration.plan(stored, first);
        assertThat(outcome(plan, placeholder.key()).placeholder()).isTrue();

        int i = stored.indexOf(placeholder);
        stored.set(i, new Stored(placeholder.id(), placeholder.key(), ParagraphKind.NARRATIVE, false, "نص الأمانة.",
                "Secretariat text.", placeholder.generatedAr(), placeholder.generatedEn(), null, null, false, false));
        Outcome filled = outcome(Regeneration.plan(stored, first), placeholder.key());
        assertThat(filled.textAr()).isEqualTo("نص الأمانة.");
        assertThat(filled.placeholder()).isFalse();
    }
}
