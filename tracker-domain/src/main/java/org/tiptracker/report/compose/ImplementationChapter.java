package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.List;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts;

/**
 * Chapter III: its heading, section A (measures reported by states), section B (activities of the
 * United Nations system) and section C (assessment and the way forward, staff narrative only).
 */
public final class ImplementationChapter {

    static final int CHAPTER = 3;

    private ImplementationChapter() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        return compose(new Context(facts));
    }

    static List<ComposedBlock> compose(Context c) {
        List<ComposedBlock> out = new ArrayList<>();
        out.add(c.heading("III.heading", BlockRole.CHAPTER_HEADING, CHAPTER, 0, Headings.AR.get(2), Headings.EN.get(2)));
        out.addAll(MeasuresSection.compose(c));
        out.addAll(ActivitiesSection.compose(c));
        out.add(c.heading("III.C.heading", BlockRole.SECTION_HEADING, CHAPTER, 3, Headings.SECTIONS_AR.get(2),
                Headings.SECTIONS_EN.get(2)));
        out.add(c.placeholder("III.C.narrative", CHAPTER, 3, "تقييم التنفيذ والسير قُدماً",
                "assessment and way forward"));
        return out;
    }
}
