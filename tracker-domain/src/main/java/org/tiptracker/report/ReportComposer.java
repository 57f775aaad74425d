package org.tiptracker.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tiptracker.report.compose.Chapter;
import org.tiptracker.report.compose.Summary;

/**
 * Builds the whole report, in order, from its facts: the summary, chapters I–IX with their
 * headings, generated paragraphs and the places for narrative. Pure: the same facts give the
 * same blocks, and every key is unique. The chapters are the {@link Chapter}s, each with its
 * composer in {@code org.tiptracker.report.compose}.
 */
public final class ReportComposer {

    private ReportComposer() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        List<ComposedBlock> blocks = new ArrayList<>();
        blocks.addAll(Summary.compose(facts));
        for (Chapter chapter : Chapter.values()) {
            blocks.addAll(chapter.compose(facts));
        }
        Set<String> keys = new HashSet<>();
        for (ComposedBlock b : blocks) {
            if (!keys.add(b.key())) {
                throw new IllegalStateException("two blocks share the key " + b.key());
            }
        }
        return List.copyOf(blocks);
    }
}
