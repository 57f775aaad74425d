package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;

/**
 * Chapter III: section A (measures reported by states), section B (activities of the United
 * Nations system) and section C (assessment and the way forward, staff narrative only), each
 * after its heading.
 */
final class ImplementationChapter {

    private static final String LETTERS = "ABC";

    private ImplementationChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        List<Function<Context, List<ComposedBlock>>> sections = List.of(MeasuresSection::compose,
                ActivitiesSection::compose, ImplementationChapter::assessment);
        List<ComposedBlock> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Context section = c.section(i + 1);
            out.add(section.heading("III." + LETTERS.charAt(i) + ".heading", BlockRole.SECTION_HEADING,
                    Headings.SECTIONS_AR.get(i), Headings.SECTIONS_EN.get(i)));
            out.addAll(sections.get(i).apply(section));
        }
        return out;
    }

    /** Section C. */
    private static List<ComposedBlock> assessment(Context c) {
        return List.of(c.placeholder("III.C.narrative", "تقييم التنفيذ والسير قُدماً", "assessment and way forward"));
    }
}
