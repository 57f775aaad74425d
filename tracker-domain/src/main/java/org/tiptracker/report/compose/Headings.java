package org.tiptracker.report.compose;

import java.util.List;

import org.tiptracker.reporting.MeasureHeading;

/**
 * The headings of the report as seed 001 prints them, without their numbers or letters (the
 * layout adds {@code أولاً-}, {@code ألف-}, {@code ١-}). Two spellings of the seed are corrected:
 * {@code الاستئماني} (the seed prints {@code الاستثماري} in chapter VI's heading) and
 * {@code الاتجار} (it prints {@code الأتجار} in section III.B's heading).
 */
public final class Headings {

    /** Chapters I–IX in Arabic. */
    public static final List<String> AR = List.of(
        "مقدمة",
        "حالة التصديق على بروتوكول الاتجار بالأشخاص، والتقدم الذي أحرزته الدول الأعضاء صوب تجريم كل أشكال الاتجار بالأشخاص",
        "كفاءة التنفيذ الكامل والفعال لخطة العمل العالمية",
        "أنشطة فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص",
        "التقرير العالمي عن الاتجار بالأشخاص لمكتب الأمم المتحدة المعني بالمخدرات والجريمة: تحديث للمعلومات عن البحوث وتحليل الاتجاهات",
        "التطورات المتعلقة بصندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص، وبخاصة النساء والأطفال",
        "إذكاء الوعي: أنشطة الاحتفال باليوم العالمي لمكافحة الاتجار بالأشخاص في 30 تموز/يوليه",
        "وضع موارد منظومة الأمم المتحدة، وبخاصة مكتب الأمم المتحدة المعني بالمخدرات والجريمة، المتعلقة بمكافحة الاتجار بالأشخاص",
        "التوصيات"
    );

    /** Chapters I–IX in English. */
    public static final List<String> EN = List.of(
        "Introduction",
        "Status of ratification of the Trafficking in Persons Protocol and progress made by Member States towards"
                + " criminalizing all forms of trafficking in persons",
        "Ensuring the full and effective implementation of the Global Plan of Action",
        "Activities of the Inter-Agency Coordination Group against Trafficking in Persons",
        "Global Report on Trafficking in Persons of the United Nations Office on Drugs and Crime: update on research"
                + " and trend analysis",
        "Developments regarding the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons,"
                + " Especially Women and Children",
        "Raising awareness: activities to mark the World Day against Trafficking in Persons on 30 July",
        "Resources of the United Nations system, in particular the United Nations Office on Drugs and Crime, for"
                + " combating trafficking in persons",
        "Recommendations"
    );

    /** Chapter III's sections A–C in Arabic. */
    public static final List<String> SECTIONS_AR = List.of(
        "التدابير التي أبلغت عنها الدول الأعضاء، بما فيها التدابير المتعلقة بمنع الاتجار بالأشخاص وتقليص احتمالات أن يصبح الناس ضحايا له",
        "الأنشطة التي اضطلعت بها منظومة الأمم المتحدة والوكالات الأعضاء في فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص",
        "على طريق التنفيذ الكامل: التقييم والسير قُدماً"
    );

    /** Chapter III's sections A–C in English. */
    public static final List<String> SECTIONS_EN = List.of(
        "Measures reported by Member States, including measures to prevent trafficking in persons and to reduce"
                + " vulnerability to it",
        "Activities undertaken by the United Nations system and the member agencies of the Inter-Agency Coordination"
                + " Group against Trafficking in Persons",
        "Towards full implementation: appraisal and the way forward"
    );

    private Headings() {
    }

    /** The Global Plan heading of section III.A in Arabic. */
    public static String arabic(MeasureHeading heading) {
        return of(heading).arabic();
    }

    /** The Global Plan heading of section III.A in English. */
    public static String english(MeasureHeading heading) {
        return of(heading).english();
    }

    private record Heading(String arabic, String english) {
    }

    /** One table for both languages, so that a new heading cannot get one without the other. */
    private static Heading of(MeasureHeading heading) {
        return switch (heading) {
            case LEGISLATION -> new Heading("التشريعات", "Legislation");
            case PREVENTION -> new Heading("المنع", "Prevention");
            case PROSECUTION -> new Heading("الملاحقة القضائية والعقاب", "Prosecution and punishment");
            case PROTECTION -> new Heading("حماية ضحايا الاتجار ومساعدتهم",
                    "Protection of and assistance to victims of trafficking");
            case PARTNERSHIPS -> new Heading("الشراكات", "Partnerships");
        };
    }
}
