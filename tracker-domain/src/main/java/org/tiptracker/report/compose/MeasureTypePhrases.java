package org.tiptracker.report.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a state reported, per measure type code, as the predicate of {@code أفادت … بأنها …}: a
 * feminine past verb (it agrees with one state and, as non-human plurals do, with many) and the
 * rest of the phrase, free of pronouns so that the dual is the verb with {@code ا} added
 * ({@code اعتمدت} → {@code اعتمدتا}); in English a gerund phrase after "reported having".
 */
public final class MeasureTypePhrases {

    /** One predicate. */
    public record Phrase(String verbAr, String restAr, String en) {

        /** With one state, or three and more: {@code اعتمدت تشريعات …}. */
        public String arabic() {
            return verbAr + " " + restAr;
        }

        /** With two states: {@code اعتمدتا تشريعات …}. */
        public String arabicDual() {
            return verbAr + "ا " + restAr;
        }
    }

    private static final Map<String, Phrase> PHRASES = new LinkedHashMap<>();

    static {
        put("LAW_ADOPTED", "اعتمدت", "تشريعات جديدة أو تعديلات تشريعية لمكافحة الاتجار بالأشخاص",
                "adopted new legislation or legislative amendments to combat trafficking in persons");
        put("NATIONAL_ACTION_PLAN", "وضعت", "خطط عمل وطنية أو أطراً استراتيجية لمكافحة الاتجار بالأشخاص",
                "developed national action plans or strategic frameworks to combat trafficking in persons");
        put("COORDINATION_BODY", "أنشأت", "هيئات أو آليات وطنية لتنسيق جهود مكافحة الاتجار بالأشخاص",
                "established national bodies or mechanisms to coordinate efforts against trafficking in persons");
        put("AWARENESS_CAMPAIGN", "نظّمت", "حملات توعية وطنية بشأن الاتجار بالأشخاص",
                "conducted national awareness-raising campaigns on trafficking in persons");
        put("RESEARCH_DATA", "اضطلعت", "بالبحوث وبجمع البيانات من أجل تعزيز تحليل طبيعة الاتجار بالأشخاص ومدى انتشاره",
                "carried out research and collected data to better analyse the nature and extent of trafficking in persons");
        put("LABOUR_MIGRATION", "اتخذت", "تدابير لحماية حقوق العمال، ومنهم العمال المهاجرون، وتنظيم التوظيف",
                "taken measures to protect the rights of workers, including migrant workers, and to regulate recruitment");
        put("SUPPLY_CHAIN", "اتخذت", "تدابير لمكافحة الاتجار بالأشخاص في سلاسل الإمداد في القطاعين العام والخاص",
                "taken measures against trafficking in persons in public and private supply chains");
        put("HOTLINE", "أنشأت", "خطوطاً هاتفية للمساعدة أو أدوات للإبلاغ عن الحالات المحتملة للاتجار بالأشخاص",
                "set up helplines or tools to report possible cases of trafficking in persons");
        put("SPECIALIZED_UNIT", "أنشأت", "وحدات متخصصة لإنفاذ القانون أو مكاتب متخصصة للنيابة العامة لمكافحة الاتجار بالأشخاص",
                "established specialized law enforcement units or specialized prosecution offices against trafficking in persons");
        put("TRAINING", "نظّمت", "أنشطة تدريبية لموظفي العدالة الجنائية وغيرهم من الممارسين المعنيين",
                "organized training for criminal justice officials and other relevant practitioners");
        put("GUIDELINES", "وضعت", "سياسات ومبادئ توجيهية بشأن التحقيق في قضايا الاتجار بالأشخاص وملاحقة مرتكبيها قضائياً",
                "developed policies and guidelines on investigating and prosecuting trafficking in persons");
        put("PROSECUTION_DATA", "قدّمت", "بيانات عن الدعاوى القضائية المتعلقة بالاتجار بالأشخاص، بما في ذلك عدد الإدانات",
                "provided data on prosecutions for trafficking in persons, including the number of convictions");
        put("REFERRAL_MECHANISM", "وضعت", "آليات وطنية لإحالة ضحايا الاتجار",
                "established national referral mechanisms for victims of trafficking");
        put("SHELTER_SERVICES", "وفّرت", "المأوى وغيره من خدمات المساعدة والحماية لضحايا الاتجار",
                "provided shelter and other assistance and protection services to victims of trafficking");
        put("RESIDENCE_PERMIT", "منحت", "ضحايا الاتجار من رعايا البلدان الثالثة تصاريح إقامة",
                "granted residence permits to victims of trafficking who are third-country nationals");
        put("NON_PUNISHMENT", "أعفت", "ضحايا الاتجار من الملاحقة الجنائية عن الجرائم التي اضطروا إلى ارتكابها نتيجة للاتجار بهم",
                "exempted victims of trafficking from prosecution for offences they were compelled to commit as a result"
                        + " of being trafficked");
        put("COMPENSATION", "أتاحت", "لضحايا الاتجار سبل الحصول على التعويض والانتصاف",
                "given victims of trafficking access to compensation and remedies");
        put("BILATERAL_AGREEMENT", "أبرمت", "اتفاقات أو مذكرات تفاهم ثنائية لمكافحة الاتجار بالأشخاص",
                "concluded bilateral agreements or memorandums of understanding to combat trafficking in persons");
        put("REGIONAL_COOPERATION", "شاركت", "في أطر أو مبادرات للتعاون الإقليمي في مكافحة الاتجار بالأشخاص",
                "taken part in regional cooperation frameworks or initiatives against trafficking in persons");
        put("CIVIL_SOCIETY", "أقامت", "شراكات مع المجتمع المدني أو القطاع الخاص أو وسائل الإعلام",
                "entered into partnerships with civil society, the private sector or the media");
        put("OTHER", "اتخذت", "تدابير أخرى لمكافحة الاتجار بالأشخاص",
                "taken other measures to combat trafficking in persons");
    }

    private MeasureTypePhrases() {
    }

    private static void put(String code, String verbAr, String restAr, String en) {
        PHRASES.put(code, new Phrase(verbAr, restAr, en));
    }

    /** The codes with a phrase of their own, in the order the report takes them. */
    public static List<String> codes() {
        return List.copyOf(PHRASES.keySet());
    }

    /** The code's place in that order; unknown codes come after all known ones. */
    public static int rank(String code) {
        int i = codes().indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public static boolean known(String code) {
        return PHRASES.containsKey(code);
    }

    /**
     * The phrase for a code; for a code without one, a phrase built on the type's name
     * ({@code اتخذت تدابير من نوع "…"}), or on "other measures" when it has no name either.
     */
    public static Phrase of(String code, String typeNameAr, String typeNameEn) {
        Phrase known = code == null ? null : PHRASES.get(code);
        if (known != null) {
            return known;
        }
        if (typeNameAr == null || typeNameAr.isBlank()) {
            return PHRASES.get("OTHER");
        }
        String en = typeNameEn == null || typeNameEn.isBlank() ? "taken other measures"
                : "taken measures of the type \"" + typeNameEn.strip() + "\"";
        return new Phrase("اتخذت", "تدابير من نوع \"" + typeNameAr.strip() + "\"", en);
    }
}
