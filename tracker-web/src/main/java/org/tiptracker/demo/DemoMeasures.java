package org.tiptracker.demo;

import static org.tiptracker.reporting.ExploitationForm.BEGGING;
import static org.tiptracker.reporting.ExploitationForm.CRIMINAL_ACTIVITY;
import static org.tiptracker.reporting.ExploitationForm.DOMESTIC_SERVITUDE;
import static org.tiptracker.reporting.ExploitationForm.FORCED_LABOUR;
import static org.tiptracker.reporting.ExploitationForm.FORCED_MARRIAGE;
import static org.tiptracker.reporting.ExploitationForm.ORGAN_REMOVAL;
import static org.tiptracker.reporting.ExploitationForm.SEXUAL;
import static org.tiptracker.reporting.MeasureHeading.LEGISLATION;
import static org.tiptracker.reporting.MeasureHeading.PARTNERSHIPS;
import static org.tiptracker.reporting.MeasureHeading.PREVENTION;
import static org.tiptracker.reporting.MeasureHeading.PROSECUTION;
import static org.tiptracker.reporting.MeasureHeading.PROTECTION;
import static org.tiptracker.reporting.TargetGroup.CHILDREN;
import static org.tiptracker.reporting.TargetGroup.CRIMINAL_JUSTICE_OFFICIALS;
import static org.tiptracker.reporting.TargetGroup.GENERAL_PUBLIC;
import static org.tiptracker.reporting.TargetGroup.HEALTH_WORKERS;
import static org.tiptracker.reporting.TargetGroup.MIGRANT_WORKERS;
import static org.tiptracker.reporting.TargetGroup.PRIVATE_SECTOR;
import static org.tiptracker.reporting.TargetGroup.VICTIMS;
import static org.tiptracker.reporting.TargetGroup.WOMEN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.TargetGroup;

/**
 * Demonstration measures, written from the kinds of measures that the Secretary-General's report
 * of 1 July 2016 (seed 001, paras. 6-31) says member states reported. They are illustrations, not
 * what any state reported: every description ends with {@link #MARKER}. The choice of measures,
 * their dates and figures depend only on the state's position and the period (deterministic).
 */
final class DemoMeasures {

    static final String MARKER = "(محتوى إيضاحي)";

    private DemoMeasures() {
    }

    /** Which figures a kind of measure reports. */
    private enum FigureKind { NONE, CASES, INVESTIGATIONS, PROSECUTIONS, IDENTIFIED, ASSISTED, TRAINED }

    private record Template(MeasureHeading heading, String type, String title, String description,
                            Set<TargetGroup> groups, Set<ExploitationForm> forms, FigureKind figures, boolean worldDay) {
    }

    private static Template t(MeasureHeading heading, String type, String title, String description,
                              Set<TargetGroup> groups, Set<ExploitationForm> forms, FigureKind figures) {
        return new Template(heading, type, title, description, groups, forms, figures, false);
    }

    private static final List<Template> TEMPLATES = List.of(
            // 1. Legislation and national action plans (paras. 6-7)
            t(LEGISLATION, "LAW_ADOPTED", "تعديل قانون العقوبات لتجريم جميع أشكال الاتجار بالأشخاص",
                    "عُدِّل قانون العقوبات بحيث يشمل تعريف الاتجار بالأشخاص جميع أشكال الاستغلال المذكورة في بروتوكول الاتجار بالأشخاص، وشُدِّدت العقوبات عندما تكون الضحية طفلاً.",
                    Set.of(VICTIMS, CHILDREN), Set.of(SEXUAL, FORCED_LABOUR, ORGAN_REMOVAL), FigureKind.NONE),
            t(LEGISLATION, "LAW_ADOPTED", "قانون جديد لمكافحة الاتجار بالأعضاء البشرية",
                    "سُنَّ قانون يجرِّم الاتجار بالأشخاص بغرض نزع أعضائهم والاتجار بالأعضاء البشرية، وينظِّم التبرع بالأعضاء وزرعها.",
                    Set.of(HEALTH_WORKERS), Set.of(ORGAN_REMOVAL), FigureKind.NONE),
            t(LEGISLATION, "LAW_ADOPTED", "صلاحية إغلاق أماكن العمل وتعليق تراخيص التشغيل",
                    "يخوِّل تعديل تشريعي السلطات المختصة إغلاق أماكن العمل التي يثبت فيها استغلال ضحايا الاتجار وتعليق تراخيص التشغيل الممنوحة لأصحابها.",
                    Set.of(PRIVATE_SECTOR), Set.of(FORCED_LABOUR), FigureKind.NONE),
            t(LEGISLATION, "LAW_ADOPTED", "حماية المبلِّغين عن المخالفات",
                    "اعتُمدت أحكام تحمي المبلِّغين عن حالات الاتجار بالأشخاص من الدعاوى المدنية والجنائية المتصلة بالإبلاغ.",
                    Set.of(GENERAL_PUBLIC), Set.of(), FigureKind.NONE),
            t(LEGISLATION, "NATIONAL_ACTION_PLAN", "خطة العمل الوطنية لمكافحة الاتجار بالأشخاص",
                    "اعتمدت الحكومة خطة عمل وطنية متعددة السنوات تحدِّد مسؤوليات الوزارات والهيئات المعنية ومؤشرات قياس التقدم، وتيسِّر تبادل المعلومات والممارسات الجيدة.",
                    Set.of(GENERAL_PUBLIC, VICTIMS), Set.of(), FigureKind.NONE),
            t(LEGISLATION, "COORDINATION_BODY", "لجنة وطنية مشتركة بين الوكالات لتنسيق الجهود",
                    "أُنشئت لجنة وطنية مشتركة بين الوكالات لتنسيق جهود مكافحة الاتجار بالأشخاص، تضم ممثلين عن الوزارات المعنية والنيابة العامة ومنظمات المجتمع المدني، وتجتمع مرة كل ثلاثة أشهر.",
                    Set.of(), Set.of(), FigureKind.NONE),
            // 2. Prevention (paras. 8-14)
            t(PREVENTION, "SUPPLY_CHAIN", "خلو سلاسل الإمداد في المشتريات الحكومية من العمل القسري",
                    "اعتُمدت قواعد للمشتريات الحكومية تُلزم المورِّدين بالإفصاح عن التدابير المتخذة لضمان خلو سلاسل إمدادهم من العمل القسري والاتجار بالأشخاص.",
                    Set.of(PRIVATE_SECTOR), Set.of(FORCED_LABOUR), FigureKind.NONE),
            t(PREVENTION, "AWARENESS_CAMPAIGN", "الانضمام إلى حملة القلب الأزرق لمكافحة الاتجار بالبشر",
                    "انضمت الحكومة إلى حملة القلب الأزرق لمكافحة الاتجار بالبشر، ونُظِّمت في إطارها عروض ضوئية على المباني العامة ومسابقة إعلامية لطلاب الجامعات.",
                    Set.of(GENERAL_PUBLIC), Set.of(), FigureKind.NONE),
            new Template(PREVENTION, "AWARENESS_CAMPAIGN", "الاحتفال باليوم العالمي لمكافحة الاتجار بالأشخاص",
                    "نُظِّمت بمناسبة اليوم العالمي لمكافحة الاتجار بالأشخاص (٣٠ تموز/يوليه) عروض أفلام وحلقات دراسية بالتعاون مع منظمات المجتمع المدني والمنظمات الدولية.",
                    Set.of(GENERAL_PUBLIC), Set.of(), FigureKind.NONE, true),
            t(PREVENTION, "AWARENESS_CAMPAIGN", "حملة توعية عبر منصات التراسل الرقمية",
                    "أُطلقت على وسائل التواصل الاجتماعي ومنصات التراسل الرقمية حملة موجهة إلى الشباب تشرح أساليب التجنيد المضلِّلة عبر الإنترنت وسبل طلب المساعدة.",
                    Set.of(CHILDREN, WOMEN), Set.of(SEXUAL), FigureKind.NONE),
            t(PREVENTION, "AWARENESS_CAMPAIGN", "حملة إعلامية بشأن الزواج القسري",
                    "موَّلت الحكومة حملة إعلامية بشأن الزواج القسري تستهدف الأطفال والوالدين، تضمنت برامج تلفزيونية وعروضاً مسرحية في المدارس.",
                    Set.of(CHILDREN), Set.of(FORCED_MARRIAGE), FigureKind.NONE),
            t(PREVENTION, "AWARENESS_CAMPAIGN", "حملة بشأن العمل القسري في قطاعي الزراعة والبناء",
                    "نُفِّذت حملة توعية بشأن الاستغلال في العمل موجهة إلى العمال المهاجرين في قطاعي الزراعة والبناء، بلغاتهم الأصلية.",
                    Set.of(MIGRANT_WORKERS), Set.of(FORCED_LABOUR), FigureKind.NONE),
            t(PREVENTION, "LABOUR_MIGRATION", "تقييد رسوم التوظيف للمواطنين العاملين في الخارج",
                    "حُدِّد سقف لرسوم التوظيف التي يجوز لوكالات التوظيف تقاضيها من المواطنين العاملين في الخارج، ولا يُسمح للمنشآت بإرسال العاملين إلى الخارج إلا بعد اعتماد عقودهم من السلطات.",
                    Set.of(MIGRANT_WORKERS), Set.of(FORCED_LABOUR, DOMESTIC_SERVITUDE), FigureKind.NONE),
            t(PREVENTION, "LABOUR_MIGRATION", "تفتيش متكرر على أحوال العمال",
                    "كثَّفت مفتشية العمل زياراتها لأماكن العمل، وضمنت دفع الأجور المستحقة، وفرضت غرامات صارمة وفترات حظر على أرباب العمل الذين يقتطعون من الأجور مقابل السكن.",
                    Set.of(MIGRANT_WORKERS, PRIVATE_SECTOR), Set.of(FORCED_LABOUR), FigureKind.NONE),
            t(PREVENTION, "RESEARCH_DATA", "دراسة وطنية عن طبيعة الاتجار بالأشخاص ومدى انتشاره",
                    "أُجريت بالتعاون مع الجامعات دراسة وطنية لتحليل طبيعة الاتجار بالأشخاص ومدى انتشاره، وأُنشئت قاعدة بيانات موحدة تجمع إحصاءات الشرطة والنيابة العامة ومقدمي الخدمات.",
                    Set.of(VICTIMS), Set.of(), FigureKind.NONE),
            t(PREVENTION, "OTHER", "برامج إنمائية للحد من العوامل التي تجعل الناس عرضة للاتجار",
                    "نُفِّذت برامج للتمكين الاقتصادي وللتدريب المهني في المناطق الريفية الأشد فقراً للحد من العوامل التي تجعل النساء والشباب عرضة للاتجار.",
                    Set.of(WOMEN), Set.of(), FigureKind.NONE),
            // 3. Prosecution and punishment (paras. 15-19)
            t(PROSECUTION, "GUIDELINES", "مبادئ توجيهية للتحقيق في قضايا الاتجار والملاحقة القضائية",
                    "أصدر النائب العام مبادئ توجيهية بشأن التحقيق في قضايا الاتجار بالأشخاص وملاحقة مرتكبيها، تتناول جمع الأدلة المالية وحماية الشهود.",
                    Set.of(CRIMINAL_JUSTICE_OFFICIALS), Set.of(), FigureKind.NONE),
            t(PROSECUTION, "TRAINING", "تدريب منتظم لموظفي العدالة الجنائية",
                    "نُظِّمت دورات تدريبية منتظمة لضباط الشرطة والمدعين العامين والقضاة بشأن استبانة ضحايا الاتجار والتحقيق في القضايا.",
                    Set.of(CRIMINAL_JUSTICE_OFFICIALS), Set.of(), FigureKind.TRAINED),
            t(PROSECUTION, "SPECIALIZED_UNIT", "وحدة متخصصة متعددة التخصصات لإنفاذ القانون",
                    "أُنشئت في الشرطة الوطنية وحدة متخصصة للتحقيق في جرائم الاتجار بالأشخاص، تعمل مع مكتب متخصص تابع للنائب العام.",
                    Set.of(CRIMINAL_JUSTICE_OFFICIALS), Set.of(SEXUAL, FORCED_LABOUR), FigureKind.INVESTIGATIONS),
            t(PROSECUTION, "OTHER", "عدم التساهل مطلقاً مع تواطؤ الموظفين العموميين",
                    "اعتُمدت سياسة عدم التساهل مطلقاً مع الفساد في قضايا الاتجار، وأُحيل إلى القضاء موظفون عموميون يُشتبه في تواطئهم مع المتجرين.",
                    Set.of(CRIMINAL_JUSTICE_OFFICIALS), Set.of(), FigureKind.PROSECUTIONS),
            t(PROSECUTION, "PROSECUTION_DATA", "الدعاوى القضائية والإدانات في قضايا الاتجار بالأشخاص",
                    "أُبلغ عن عدد التحقيقات والملاحقات القضائية والإدانات في قضايا الاتجار بالأشخاص خلال الفترة المشمولة، وصدرت أحكام بالسجن تتناسب مع جسامة الجرائم.",
                    Set.of(), Set.of(SEXUAL, FORCED_LABOUR), FigureKind.CASES),
            t(PROSECUTION, "NON_PUNISHMENT", "إعفاء ضحايا الاتجار من الملاحقة الجنائية",
                    "نصَّ تعديل تشريعي على عدم ملاحقة ضحايا الاتجار جنائياً عن الجرائم التي اضطروا إلى ارتكابها نتيجة للاتجار بهم.",
                    Set.of(VICTIMS), Set.of(CRIMINAL_ACTIVITY, BEGGING), FigureKind.NONE),
            t(PROSECUTION, "SPECIALIZED_UNIT", "آلية لاستبانة الأطفال المعرضين لخطر الاتجار",
                    "وُضعت آلية للكشف السريع عن الأطفال المعرضين لخطر الاتجار في المعابر الحدودية وعن المتجرين المشتبه فيهم، بالتنسيق بين شرطة الحدود وأجهزة حماية الطفل.",
                    Set.of(CHILDREN), Set.of(SEXUAL, BEGGING), FigureKind.IDENTIFIED),
            // 4. Protection of and assistance to victims (paras. 20-28)
            t(PROTECTION, "REFERRAL_MECHANISM", "الآلية الوطنية لإحالة ضحايا الاتجار",
                    "اعتُمدت آلية وطنية للإحالة تحدِّد أدوار الأجهزة الحكومية والمنظمات غير الحكومية والمنظمات الدولية في تحديد الضحايا ودعمهم، مع أنشطة توعية في المطارات والموانئ.",
                    Set.of(VICTIMS), Set.of(), FigureKind.IDENTIFIED),
            t(PROTECTION, "GUIDELINES", "إجراءات تشغيلية موحدة لاستبانة الضحايا ومساعدتهم",
                    "صدرت إجراءات تشغيلية موحدة بشأن استبانة ضحايا الاتجار ومساعدتهم وحمايتهم، تتضمن فصلاً عن تلبية الاحتياجات الخاصة للأطفال.",
                    Set.of(VICTIMS, CHILDREN), Set.of(), FigureKind.NONE),
            t(PROTECTION, "HOTLINE", "خط هاتفي مجاني للمساعدة وأداة إلكترونية للإبلاغ",
                    "أُنشئ خط هاتفي مجاني يعمل على مدار الساعة بعدة لغات، وأداة إلكترونية للإبلاغ دون كشف الهوية عن الحالات المحتملة للاتجار بالبشر.",
                    Set.of(VICTIMS, GENERAL_PUBLIC), Set.of(), FigureKind.ASSISTED),
            t(PROTECTION, "SHELTER_SERVICES", "مأوى متخصص وخدمات لضحايا الاتجار",
                    "يقدِّم مأوى متخصص لضحايا الاتجار الرعاية الطبية والمساعدة النفسية والمساعدة القانونية وبرامج التعليم وإعادة الإدماج.",
                    Set.of(VICTIMS, WOMEN), Set.of(SEXUAL, DOMESTIC_SERVITUDE), FigureKind.ASSISTED),
            t(PROTECTION, "RESIDENCE_PERMIT", "تصاريح إقامة لضحايا الاتجار من رعايا البلدان الثالثة",
                    "يحق لضحايا الاتجار من رعايا البلدان الثالثة الحصول على فترة للتفكير والتعافي ثم على تصريح إقامة وعمل لا يتوقف على التعاون مع سلطات إنفاذ القانون.",
                    Set.of(VICTIMS, MIGRANT_WORKERS), Set.of(), FigureKind.NONE),
            t(PROTECTION, "TRAINING", "تدريب العاملين في القطاع الصحي على استبانة الضحايا",
                    "درَّبت وزارة الصحة العاملين في المستشفيات ومراكز الرعاية الأولية على مؤشرات الاتجار بالأشخاص وعلى إحالة الضحايا المحتملين إلى الجهات المختصة.",
                    Set.of(HEALTH_WORKERS), Set.of(), FigureKind.TRAINED),
            t(PROTECTION, "COMPENSATION", "صندوق لتعويض ضحايا الاتجار",
                    "أُنشئ صندوق لتعويض ضحايا الاتجار يموَّل من الأصول المصادرة من المتجرين.",
                    Set.of(VICTIMS), Set.of(), FigureKind.ASSISTED),
            t(PROTECTION, "OTHER", "برنامج للعودة الطوعية والآمنة",
                    "يكفل برنامج للعودة الطوعية، بالتعاون مع المنظمة الدولية للهجرة، عودة ضحايا الاتجار إلى بلدانهم الأصلية عودة آمنة مع مساعدتهم على إعادة الإدماج.",
                    Set.of(VICTIMS, MIGRANT_WORKERS), Set.of(), FigureKind.ASSISTED),
            t(PROTECTION, "CIVIL_SOCIETY", "برنامج منح للمنظمات غير الحكومية",
                    "أطلقت الحكومة برنامج منح لفائدة المنظمات غير الحكومية التي تعمل مع الفئات الضعيفة وضحايا الاتجار بالأشخاص.",
                    Set.of(VICTIMS), Set.of(), FigureKind.NONE),
            t(PROTECTION, "TRAINING", "تدريب الموظفين الدبلوماسيين والقنصليين وأفراد حفظ السلام",
                    "تلقى الموظفون الدبلوماسيون والقنصليون، والجنود قبل نشرهم ضمن بعثات حفظ السلام، تدريباً على تحديد هوية ضحايا الاتجار وكيفية تقديم المساعدة لهم.",
                    Set.of(CRIMINAL_JUSTICE_OFFICIALS), Set.of(), FigureKind.TRAINED),
            t(PROTECTION, "COORDINATION_BODY", "شبكة وطنية لتنسيق التبرع بالأعضاء وزرعها",
                    "أُنشئت شبكة وطنية لتنسيق التبرع بالأعضاء وزرعها للحد من الاتجار بالأشخاص بغرض نزع أعضائهم.",
                    Set.of(HEALTH_WORKERS), Set.of(ORGAN_REMOVAL), FigureKind.NONE),
            // 5. Partnerships (paras. 29-31)
            t(PARTNERSHIPS, "BILATERAL_AGREEMENT", "مذكرة تفاهم ثنائية بشأن مكافحة الاتجار بالأشخاص",
                    "وُقِّعت مذكرة تفاهم مع دولة مجاورة بشأن تبادل المعلومات وإعادة الضحايا وإجراء تحقيقات مشتركة.",
                    Set.of(VICTIMS), Set.of(), FigureKind.NONE),
            t(PARTNERSHIPS, "REGIONAL_COOPERATION", "التعاون بين بلدان المنشأ وبلدان العبور وبلدان المقصد",
                    "شاركت السلطات في عمليات مشتركة وفي شبكة إقليمية لتبادل المعلومات بين بلدان المنشأ وبلدان العبور وبلدان المقصد.",
                    Set.of(CRIMINAL_JUSTICE_OFFICIALS), Set.of(SEXUAL, FORCED_LABOUR), FigureKind.INVESTIGATIONS),
            t(PARTNERSHIPS, "CIVIL_SOCIETY", "شراكة مع القطاع الخاص ووسائل الإعلام",
                    "أُبرمت شراكة مع اتحادات أرباب العمل ووسائل الإعلام لإدماج مكافحة الاتجار بالأشخاص في سياسات المسؤولية الاجتماعية للشركات.",
                    Set.of(PRIVATE_SECTOR), Set.of(FORCED_LABOUR), FigureKind.NONE),
            t(PARTNERSHIPS, "REGIONAL_COOPERATION", "خطوات نحو توقيع إطار إقليمي لمكافحة الاتجار بالأعضاء البشرية",
                    "اتُّخذت خطوات لتوقيع إطار إقليمي يستهدف الاتجار بالأعضاء البشرية، يتضمن أحكاماً لردع هذه الممارسات وحماية الضحايا.",
                    Set.of(), Set.of(ORGAN_REMOVAL), FigureKind.NONE));

    /** How many measures the state at {@code index} reports: two to five. */
    static int countFor(int index) {
        return 2 + index % 4;
    }

    /** The demonstration measures of the state at {@code index}, dated inside the period. */
    static List<Measure> forState(int index, LocalDate from, LocalDate to) {
        int n = TEMPLATES.size();
        long span = ChronoUnit.DAYS.between(from, to);
        List<Measure> measures = new ArrayList<>();
        for (int k = 0; k < countFor(index); k++) {
            int number = (index * 3 + k * 11) % n;
            Template t = TEMPLATES.get(number);
            int seed = index * 31 + number * 7;
            LocalDate start = from.plusDays((seed * 53L) % Math.max(1, span - 30));
            LocalDate end = null;
            if (t.worldDay()) {
                start = worldDay(from, to, index);
                end = start;
            } else if (seed % 3 == 0) {
                end = start.plusDays(30 + (seed % 200));
                if (end.isAfter(to)) {
                    end = to;
                }
            }
            measures.add(new Measure(t.heading(), t.type(), t.title(), t.description() + " " + MARKER, start, end,
                    t.groups(), t.forms(), figures(t.figures(), seed),
                    t.type().equals("NATIONAL_ACTION_PLAN") ? "A/RES/64/293" : null,
                    seed % 4 == 0 ? "A/RES/70/179" : null));
        }
        return measures;
    }

    private static LocalDate worldDay(LocalDate from, LocalDate to, int index) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate day = LocalDate.of(year, 7, 30);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                days.add(day);
            }
        }
        return days.isEmpty() ? from : days.get(index % days.size());
    }

    private static Figures figures(FigureKind kind, int seed) {
        int base = 5 + Math.floorMod(seed * 17, 140);
        return switch (kind) {
            case NONE -> Figures.NONE;
            case CASES -> new Figures(base + 20, base / 2 + 8, base / 4 + 3, base + 11, base + 6, null);
            case INVESTIGATIONS -> new Figures(base + 12, null, null, null, null, null);
            case PROSECUTIONS -> new Figures(null, 2 + base % 9, 1 + (base % 9) / 2, null, null, null);
            case IDENTIFIED -> new Figures(null, null, null, base + 3, null, null);
            case ASSISTED -> new Figures(null, null, null, null, base * 2 + 4, null);
            case TRAINED -> new Figures(null, null, null, null, null, 40 + base * 9);
        };
    }
}
