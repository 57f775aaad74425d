package org.tiptracker.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tiptracker.report.compose.ActivitiesSection;
import org.tiptracker.report.compose.AwarenessChapter;
import org.tiptracker.report.compose.GlobalReportChapter;
import org.tiptracker.report.compose.IcatChapter;
import org.tiptracker.report.compose.ImplementationChapter;
import org.tiptracker.report.compose.MandateChapter;
import org.tiptracker.report.compose.RatificationChapter;
import org.tiptracker.report.compose.RecommendationsChapter;
import org.tiptracker.report.compose.ResourcesChapter;
import org.tiptracker.report.compose.Summary;
import org.tiptracker.report.compose.TrustFundChapter;

/**
 * Builds the whole report, in order, from its facts: the summary, chapters I–IX with their
 * headings, generated paragraphs and the places for narrative. Pure: the same facts give the
 * same blocks, and every key is unique. Each chapter has its composer in
 * {@code org.tiptracker.report.compose} ({@link MandateChapter}, {@link RatificationChapter},
 * {@link ImplementationChapter} with {@link ActivitiesSection}, …).
 */
public final class ReportComposer {

    private ReportComposer() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        List<ComposedBlock> blocks = new ArrayList<>();
        blocks.addAll(Summary.compose(facts));
        blocks.addAll(MandateChapter.compose(facts));
        blocks.addAll(RatificationChapter.compose(facts));
        blocks.addAll(ImplementationChapter.compose(facts));
        blocks.addAll(IcatChapter.compose(facts));
        blocks.addAll(GlobalReportChapter.compose(facts));
        blocks.addAll(TrustFundChapter.compose(facts));
        blocks.addAll(AwarenessChapter.compose(facts));
        blocks.addAll(ResourcesChapter.compose(facts));
        blocks.addAll(RecommendationsChapter.compose(facts));
        Set<String> keys = new HashSet<>();
        for (ComposedBlock b : blocks) {
            if (!keys.add(b.key())) {
                throw new IllegalStateException("two blocks share the key " + b.key());
            }
        }
        return List.copyOf(blocks);
    }
}
