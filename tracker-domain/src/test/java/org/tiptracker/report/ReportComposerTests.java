package org.tiptracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.report.compose.Bidi;
import org.tiptracker.trustfund.FundParagraph;

/** The whole composition from facts shaped on seed 001, checked against the seed's own text. */
class ReportComposerTests {

    /**
     * Seed 001, para 3, whole, as printed except that the seed misspells Tonga as "تونغنا" (the
     * facts spell it "تونغا") and its page break is a space.
     */
    static final String SEED_PARA_3 = "حثت الجمعية العامة، في قرارها ١٧٩/٧٠، الدول الأعضاء التي لم تصدق بعد على اتفاقية"
            + " الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية وبروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة"
            + " النساء والأطفال، المكمل لها، أو لم تنضم بعد إلى هذين الصكين على أن تنظر في القيام بذلك. وخلال الفترة"
            + " المشمولة بالتقرير، أصبحت سبع دول أطرافاً في اتفاقية الجريمة المنظمة، وهي: سيراليون (١٢ آب/أغسطس ٢٠١٤)،"
            + " إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤)، تونغنا (٣ تشرين الأول/أكتوبر ٢٠١٤)، بربادوس (١١ تشرين الثاني/نوفمبر ٢٠١٤)،"
            + " ساموا (١٧ كانون الأول/ديسمبر ٢٠١٤)، دولة فلسطين (٢ كانون الثاني/يناير ٢٠١٥)، جمهورية كوريا (٥ تشرين"
            + " الثاني/نوفمبر ٢٠١٥). وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٨٦ دولة طرفاً في الاتفاقية. وخلال الفترة المشمولة"
            + " بالتقرير، أصبحت ١٠ دول أطرافاً في بروتوكول الاتجار بالأشخاص: سيراليون (١٢ آب/أغسطس ٢٠١٤)، أفغانستان"
            + " (١٥ آب/أغسطس ٢٠١٤)، أنغولا (١٩ أيلول/سبتمبر ٢٠١٤)، إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤)، بربادوس (١١ تشرين"
            + " الثاني/نوفمبر ٢٠١٤)، السودان (٢ كانون الأول/ديسمبر ٢٠١٤)، الجمهورية التشيكية (١٧ كانون الأول/ديسمبر ٢٠١٤)،"
            + " سري لانكا (١٥ حزيران/يونيه ٢٠١٥)، سنغافورة (٢٨ أيلول/سبتمبر ٢٠١٥)، جمهورية كوريا (٥ تشرين الثاني/نوفمبر"
            + " ٢٠١٥). وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٦٩ دولة طرفاً في البروتوكول.";

    /** Seed 001, para 5, exactly. */
    static final String SEED_PARA_5 = "حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت على طلب للمعلومات عمّمه الأمين"
            + " العام في شكل مذكرة شفوية: الاتحاد الروسي، الأرجنتين، أرمينيا، إسبانيا، أستراليا، إستونيا، إسرائيل، إكوادور،"
            + " ألمانيا، البرازيل، بيرو، بيلاروس، تايلند، تركيا، تونس، الجبل الأسود، الجزائر، الدانمرك، سوازيلند، السويد،"
            + " شيلي، الصين، فرنسا، فييت نام، كندا، كولومبيا، لبنان، ليختنشتاين، مالطة، المملكة العربية السعودية، موريشيوس،"
            + " النمسا، الولايات المتحدة الأمريكية.";

    /** Seed 001, para 4, exactly. */
    static final String SEED_PARA_4 = "وأهابت الجمعية العامة بالدول الأعضاء، في قرارها ١٧٩/٧٠ أيضاً، مواصلة جهودها من أجل"
            + " تجريم الاتجار بالأشخاص بجميع أشكاله، وإدانة هذه الممارسات، والتحقيق في أعمال المتجرين والوسطاء ومقاضاتهم"
            + " ومعاقبتهم. وطبقاً لما جاء في التقرير العالمي عن الاتجار بالأشخاص لعام ٢٠١٤، الذي نشره المكتب، بلغت نسبة"
            + " البلدان المشمولة في التقرير التي جرّمت كل أشكال الاتجار بالأشخاص المسرودة صراحةً في بروتوكول الاتجار"
            + " بالأشخاص ٨٥ في المائة في آب/أغسطس ٢٠١٤. وكان لدى ١٠ في المائة تقريباً من البلدان تشريعات جزئية تجرّم هذا"
            + " الاتجار. وبلغت نسبة البلدان التي خلّت تشريعاتها من أيّ نصوص تجرّم على وجه التحديد الاتجار بالأشخاص ٥ في"
            + " المائة. كما يبيّن التقرير أنّ نسبة إدانة مرتكبي جرائم الاتجار بالأشخاص على مستوى العالم ظلت منخفضة. ففي"
            + " الفترة ما بين عامي ٢٠١٠ و٢٠١٢، كان لدى ٤٠ في المائة تقريباً من البلدان المشمولة في التقرير أقل من ١٠ حالات"
            + " إدانة سنوياً. ولم تُبلّغ قرابة ١٥ في المائة من البلدان عن أيّ حالات إدانة.";

    /** Seed 001, para 64, exactly (the facts name UNODC as the seed does here: المكتب المعني بالمخدرات والجريمة). */
    static final String SEED_PARA_64 = "وخلال الفترة المشمولة بالتقرير، تولت المنظمة الدولية للهجرة رئاسة الفريق في عام"
            + " ٢٠١٤، ثم انتقلت تلك الرئاسة إلى مفوضية الأمم المتحدة لشؤون اللاجئين في عام ٢٠١٥ والمكتب المعني بالمخدرات"
            + " والجريمة في عام ٢٠١٦.";

    /**
     * The chapter headings as the seed's contents print them; chapter VI's misspelling
     * "الاستثماري" (for "الاستئماني", as the seed's summary spells it) is corrected by the test.
     */
    static final List<String> SEED_CHAPTERS = List.of(
            "مقدمة",
            "حالة التصديق على بروتوكول الاتجار بالأشخاص، والتقدم الذي أحرزته الدول الأعضاء صوب تجريم كل أشكال الاتجار بالأشخاص",
            "كفاءة التنفيذ الكامل والفعال لخطة العمل العالمية",
            "أنشطة فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص",
            "التقرير العالمي عن الاتجار بالأشخاص لمكتب الأمم المتحدة المعني بالمخدرات والجريمة: تحديث للمعلومات عن البحوث وتحليل الاتجاهات",
            "التطورات المتعلقة بصندوق الأمم المتحدة الاستثماري للتبرعات لضحايا الاتجار بالأشخاص، وبخاصة النساء والأطفال",
            "إذكاء الوعي: أنشطة الاحتفال باليوم العالمي لمكافحة الاتجار بالأشخاص في ٣٠ تموز/يوليه",
            "وضع موارد منظومة الأمم المتحدة، وبخاصة مكتب الأمم المتحدة المعني بالمخدرات والجريمة، المتعلقة بمكافحة الاتجار بالأشخاص",
            "التوصيات");

    static final List<String> SEED_SECTIONS = List.of(
            "التدابير التي أبلغت عنها الدول الأعضاء، بما فيها التدابير المتعلقة بمنع الاتجار بالأشخاص وتقليص احتمالات أن يصبح الناس ضحايا له",
            "الأنشطة التي اضطلعت بها منظومة الأمم المتحدة والوكالات الأعضاء في فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص",
            "على طريق التنفيذ الكامل: التقييم والسير قُدماً");

    private final List<ComposedBlock> blocks = ReportComposer.compose(SeedReportFacts.facts());

    private ComposedBlock block(String key) {
        return blocks.stream().filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + key));
    }

    @Test
    void paragraph3IsTheSeedsParagraph() {
        assertThat(block("II.parties").textAr()).isEqualTo(SEED_PARA_3.replace("تونغنا", "تونغا"));
        assertThat(block("II.parties").role()).isEqualTo(BlockRole.PARAGRAPH);
        assertThat(block("II.parties").sources()).extracting(SourceRef::path)
                .contains("/documents/find?symbol=A/RES/70/179", "/status/changes?from=2013-12-18&to=2016-05-30",
                        "/participants/TON");
        assertThat(block("II.parties").data().rows()).hasSize(17)
                .contains(List.of("TIP", "سنغافورة", "SGP", "2015-09-28", "a"));
    }

    @Test
    void paragraph3InEnglish() {
        assertThat(block("II.parties").textEn()).isEqualTo("In its resolution 70/179, the General Assembly urged Member"
                + " States that had not yet done so to consider ratifying or acceding to the United Nations Convention"
                + " against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in"
                + " Persons, Especially Women and Children, supplementing it. During the reporting period, seven States"
                + " became parties to the Organized Crime Convention: Sierra Leone (12 August 2014), Eritrea (25 September"
                + " 2014), Tonga (3 October 2014), Barbados (11 November 2014), Samoa (17 December 2014), State of Palestine"
                + " (2 January 2015) and Republic of Korea (5 November 2015). As at 30 May 2016, there were 186 States"
                + " parties to the Convention. During the reporting period, 10 States became parties to the Trafficking in"
                + " Persons Protocol: Sierra Leone (12 August 2014), Afghanistan (15 August 2014), Angola (19 September"
                + " 2014), Eritrea (25 September 2014), Barbados (11 November 2014), Sudan (2 December 2014), Czech Republic"
                + " (17 December 2014), Sri Lanka (15 June 2015), Singapore (28 September 2015) and Republic of Korea"
                + " (5 November 2015). As at 30 May 2016, there were 169 States parties to the Protocol.");
    }

    @Test
    void paragraph4IsTheSeedsParagraph() {
        assertThat(block("II.criminalization").textAr()).isEqualTo(SEED_PARA_4);
        assertThat(block("II.criminalization").sources()).extracting(SourceRef::path).contains("/global-report/7");
    }

    @Test
    void paragraph5IsTheSeedsParagraphWithItsRows() {
        ComposedBlock para5 = block("III.A.responders");
        assertThat(para5.textAr()).isEqualTo(SEED_PARA_5);
        assertThat(para5.data().headersEn()).containsExactly("State", "ISO3");
        assertThat(para5.data().rows()).hasSize(33).first().isEqualTo(List.of("الاتحاد الروسي", "RUS"));
        assertThat(para5.sources()).extracting(SourceRef::path).contains("/cycles/3?asOf=2016-05-30", "/participants/SWZ");
        assertThat(para5.textEn()).startsWith("As at 30 May 2016, the following States had replied").contains("Swaziland");
    }

    @Test
    void theIntroductionStatesTheMandateTheBasisAndThePeriod() {
        assertThat(block("I.mandate").textAr()).startsWith("اعتمدت الجمعية العامة، في ١٧ كانون الأول/ديسمبر ٢٠١٥، القرار"
                + " ١٧٩/٧٠ المعنون \"تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص\". وجاء في الفقرة ٢٢ من ذلك القرار"
                + " ما يلي: \"تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والسبعين تقريراً عن تنفيذ هذا القرار\".")
                .contains("التي اعتمدتها الجمعية العامة في قرارها ٢٩٣/٦٤");
        String basis = block("I.basis").textAr();
        assertThat(basis).startsWith("وطلبت الجمعية العامة إلى الأمين العام أن يقدم إليها في دورتها الحادية والسبعين تقريراً"
                + " عن تنفيذ القرار ١٧٩/٧٠. ويستند هذا التقرير، فيما يستند إليه، إلى المعلومات التي وردت من الدول الأعضاء"
                + " وهيئات منظومة الأمم المتحدة، وكذلك من الوكالات الأعضاء في فريق التنسيق المشترك بين الوكالات لمكافحة"
                + " الاتجار بالأشخاص.")
                .contains("مذكرة شفوية (" + Bidi.isolate("CU 2016/12/DTA/HTMSS") + ")")
                .contains("بحلول ٣١ آذار/مارس ٢٠١٦")
                .contains("وحتى ٣٠ أيار/مايو ٢٠١٦، كانت ٣٣ دولة من أصل ١٩٣ دولة وُجّه إليها الطلب قد ردت عليه.")
                .endsWith("وهو يغطي الفترة من تاريخ اعتماد القرار السابق ١٩٢/٦٨، المعنون \"تحسين تنسيق الجهود المبذولة"
                        + " لمكافحة الاتجار بالأشخاص\"، من ١٨ كانون الأول/ديسمبر ٢٠١٣ حتى ١ نيسان/أبريل ٢٠١٦.");
        assertThat(block("I.basis").textEn()).contains("at its seventy-first session")
                .contains("As at 30 May 2016, 33 States of the 193 addressed had replied.")
                .endsWith("from the adoption of the previous resolution, 68/192, entitled \"Improving the coordination of"
                        + " efforts against trafficking in persons\", on 18 December 2013, to 1 April 2016.");
        assertThat(block("I.basis").sources()).extracting(SourceRef::path)
                .contains("/documents/find?symbol=A/RES/68/192", "/cycles/3?asOf=2016-05-30");
    }

    @Test
    void theSummaryCitesTheResolutionsOldestFirstAndLeavesOutThePreviousOne() {
        ComposedBlock summary = blocks.get(0);
        assertThat(summary.key()).isEqualTo("summary");
        assertThat(summary.role()).isEqualTo(BlockRole.SUMMARY);
        assertThat(summary.chapter()).isZero();
        assertThat(summary.textAr()).startsWith("أعدَّ هذا التقرير عملاً بقراري الجمعية العامة ٢٩٣/٦٤ و ١٧٩/٧٠. وهو يلخِّص"
                + " ما بذلته الدول الأعضاء وكيانات منظومة الأمم المتحدة من جهود من أجل تنفيذ قرار الجمعية العامة ١٧٩/٧٠"
                + " المعنون \"تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص\".")
                .contains("التي اعتمدتها الجمعية العامة في قرارها ٢٩٣/٦٤")
                .contains("الذي أصدره مكتب الأمم المتحدة المعني بالمخدرات والجريمة في عام ٢٠١٤")
                .doesNotContain("١٩٢/٦٨");
        assertThat(summary.textEn()).startsWith("The present report is submitted pursuant to General Assembly resolutions"
                + " 64/293 and 70/179.");
    }

    @Test
    void theChapterAndSectionHeadingsAreTheSeeds() {
        List<ComposedBlock> chapters = blocks.stream().filter(b -> b.role() == BlockRole.CHAPTER_HEADING).toList();
        assertThat(chapters).extracting(ComposedBlock::chapter).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(chapters).extracting(ComposedBlock::textAr)
                .containsExactlyElementsOf(SEED_CHAPTERS.stream().map(s -> s.replace("الاستثماري", "الاستئماني")).toList());
        assertThat(chapters).extracting(ComposedBlock::textEn).first().isEqualTo("Introduction");
        List<ComposedBlock> sections = blocks.stream().filter(b -> b.role() == BlockRole.SECTION_HEADING).toList();
        assertThat(sections).extracting(ComposedBlock::textAr).containsExactlyElementsOf(SEED_SECTIONS);
        assertThat(sections).extracting(ComposedBlock::section).containsExactly(1, 2, 3);
        assertThat(sections).allMatch(b -> b.chapter() == 3);
        List<String> globalPlan = blocks.stream()
                .filter(b -> b.role() == BlockRole.SUBSECTION_HEADING && b.section() == 1).map(ComposedBlock::textAr).toList();
        assertThat(globalPlan).containsExactly("التشريعات", "المنع", "الملاحقة القضائية والعقاب",
                "حماية ضحايا الاتجار ومساعدتهم", "الشراكات");
        assertThat(blocks).filteredOn(b -> b.role().isHeading())
                .allSatisfy(b -> assertThat(b.sources()).isEmpty())
                .noneMatch(b -> b.textAr().matches("^(أولاً|ثانياً|ألف|باء|[١-٩]).*-.*"));
    }

    @Test
    void keysAreUniqueAndNamedAsAgreed() {
        Set<String> keys = new HashSet<>();
        blocks.forEach(b -> assertThat(keys.add(b.key())).as("unique key %s", b.key()).isTrue());
        assertThat(keys).contains("summary", "I.heading", "I.mandate", "I.basis", "II.parties", "II.criminalization",
                "III.A.responders", "III.A.1.heading", "III.A.1.LAW_ADOPTED", "III.A.1.NATIONAL_ACTION_PLAN",
                "III.A.1.recommendations", "III.A.1.narrative", "III.A.4.none", "III.B.opening", "III.B.UNODC.heading",
                "III.B.activity.36", "III.C.narrative", "IV.chairs", "IV.workingGroup", "IV.papers", "V.edition",
                "VI.fund", "VI.board", "VII.blueHeart", "VIII.resources", "IX.intro", "IX.rec.60", "IX.rec.61");
    }

    @Test
    void theSameFactsInAnotherOrderGiveTheSameBlocks() {
        ReportFacts f = SeedReportFacts.facts();
        ReportFacts shuffled = new ReportFacts(f.mandate(), reversed(f.resolutions()), f.cycle(), f.treaties(),
                f.globalReport(), reversed(f.measures()), reversed(f.activities()), f.icat(), f.trustFund(), f.awareness(),
                reversed(f.recommendations()));
        assertThat(ReportComposer.compose(shuffled)).isEqualTo(blocks);
        assertThat(ReportComposer.compose(SeedReportFacts.facts())).isEqualTo(blocks);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }

    @Test
    void measuresAreCountedPerTypeWithAgreementAndInUnOrder() {
        assertThat(block("III.A.1.LAW_ADOPTED").textAr()).isEqualTo("أفادت دولتان، هما بيرو والنمسا، بأنهما اعتمدتا"
                + " تشريعات جديدة أو تعديلات تشريعية لمكافحة الاتجار بالأشخاص.");
        // Twelve states, Argentina counted once though it reported two plans.
        assertThat(block("III.A.1.NATIONAL_ACTION_PLAN").textAr()).isEqualTo("وأفادت ١٢ دولة، هي الأرجنتين وأرمينيا"
                + " وإسبانيا وأستراليا وإستونيا وإسرائيل وإكوادور وألمانيا والبرازيل وتايلند وتونس وشيلي، بأنها وضعت خطط"
                + " عمل وطنية أو أطراً استراتيجية لمكافحة الاتجار بالأشخاص.");
        assertThat(block("III.A.1.NATIONAL_ACTION_PLAN").data().rows()).hasSize(13);
        assertThat(block("III.A.2.AWARENESS_CAMPAIGN").textAr()).isEqualTo("أفادت دولة واحدة، هي فرنسا، بأنها نظّمت"
                + " حملات توعية وطنية بشأن الاتجار بالأشخاص.");
        assertThat(block("III.A.3.SPECIALIZED_UNIT").textAr()).startsWith("أفادت ثلاث دول، هي كندا وكولومبيا ولبنان، بأنها");
        assertThat(block("III.A.3.JOINT_INVESTIGATION").textAr())
                .isEqualTo("وأفادت دولة واحدة، هي مالطة، بأنها اتخذت تدابير من نوع \"التحقيقات المشتركة\".");
        assertThat(block("III.A.1.NATIONAL_ACTION_PLAN").textEn()).startsWith("Twelve States, namely Argentina, Armenia,")
                .endsWith(" and Tunisia, reported having developed national action plans or strategic frameworks to"
                        + " combat trafficking in persons.");
        assertThat(block("III.A.1.LAW_ADOPTED").sources()).extracting(SourceRef::path)
                .contains("/measures?cycle=3&heading=LEGISLATION", "/participants/AUT");
        // The known types come in the table's order, the unknown after them.
        List<String> prosecution = blocks.stream().map(ComposedBlock::key).filter(k -> k.startsWith("III.A.3.")).toList();
        assertThat(prosecution).containsExactly("III.A.3.heading", "III.A.3.SPECIALIZED_UNIT", "III.A.3.JOINT_INVESTIGATION",
                "III.A.3.narrative");
    }

    @Test
    void measuresCitingARecommendationSaySo() {
        assertThat(block("III.A.1.recommendations").textAr()).isEqualTo("وأشارت بيرو والنمسا إلى أن تدابيرهما جاءت"
                + " استجابةً للتوصية ٢٠١٣ (ب) للفريق العامل المعني بالاتجار بالأشخاص.");
        assertThat(block("III.A.1.recommendations").textEn()).isEqualTo("Austria and Peru indicated that their measures"
                + " responded to recommendation 2013 (b) of the Working Group on Trafficking in Persons.");
        assertThat(block("III.A.1.recommendations").sources()).extracting(SourceRef::path)
                .contains("/working-group/recommendations/17");
        assertThat(block("III.A.5.recommendations").textAr()).isEqualTo("وأشارت الصين إلى أن تدابيرها جاءت استجابةً"
                + " للتوصية ٢٠١٥ (أ) للفريق العامل المعني بالاتجار بالأشخاص.");
    }

    @Test
    void aHeadingWithoutMeasuresSaysSoAndEveryHeadingHasItsNarrativePlace() {
        assertThat(block("III.A.4.none").textAr()).isEqualTo("لم تُفد أي دولة، حتى ٣٠ أيار/مايو ٢٠١٦، بتدابير مقبولة في"
                + " إطار هذا العنوان (حماية ضحايا الاتجار ومساعدتهم).");
        for (int i = 1; i <= 5; i++) {
            assertThat(block("III.A." + i + ".narrative").placeholder()).isTrue();
        }
    }

    @Test
    void activitiesComeByAgencyWithTheirFigures() {
        List<String> agencies = blocks.stream().filter(b -> b.role() == BlockRole.SUBSECTION_HEADING && b.section() == 2)
                .map(ComposedBlock::key).toList();
        assertThat(agencies).containsExactly("III.B.UNODC.heading", "III.B.OHCHR.heading", "III.B.UNHCR.heading",
                "III.B.INTERPOL.heading");
        assertThat(block("III.B.UNODC.heading").textAr()).isEqualTo("مكتب الأمم المتحدة المعني بالمخدرات والجريمة");
        assertThat(block("III.B.activity.52").textAr()).isEqualTo("وفي الفترة ما بين عامي ٢٠٠٩ و٢٠١٥، أفضت الأنشطة"
                + " التنفيذية إلى نتائج في غرب أفريقيا. وشمل ذلك تدريب ١٠٦٦ شخصاً ومساعدة ٩٨٤ ضحية وإلقاء القبض على مشتبه"
                + " بهم بلغ عددهم ١٩٧.");
        assertThat(block("III.B.activity.52").textEn()).contains("It trained 1,066 people, assisted 984 victims and led to"
                + " the arrest of 197 suspects.");
        // The countries are added, in UN order, unless the description names them already.
        assertThat(block("III.B.activity.36").textAr()).endsWith("وشمل ذلك تدريب ١٤٠٠ شخص والوصول إلى ٧٠ بلداً."
                + " وشمل النشاط كلاً من بنما والجزائر.");
        assertThat(block("III.B.activity.41").textAr())
                .isEqualTo("وتحقيقاً لهذه الغاية، ساعدت المفوضية أستراليا وبيلاروس وجمهورية كوريا وكمبوديا وموريتانيا.");
        assertThat(block("III.B.activity.41").sources()).extracting(SourceRef::path)
                .contains("/activities/41", "/participants/KHM");
        // Latin words from the record stay, isolated; its Latin digits become the report's.
        assertThat(block("III.B.activity.47").textAr()).contains(Bidi.isolate("Telling the real story"))
                .contains("عام ٢٠١٦").contains("(انظر " + Bidi.isolate("S/PRST/2015/25") + ")");
    }

    @Test
    void icatChairsWorkingGroupAndPapers() {
        assertThat(block("IV.chairs").textAr()).isEqualTo(SEED_PARA_64);
        assertThat(block("IV.chairs").sources()).extracting(SourceRef::path).containsExactly("/icat?asOf=2016-05-30");
        assertThat(block("IV.workingGroup").textAr()).contains("ستة كيانات أعضاء فيه")
                .endsWith("هي: منظمة العمل الدولية والمنظمة الدولية للهجرة ومفوضية الأمم المتحدة لحقوق الإنسان ومفوضية"
                        + " الأمم المتحدة لشؤون اللاجئين ومنظمة الأمم المتحدة للطفولة (اليونيسف) ومكتب الأمم المتحدة المعني"
                        + " بالمخدرات والجريمة.");
        assertThat(block("IV.members").textAr()).contains("يضم ١٧ كياناً");
        assertThat(block("IV.papers").textAr()).isEqualTo("وحتى الآن، نُشرت ورقتان سياساتيتان لفريق التنسيق، هما:"
                + " \"الإطار القانوني الدولي المتعلق بالاتجار بالأشخاص\" (٢٠١٢)، و\"منع الاتجار بالأشخاص من خلال التصدي"
                + " للطلب\" (٢٠١٤). ويجري إعداد أوراق أخرى بعنوان \"توفير سبل انتصاف فعالة لضحايا الاتجار بالأشخاص\""
                + " و\"تحديد نهج مشترك بين وكالات الأمم المتحدة في مجال رصد وتقييم تدابير مكافحة الاتجار\".");
    }

    @Test
    void theGlobalReportEdition() {
        assertThat(block("V.edition").textAr()).isEqualTo("بناءً على الطلب الوارد في خطة العمل العالمية لمكافحة الاتجار"
                + " بالأشخاص، نشر المكتب في تشرين الثاني/نوفمبر ٢٠١٤ الطبعة الثانية من التقرير العالمي عن الاتجار بالأشخاص"
                + " لعام ٢٠١٤. وقد تضمنت بيانات عن الاتجار بالأشخاص من ١٢٨ بلداً، وقدمت لمحة عامة عن أنماط وتدفقات الاتجار"
                + " بالأشخاص على المستوى العالمي والإقليمي والوطني، استناداً إلى حالات الاتجار التي كُشف عنها في الفترة بين"
                + " عامي ٢٠١٠ و٢٠١٢.");
        // Para 4 states the criminalization shares already; the rest as paras 72-73 tell them.
        assertThat(block("V.findings").textAr()).isEqualTo("ومن أبرز ما خلص إليه التقرير العالمي عن الاتجار بالأشخاص"
                + " لعام ٢٠١٤ ما يلي: اكتُشف ضحايا من ١٥٣ بلداً على الأقل في ١٢٤ بلداً في جميع أنحاء العالم. وشكّل الأطفال"
                + " نحو ثلث جميع ضحايا الاتجار المكتشفين في العالم. وبعد عام واحد من نشر التقرير، تم تنزيله ١٠٠.٠٠٠ مرة من"
                + " الموقع الشبكي للمكتب.");
        assertThat(block("V.findings").textEn()).contains("Victims from at least 153 countries were detected in 124"
                + " countries around the world.").contains("downloaded 100,000 times");
        assertThat(block("V.findings").data().rows()).hasSize(4);
    }

    @Test
    void theTrustFundAsOfTheCutOffAndItsBoard() {
        UnArabic ar = UnArabic.arabicIndic();
        // A report rounds as the seed does (the web page keeps the exact figures).
        assertThat(block("VI.fund").textAr())
                .endsWith(FundParagraph.arabic(SeedReportFacts.figures(), ar, FundParagraph.Precision.REPORT))
                .contains("وما يزيد على ٣٠ جهة مانحة من القطاع الخاص")
                .contains("وحتى ٣٠ أيار/مايو ٢٠١٦، كان الصندوق الاستئماني قد دعم ٣٠ مشروعاً لمنظمات غير حكومية في ٢٦ بلداً");
        assertThat(block("VI.fund").sources()).extracting(SourceRef::path).containsExactly("/trust-fund?asOf=2016-05-30");
        assertThat(block("VI.board").textAr()).startsWith("وترأس بنيتا فييرو-فالدنر (النمسا) المجلس حالياً. ويشمل أعضاء"
                + " المجلس الآخرون ").contains("سايسوري شوتيكول (تايلند)").contains("، وفيرنا لوك فيرو (بنما)")
                .endsWith("وتنتهي مدة تعيين مجلس الأمناء في ٣١ كانون الأول/ديسمبر ٢٠١٦.");
    }

    @Test
    void theBlueHeartCountriesAsOfTheCutOff() {
        assertThat(block("VII.blueHeart").textAr()).contains("اعتمدها حتى الآن ثلاثة بلدان، هي: بيرو، كولومبيا، المكسيك.")
                .contains("وفي عام ٢٠١٤، أصبحت بيرو آخر بلد انضم إلى حملة القلب الأزرق.")
                .contains("تنبيه للمحررين");
    }

    @Test
    void theRecommendationsAreAStartingListOfSubParagraphs() {
        List<ComposedBlock> ix = blocks.stream().filter(b -> b.chapter() == 9).toList();
        assertThat(ix).extracting(ComposedBlock::key).containsExactly("IX.heading", "IX.intro", "IX.rec.60", "IX.rec.61",
                "IX.narrative");
        assertThat(block("IX.intro").textAr()).isEqualTo("يُوصى بأن تنظر الجمعية العامة في اتخاذ الإجراءات التالية:");
        assertThat(block("IX.intro").role()).isEqualTo(BlockRole.PARAGRAPH);
        assertThat(block("IX.rec.60").role()).isEqualTo(BlockRole.SUBPARAGRAPH);
        assertThat(block("IX.rec.60").textAr()).isEqualTo("ينبغي للدول أن تشجّع أصحاب العمل على توظيف العمال المهاجرين مباشرة؛");
        assertThat(block("IX.rec.61").textAr()).endsWith("واستغلال العمال المهاجرين.");
        assertThat(block("IX.rec.60").textEn()).isEqualTo("States should encourage employers to recruit migrant workers directly;");
    }

    @Test
    void placesForNarrativeSayWhatBelongsThere() {
        for (String key : List.of("III.C.narrative", "VIII.mandates", "VIII.resources", "IX.narrative")) {
            ComposedBlock b = block(key);
            assertThat(b.placeholder()).isTrue();
            assertThat(b.initialKind()).isEqualTo(ParagraphKind.NARRATIVE);
            assertThat(b.role()).isEqualTo(BlockRole.PARAGRAPH);
            assertThat(b.textAr()).startsWith("[نص يكتبه موظفو الأمانة: ").endsWith("]");
            assertThat(b.textEn()).startsWith("[Narrative to be written by the secretariat: ").endsWith("]");
        }
        assertThat(block("III.C.narrative").textAr()).isEqualTo("[نص يكتبه موظفو الأمانة: تقييم التنفيذ والسير قُدماً]");
        assertThat(block("III.C.narrative").textEn())
                .isEqualTo("[Narrative to be written by the secretariat: assessment and way forward]");
        assertThat(blocks.stream().filter(b -> b.chapter() == 8 && !b.role().isHeading())).allMatch(ComposedBlock::placeholder);
        assertThat(blocks).noneMatch(b -> b.textEn().toLowerCase().contains("lorem"));
    }

    @Test
    void noArabicBlockHasALatinDigitOrWordOutsideAnIsolate() {
        for (ComposedBlock b : blocks) {
            assertThat(Bidi.hasBareLatinDigit(b.textAr())).as("Latin digit in %s: %s", b.key(), b.textAr()).isFalse();
            assertThat(Bidi.hasBareLatinLetter(b.textAr())).as("Latin letter in %s: %s", b.key(), b.textAr()).isFalse();
        }
        assertThat(blocks).anyMatch(b -> b.textAr().indexOf(Bidi.LRI) >= 0);
    }

    @Test
    void westernDigitsWhenTheMandateAsksForThem() {
        List<ComposedBlock> western = ReportComposer.compose(SeedReportFacts.facts(DigitStyle.WESTERN));
        ComposedBlock para3 = western.stream().filter(b -> b.key().equals("II.parties")).findFirst().orElseThrow();
        assertThat(para3.textAr()).contains("كانت هناك 186 دولة طرفاً في الاتفاقية").contains("في قرارها 179/70")
                .doesNotContain("١");
        assertThat(western).extracting(ComposedBlock::key).isEqualTo(blocks.stream().map(ComposedBlock::key).toList());
    }

    @Test
    void aReportWithOnlyItsMandateIsStillACompleteDraft() {
        ReportFacts bare = new ReportFacts(SeedReportFacts.mandate(DigitStyle.ARABIC_INDIC), null, null, null, null, null,
                null, null, null, null, null);
        List<ComposedBlock> draft = ReportComposer.compose(bare);
        assertThat(draft.stream().filter(b -> b.role() == BlockRole.CHAPTER_HEADING)).hasSize(9);
        assertThat(draft).extracting(ComposedBlock::key).contains("summary", "I.mandate", "III.A.responders",
                "II.criminalization", "IV.narrative", "V.edition", "VI.fund", "IX.intro");
        assertThat(draft.stream().filter(b -> b.key().equals("III.A.responders")).findFirst().orElseThrow().placeholder())
                .isTrue();
        assertThat(draft).allSatisfy(b -> assertThat(Bidi.hasBareLatinDigit(b.textAr())).isFalse());
    }
}
