package org.tiptracker.report.compose;

import java.util.List;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts;

/** Chapter VIII, resources (seed 001, paras 91–96): staff narrative only. */
public final class ResourcesChapter {

    static final int CHAPTER = 8;

    private ResourcesChapter() {
    }

    public static List<ComposedBlock> compose(ReportFacts facts) {
        return compose(new Context(facts));
    }

    static List<ComposedBlock> compose(Context c) {
        return List.of(
                c.heading("VIII.heading", BlockRole.CHAPTER_HEADING, CHAPTER, 0, Headings.AR.get(7), Headings.EN.get(7)),
                c.placeholder("VIII.mandates", CHAPTER, 0,
                        "دور المكتب والمهام المسندة إليه في مكافحة الاتجار بالأشخاص",
                        "the role of UNODC and the tasks entrusted to it in combating trafficking in persons"),
                c.placeholder("VIII.resources", CHAPTER, 0,
                        "الموارد المتاحة من الميزانية العادية والموارد الخارجة عن الميزانية والاحتياجات الإضافية",
                        "regular budget and extrabudgetary resources available, and further needs"));
    }
}
