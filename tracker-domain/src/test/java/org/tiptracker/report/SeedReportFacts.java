package org.tiptracker.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CountryAssessment;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.report.ReportFacts.ActivityFact;
import org.tiptracker.report.ReportFacts.Agency;
import org.tiptracker.report.ReportFacts.AwarenessFact;
import org.tiptracker.report.ReportFacts.BlueHeartCountry;
import org.tiptracker.report.ReportFacts.CycleFact;
import org.tiptracker.report.ReportFacts.DocumentFact;
import org.tiptracker.report.ReportFacts.DocumentParagraph;
import org.tiptracker.report.ReportFacts.Finding;
import org.tiptracker.report.ReportFacts.GlobalReportFact;
import org.tiptracker.report.ReportFacts.IcatChair;
import org.tiptracker.report.ReportFacts.IcatFact;
import org.tiptracker.report.ReportFacts.JoinedState;
import org.tiptracker.report.ReportFacts.MeasureFact;
import org.tiptracker.report.ReportFacts.Paper;
import org.tiptracker.report.ReportFacts.RecommendationFact;
import org.tiptracker.report.ReportFacts.StateName;
import org.tiptracker.report.ReportFacts.TreatyFact;
import org.tiptracker.report.ReportFacts.TrustFundFact;
import org.tiptracker.report.ReportFacts.Trustee;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.FundContribution;
import org.tiptracker.trustfund.FundGrant;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.Money;
import org.tiptracker.trustfund.TrustFundCalculator;
import org.tiptracker.trustfund.TrustFundFigures;

/**
 * Facts shaped on seed 001, the 2016 report: its mandate (A/RES/70/179, session 71, period from
 * 18 December 2013 to 1 April 2016, cut-off 30 May 2016), the states of para 3 with their dates
 * and the counts 186 and 169, the 33 states of para 5, the Global Report 2014, ICAT's chairs
 * (IOM 2014, UNHCR 2015, UNODC 2016), its working group and papers (paras 64–69), Trust Fund rows
 * and its Board (para 82). The measures, activities and recommendations are a small sample.
 */
public final class SeedReportFacts {

    static final LocalDate CUT_OFF = LocalDate.of(2016, 5, 30);

    private SeedReportFacts() {
    }

    public static ReportMandate mandate(DigitStyle digits) {
        return new ReportMandate("A/71/170", 71, 105, "A/71/50", "منع الجريمة والعدالة الجنائية",
                "Crime prevention and criminal justice", "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص",
                "Improving the coordination of efforts against trafficking in persons", "A/RES/70/179", "22",
                "A/RES/68/192", LocalDate.of(2016, 7, 1), LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1), CUT_OFF,
                3L, "en", digits);
    }

    public static ReportFacts facts() {
        return facts(DigitStyle.ARABIC_INDIC);
    }

    public static ReportFacts facts(DigitStyle digits) {
        return new ReportFacts(mandate(digits), resolutions(), cycle(), treaties(), globalReport(), measures(),
                activities(), icat(), trustFund(), awareness(), recommendations());
    }

    static final String TITLE_AR = "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص";
    static final String TITLE_EN = "Improving the coordination of efforts against trafficking in persons";

    static List<DocumentFact> resolutions() {
        return List.of(
                new DocumentFact(11, "A/RES/70/179", TITLE_AR, TITLE_EN, LocalDate.of(2015, 12, 17), List.of(
                        new DocumentParagraph("22", "تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والسبعين تقريراً"
                                + " عن تنفيذ هذا القرار;", "Requests the Secretary-General to report to it at its"
                                + " seventy-first session on the implementation of the present resolution."))),
                new DocumentFact(12, "A/RES/68/192", TITLE_AR, TITLE_EN, LocalDate.of(2013, 12, 18), List.of()),
                new DocumentFact(13, "A/RES/64/293", "خطة عمل الأمم المتحدة العالمية لمكافحة الاتجار بالأشخاص",
                        "United Nations Global Plan of Action to Combat Trafficking in Persons", LocalDate.of(2010, 7, 30),
                        List.of()));
    }

    /** The 33 states of para 5, named as on the cut-off (Swaziland, Turkey). */
    public static final List<StateName> RESPONDERS = List.of(
            new StateName("RUS", "الاتحاد الروسي", "Russian Federation"),
            new StateName("ARG", "الأرجنتين", "Argentina"),
            new StateName("ARM", "أرمينيا", "Armenia"),
            new StateName("ESP", "إسبانيا", "Spain"),
            new StateName("AUS", "أستراليا", "Australia"),
            new StateName("EST", "إستونيا", "Estonia"),
            new StateName("ISR", "إسرائيل", "Israel"),
            new StateName("ECU", "إكوادور", "Ecuador"),
            new StateName("DEU", "ألمانيا", "Germany"),
            new StateName("BRA", "البرازيل", "Brazil"),
            new StateName("PER", "بيرو", "Peru"),
            new StateName("BLR", "بيلاروس", "Belarus"),
            new StateName("THA", "تايلند", "Thailand"),
            new StateName("TUR", "تركيا", "Turkey"),
            new StateName("TUN", "تونس", "Tunisia"),
            new StateName("MNE", "الجبل الأسود", "Montenegro"),
            new StateName("DZA", "الجزائر", "Algeria"),
            new StateName("DNK", "الدانمرك", "Denmark"),
            new StateName("SWZ", "سوازيلند", "Swaziland"),
            new StateName("SWE", "السويد", "Sweden"),
            new StateName("CHL", "شيلي", "Chile"),
            new StateName("CHN", "الصين", "China"),
            new StateName("FRA", "فرنسا", "France"),
            new StateName("VNM", "فييت نام", "Viet Nam"),
            new StateName("CAN", "كندا", "Canada"),
            new StateName("COL", "كولومبيا", "Colombia"),
            new StateName("LBN", "لبنان", "Lebanon"),
            new StateName("LIE", "ليختنشتاين", "Liechtenstein"),
            new StateName("MLT", "مالطة", "Malta"),
            new StateName("SAU", "المملكة العربية السعودية", "Saudi Arabia"),
            new StateName("MUS", "موريشيوس", "Mauritius"),
            new StateName("AUT", "النمسا", "Austria"),
            new StateName("USA", "الولايات المتحدة الأمريكية", "United States of America"));

    static CycleFact cycle() {
        // Given in reverse so that the composer has to order them itself.
        List<StateName> answered = new ArrayList<>(RESPONDERS);
        java.util.Collections.reverse(answered);
        return new CycleFact(3, "دورة الإبلاغ ٢٠١٦", "2016 reporting cycle", "CU 2016/12/DTA/HTMSS", "A/RES/70/179",
                LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1), LocalDate.of(2016, 3, 31), 193, answered);
    }

    static List<TreatyFact> treaties() {
        return List.of(
                new TreatyFact("UNTOC", "اتفاقية الجريمة المنظمة", "الاتفاقية", "Organized Crime Convention", "the Convention",
                        List.of(
                                joined("SLE", "سيراليون", "Sierra Leone", 2014, 8, 12),
                                joined("ERI", "إريتريا", "Eritrea", 2014, 9, 25),
                                joined("TON", "تونغا", "Tonga", 2014, 10, 3),
                                joined("BRB", "بربادوس", "Barbados", 2014, 11, 11),
                                joined("WSM", "ساموا", "Samoa", 2014, 12, 17),
                                joined("PSE", "دولة فلسطين", "State of Palestine", 2015, 1, 2),
                                joined("KOR", "جمهورية كوريا", "Republic of Korea", 2015, 11, 5)),
                        186),
                new TreatyFact("TIP", "بروتوكول الاتجار بالأشخاص", "البروتوكول", "Trafficking in Persons Protocol",
                        "the Protocol",
                        List.of(
                                // Not in date order on purpose.
                                joined("KOR", "جمهورية كوريا", "Republic of Korea", 2015, 11, 5),
                                joined("SLE", "سيراليون", "Sierra Leone", 2014, 8, 12),
                                joined("AFG", "أفغانستان", "Afghanistan", 2014, 8, 15),
                                joined("AGO", "أنغولا", "Angola", 2014, 9, 19),
                                joined("ERI", "إريتريا", "Eritrea", 2014, 9, 25),
                                joined("BRB", "بربادوس", "Barbados", 2014, 11, 11),
                                joined("SDN", "السودان", "Sudan", 2014, 12, 2),
                                joined("CZE", "الجمهورية التشيكية", "Czech Republic", 2014, 12, 17),
                                joined("LKA", "سري لانكا", "Sri Lanka", 2015, 6, 15),
                                joined("SGP", "سنغافورة", "Singapore", 2015, 9, 28)),
                        169));
    }

    private static JoinedState joined(String iso3, String ar, String en, int y, int m, int d) {
        return new JoinedState(iso3, ar, en, LocalDate.of(y, m, d), "a");
    }

    /** 100 countries: 85 full, 10 partial, 5 none; 40 under ten convictions, 15 none (para 4's shares). */
    static GlobalReportFact globalReport() {
        List<CountryAssessment> countries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            CriminalizationStatus status = i < 85 ? CriminalizationStatus.FULL
                    : i < 95 ? CriminalizationStatus.PARTIAL : CriminalizationStatus.NONE;
            ConvictionBand band = i < 40 ? ConvictionBand.UNDER_10 : i < 55 ? ConvictionBand.NONE : ConvictionBand.TEN_OR_MORE;
            countries.add(new CountryAssessment(status, band));
        }
        return new GlobalReportFact(7, 2014, 2, YearMonth.of(2014, 11), 128, 2010, 2012, YearMonth.of(2014, 8), 2010, 2012,
                countries, List.of(
                        new Finding("FULL_CRIMINALIZATION", new BigDecimal("85"), "PERCENT", "EXACT", null),
                        new Finding("ORIGIN_COUNTRIES", new BigDecimal("153"), "COUNT", "AT_LEAST",
                                "اكتُشف ضحايا من ١٥٣ بلداً على الأقل في ١٢٤ بلداً في جميع أنحاء العالم"),
                        new Finding("DETECTION_COUNTRIES", new BigDecimal("124"), "COUNT", "EXACT", null),
                        new Finding("CHILDREN_SHARE", new BigDecimal("3"), "ONE_IN", "ABOUT",
                                "حيث شكّل الأطفال نحو ثلث جميع ضحايا الاتجار المكتشفين في العالم"),
                        new Finding("DOWNLOADS_FIRST_YEAR", new BigDecimal("100000"), "COUNT", "EXACT", null)));
    }

    static MeasureFact measure(long id, MeasureHeading heading, String type, StateName s, Long rec, String labelAr,
                               String labelEn) {
        return new MeasureFact(id, 100 + id, heading, type, "نوع " + type, "Type " + type, s.iso3(), s.nameAr(), s.nameEn(),
                "measure " + id, rec, labelAr, labelEn);
    }

    static StateName state(String iso3) {
        return RESPONDERS.stream().filter(s -> s.iso3().equals(iso3)).findFirst().orElseThrow();
    }

    /**
     * Legislation: a law adopted by Austria and Peru (both citing recommendation 2013 (b)), action
     * plans by 12 states (one of them twice); prevention: one campaign; prosecution: three
     * specialized units and a type the table does not know; protection: nothing; partnerships: one
     * bilateral agreement citing recommendation 2015 (a).
     */
    static List<MeasureFact> measures() {
        List<MeasureFact> out = new ArrayList<>();
        out.add(measure(1, MeasureHeading.LEGISLATION, "LAW_ADOPTED", state("PER"), 17L, "٢٠١٣ (ب)", "2013 (b)"));
        out.add(measure(2, MeasureHeading.LEGISLATION, "LAW_ADOPTED", state("AUT"), 17L, "٢٠١٣ (ب)", "2013 (b)"));
        String[] plans = {"ARG", "ARM", "ESP", "AUS", "EST", "ISR", "ECU", "DEU", "BRA", "THA", "TUN", "CHL"};
        long id = 10;
        for (String iso3 : plans) {
            out.add(measure(id++, MeasureHeading.LEGISLATION, "NATIONAL_ACTION_PLAN", state(iso3), null, null, null));
        }
        out.add(measure(id++, MeasureHeading.LEGISLATION, "NATIONAL_ACTION_PLAN", state("ARG"), null, null, null));
        out.add(measure(30, MeasureHeading.PREVENTION, "AWARENESS_CAMPAIGN", state("FRA"), null, null, null));
        out.add(measure(40, MeasureHeading.PROSECUTION, "SPECIALIZED_UNIT", state("CAN"), null, null, null));
        out.add(measure(41, MeasureHeading.PROSECUTION, "SPECIALIZED_UNIT", state("COL"), null, null, null));
        out.add(measure(42, MeasureHeading.PROSECUTION, "SPECIALIZED_UNIT", state("LBN"), null, null, null));
        out.add(new MeasureFact(43, 143, MeasureHeading.PROSECUTION, "JOINT_INVESTIGATION", "التحقيقات المشتركة",
                "Joint investigations", "MLT", "مالطة", "Malta", "joint team", null, null, null));
        out.add(measure(50, MeasureHeading.PARTNERSHIPS, "BILATERAL_AGREEMENT", state("CHN"), 21L, "٢٠١٥ (أ)", "2015 (a)"));
        return out;
    }

    static List<ActivityFact> activities() {
        List<StateName> ohchr = List.of(new StateName("AUS", "أستراليا", "Australia"), new StateName("BLR", "بيلاروس", "Belarus"),
                new StateName("KOR", "جمهورية كوريا", "Republic of Korea"), new StateName("KHM", "كمبوديا", "Cambodia"),
                new StateName("MRT", "موريتانيا", "Mauritania"));
        return List.of(
                new ActivityFact(52, "INTERPOL", "المنظمة الدولية للشرطة الجنائية", "International Criminal Police Organization",
                        40, ActivityKind.TRAINING, MeasureHeading.PROSECUTION, "العمليات في غرب أفريقيا",
                        "وفي الفترة ما بين عامي ٢٠٠٩ و٢٠١٥، أفضت الأنشطة التنفيذية إلى نتائج في غرب أفريقيا",
                        LocalDate.of(2009, 1, 1), LocalDate.of(2015, 12, 31), DatePrecision.YEAR, 1066, 984, 197, null,
                        List.of(), null, "52"),
                new ActivityFact(41, "OHCHR", "مفوضية الأمم المتحدة لحقوق الإنسان",
                        "Office of the United Nations High Commissioner for Human Rights", 20, ActivityKind.TECHNICAL_ASSISTANCE,
                        MeasureHeading.PROTECTION, "المساعدة التقنية",
                        "وتحقيقاً لهذه الغاية، ساعدت المفوضية أستراليا وبيلاروس وجمهورية كوريا وكمبوديا وموريتانيا.",
                        LocalDate.of(2014, 1, 1), LocalDate.of(2016, 4, 1), DatePrecision.YEAR, null, null, null, 5, ohchr,
                        null, "41"),
                new ActivityFact(36, "UNODC", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
                        "United Nations Office on Drugs and Crime", 10, ActivityKind.TECHNICAL_ASSISTANCE,
                        MeasureHeading.PROSECUTION, "البرنامج العالمي",
                        "وإضافة إلى ذلك، وصل المكتب إلى ٧٠ بلدًا من خلال أنشطة مساعدة تقنية مفصلة عبر برامجها العالمية",
                        LocalDate.of(2014, 1, 1), LocalDate.of(2016, 4, 1), DatePrecision.YEAR, 1400, null, null, 70,
                        List.of(new StateName("DZA", "الجزائر", "Algeria"), new StateName("PAN", "بنما", "Panama")), null, "36"),
                new ActivityFact(47, "UNHCR", "مفوضية الأمم المتحدة لشؤون اللاجئين",
                        "Office of the United Nations High Commissioner for Refugees", 30, ActivityKind.CAMPAIGN,
                        MeasureHeading.PREVENTION, "سرد القصة الحقيقية",
                        "وتستخدم المنصة الإلكترونية المسماة \"Telling the real story\" (سرد القصة الحقيقية)، والتي أُطلقت في"
                                + " عام 2016، شهادات مسجلة بالفيديو (انظر S/PRST/2015/25).",
                        LocalDate.of(2016, 1, 1), null, DatePrecision.YEAR, null, null, null, null, List.of(), "S/PRST/2015/25",
                        "47"));
    }

    static final Agency IOM = new Agency("IOM", "المنظمة الدولية للهجرة", "International Organization for Migration");
    static final Agency UNHCR = new Agency("UNHCR", "مفوضية الأمم المتحدة لشؤون اللاجئين",
            "Office of the United Nations High Commissioner for Refugees");
    static final Agency UNODC_SHORT = new Agency("UNODC", "المكتب المعني بالمخدرات والجريمة", "UNODC");
    static final Agency UNODC = new Agency("UNODC", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
            "United Nations Office on Drugs and Crime");
    static final Agency ILO = new Agency("ILO", "منظمة العمل الدولية", "International Labour Organization");
    static final Agency OHCHR = new Agency("OHCHR", "مفوضية الأمم المتحدة لحقوق الإنسان",
            "Office of the United Nations High Commissioner for Human Rights");
    static final Agency UNICEF = new Agency("UNICEF", "منظمة الأمم المتحدة للطفولة (اليونيسف)", "United Nations Children's Fund");

    static IcatFact icat() {
        List<Agency> members = new ArrayList<>(List.of(IOM, UNHCR, UNODC, ILO, OHCHR, UNICEF));
        for (int i = 1; i <= 11; i++) {
            members.add(new Agency("M" + (char) ('A' + i), "عضو " + i, "Member " + i));
        }
        return new IcatFact(
                List.of(new IcatChair(2016, UNODC_SHORT), new IcatChair(2013, ILO), new IcatChair(2014, IOM),
                        new IcatChair(2015, UNHCR)),
                members, List.of(UNODC, UNICEF, UNHCR, OHCHR, IOM, ILO),
                List.of(new Paper(1, "الإطار القانوني الدولي المتعلق بالاتجار بالأشخاص",
                                "The international legal framework concerning trafficking in persons", 2012, true),
                        new Paper(2, "منع الاتجار بالأشخاص من خلال التصدي للطلب",
                                "Preventing trafficking in persons by addressing demand", 2014, true),
                        new Paper(3, "توفير سبل انتصاف فعالة لضحايا الاتجار بالأشخاص",
                                "Providing effective remedies for victims of trafficking in persons", 2016, false),
                        new Paper(4, "تحديد نهج مشترك بين وكالات الأمم المتحدة في مجال رصد وتقييم تدابير مكافحة الاتجار",
                                "Towards a common UN approach to monitoring and evaluating anti-trafficking measures", 2016,
                                false)));
    }

    /** Rows like those of the Trust Fund tests: 19 states, 31 private donors, 30 projects in 26 countries. */
    static TrustFundFigures figures() {
        List<FundContribution> given = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            given.add(new FundContribution("S" + i, DonorKind.STATE, LocalDate.of(2010 + i % 5, 3, 1),
                    Money.of(new BigDecimal("80000"), "USD"), ContributionStatus.PAID));
        }
        for (int i = 0; i < 31; i++) {
            given.add(new FundContribution("P" + i, DonorKind.FOUNDATION, LocalDate.of(2010 + i % 5, 6, 1),
                    Money.of(new BigDecimal("20000"), "USD"), ContributionStatus.PAID));
        }
        given.add(new FundContribution("S0", DonorKind.STATE, LocalDate.of(2015, 6, 1),
                Money.of(new BigDecimal("48000"), "USD"), ContributionStatus.PAID));
        List<FundGrant> grants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            grants.add(new FundGrant("C" + (i % 26), "Africa", LocalDate.of(2012, 1, 1),
                    Money.of(new BigDecimal(i < 29 ? "58000" : "68000"), "USD"), GrantStatus.FUNDED));
        }
        return TrustFundCalculator.compute(given, grants, CUT_OFF);
    }

    static TrustFundFact trustFund() {
        LocalDate start = LocalDate.of(2014, 1, 1);
        LocalDate end = LocalDate.of(2016, 12, 31);
        return new TrustFundFact(figures(), List.of(
                new Trustee("سايسوري شوتيكول", "Saisuree Chutikul", "تايلند", "Thailand", false, start, end),
                new Trustee("بنيتا فييرو-فالدنر", "Benita Ferrero-Waldner", "النمسا", "Austria", true, start, end,
                        org.tiptracker.trustfund.Gender.FEMALE),
                new Trustee("جوي نغوزي إزيلو", "Joy Ngozi Ezeilo", "نيجيريا", "Nigeria", false, start, end),
                new Trustee("كيثيفان خوتسشفييلي", "Ketevan Khutsishvili", "جورجيا", "Georgia", false, start, end),
                new Trustee("فيرنا لوك فيرو", "Verna Luque Ferro", "بنما", "Panama", false, start, end)));
    }

    static AwarenessFact awareness() {
        return new AwarenessFact(List.of(), List.of(
                new BlueHeartCountry("COL", "كولومبيا", "Colombia", 2013),
                new BlueHeartCountry("PER", "بيرو", "Peru", 2014),
                new BlueHeartCountry("MEX", "المكسيك", "Mexico", 2010)), 12L);
    }

    static List<RecommendationFact> recommendations() {
        return List.of(
                new RecommendationFact(61, 6, 6, 2015, 2, "ب", "b",
                        "ينبغي للدول أن تعزّز التعاون فيما بينها لمنع ومكافحة الاتجار بالأشخاص واستغلال العمال المهاجرين",
                        null),
                new RecommendationFact(60, 6, 6, 2015, 1, "أ", "a",
                        "ينبغي للدول أن تشجّع أصحاب العمل على توظيف العمال المهاجرين مباشرة.",
                        "States should encourage employers to recruit migrant workers directly."));
    }
}
