package org.tiptracker.report;

import java.util.List;

/**
 * Builds the whole report, in order, from its facts: the summary, chapters I–IX with their
 * headings, generated paragraphs and the places for narrative. Pure: the same facts give the
 * same blocks, and every key is unique.
 */
public final class ReportComposer {

    private ReportComposer() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        throw new UnsupportedOperationException("not yet");
    }
}
