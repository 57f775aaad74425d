package org.tiptracker.report.compose;

import java.util.List;

import org.tiptracker.report.ComposedBlock;

/** Chapter VIII, resources (seed 001, paras 91–96): staff narrative only. */
final class ResourcesChapter {

    private ResourcesChapter() {
    }

    static List<ComposedBlock> compose(Context c) {
        return List.of(
                c.placeholder("VIII.mandates", "دور المكتب والمهام المسندة إليه في مكافحة الاتجار بالأشخاص",
                        "the role of UNODC and the tasks entrusted to it in combating trafficking in persons"),
                c.placeholder("VIII.resources", "الموارد المتاحة من الميزانية العادية والموارد الخارجة عن الميزانية والاحتياجات الإضافية",
                        "regular budget and extrabudgetary resources available, and further needs"));
    }
}
