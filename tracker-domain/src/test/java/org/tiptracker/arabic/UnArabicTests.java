package org.tiptracker.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected strings are copied from the seed documents; the paragraph is named in each case. */
class UnArabicTests {

    @Test
    void inputDigitsOfEveryStyleReadAsWesternDigits() {
        assertThat(UnArabic.westernDigits("٢٠١٦-٠٥-٣٠")).isEqualTo("2016-05-30");
        assertThat(UnArabic.westernDigits("۱۲۳ و 45")).isEqualTo("123 و 45");
        assertThat(UnArabic.westernDigits("")).isEmpty();
    }

    private final UnArabic ar = UnArabic.arabicIndic();
    private final UnArabic west = UnArabic.western();

    @Test
    void factoriesAndStyle() {
        assertThat(ar.style()).isEqualTo(DigitStyle.ARABIC_INDIC);
        assertThat(west.style()).isEqualTo(DigitStyle.WESTERN);
        assertThat(ar.wordsUpTo()).isEqualTo(9);
        assertThat(new UnArabic(DigitStyle.WESTERN, 20).wordsUpTo()).isEqualTo(20);
        assertThat(ar).isEqualTo(new UnArabic(DigitStyle.ARABIC_INDIC, 9));
        assertThatThrownBy(() -> new UnArabic(DigitStyle.WESTERN, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsConvertsEveryDigit() {
        // Seed 001, cover page: "* A/71/50" stays Latin, the digits follow the style.
        assertThat(ar.digits("A/71/50")).isEqualTo("A/٧١/٥٠");
        assertThat(ar.digits("0123456789")).isEqualTo("٠١٢٣٤٥٦٧٨٩");
        assertThat(west.digits("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(west.digits("۱۲")).isEqualTo("12");
        assertThat(west.digits("CTOC/COP/WG.4/2019/1")).isEqualTo("CTOC/COP/WG.4/2019/1");
    }

    @Test
    void integersGroupFiveDigitsOrMore() {
        // Seed 001 para. 72: "تم تنزيله ١٠٠.٠٠٠ مرة".
        assertThat(ar.integer(100_000)).isEqualTo("١٠٠.٠٠٠");
        // Seed 001 para. 81: "بمتوسط سنوي قدره ٤٠٠.٠٠٠ دولار".
        assertThat(ar.integer(400_000)).isEqualTo("٤٠٠.٠٠٠");
        // Seed 001 para. 52: "تم تدريب ١٠٦٦ من موظفي إنفاذ القانون" (four digits, not grouped).
        assertThat(ar.integer(1066)).isEqualTo("١٠٦٦");
        assertThat(ar.integer(90_000)).isEqualTo("٩٠.٠٠٠");
        assertThat(ar.integer(1_234_567)).isEqualTo("١.٢٣٤.٥٦٧");
        assertThat(ar.integer(0)).isEqualTo("٠");
        assertThat(ar.integer(-400_000)).isEqualTo("-٤٠٠.٠٠٠");
        assertThat(west.integer(Long.MIN_VALUE)).isEqualTo("-9.223.372.036.854.775.808");
        assertThat(west.integer(12345)).isEqualTo("12.345");
    }

    @Test
    void yearsAreNeverGrouped() {
        assertThat(ar.year(2016)).isEqualTo("٢٠١٦");
        assertThat(west.year(2006)).isEqualTo("2006");
        assertThat(west.year(12016)).isEqualTo("12016");
    }

    @Test
    void decimalsUseCommaAsSeparator() {
        // Seed 001 para. 79: "بلغت قيمتها الإجمالية ١,٧٥ مليون دولار".
        assertThat(ar.decimal(new BigDecimal("1.75")) + " مليون دولار").isEqualTo("١,٧٥ مليون دولار");
        // Seed 001 para. 81: "ما قيمته ٢,٣ مليون دولار".
        assertThat(ar.decimal(new BigDecimal("2.3"))).isEqualTo("٢,٣");
        // Seed 001 para. 84: "٥,٦ ملايين شخص".
        assertThat(ar.decimal(new BigDecimal("5.6"))).isEqualTo("٥,٦");
        assertThat(ar.decimal(new BigDecimal("12345.5"))).isEqualTo("١٢.٣٤٥,٥");
        assertThat(ar.decimal(new BigDecimal("-0.25"))).isEqualTo("-٠,٢٥");
        assertThat(west.decimal(new BigDecimal("100000"))).isEqualTo("100.000");
    }

    @Test
    void percentagesAreInWords() {
        // Seed 001 para. 4: "... بروتوكول الاتجار بالأشخاص ٨٥ في المائة في آب/أغسطس ٢٠١٤".
        String seed = "٨٥ في المائة";
        assertThat(ar.percent(85L)).isEqualTo(seed);
        assertThat(ar.percent(85.0)).isEqualTo(seed);
        assertThat(ar.percent(new BigDecimal("85"))).isEqualTo(seed);
        // Seed 001 para. 4: "وكان لدى ١٠ في المائة تقريباً من البلدان".
        assertThat(ar.percent(10L)).isEqualTo("١٠ في المائة");
        assertThat(ar.percent(12.5)).isEqualTo("١٢,٥ في المائة");
        assertThat(ar.percent(100.0)).isEqualTo("١٠٠ في المائة");
        assertThatThrownBy(() -> ar.percent(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthNamesAreTheUnSpellings() {
        assertThat(ar.monthName(1)).isEqualTo("كانون الثاني/يناير");
        assertThat(ar.monthName(2)).isEqualTo("شباط/فبراير");
        assertThat(ar.monthName(3)).isEqualTo("آذار/مارس");
        assertThat(ar.monthName(4)).isEqualTo("نيسان/أبريل");
        assertThat(ar.monthName(5)).isEqualTo("أيار/مايو");
        // Seed 001 para. 3: "سري لانكا (١٥ حزيران/يونيه ٢٠١٥)".
        assertThat(ar.monthName(6)).isEqualTo("حزيران/يونيه");
        // Seed 001 para. 84: "في ٣٠ تموز/يوليه".
        assertThat(ar.monthName(7)).isEqualTo("تموز/يوليه");
        assertThat(ar.monthName(8)).isEqualTo("آب/أغسطس");
        assertThat(ar.monthName(9)).isEqualTo("أيلول/سبتمبر");
        assertThat(ar.monthName(10)).isEqualTo("تشرين الأول/أكتوبر");
        assertThat(ar.monthName(11)).isEqualTo("تشرين الثاني/نوفمبر");
        assertThat(ar.monthName(12)).isEqualTo("كانون الأول/ديسمبر");
        assertThatThrownBy(() -> ar.monthName(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAsTheSeedsPrintThem() {
        // Seed 001 para. 5: "حتى ٣٠ أيار/مايو ٢٠١٦".
        assertThat(ar.date(LocalDate.of(2016, 5, 30))).isEqualTo("٣٠ أيار/مايو ٢٠١٦");
        // Seed 001 para. 3: "سيراليون (١٢ آب/أغسطس ٢٠١٤)" and "ساموا (١٧ كانون الأول/ديسمبر ٢٠١٤)".
        assertThat(ar.date(LocalDate.of(2014, 8, 12))).isEqualTo("١٢ آب/أغسطس ٢٠١٤");
        assertThat(ar.date(LocalDate.of(2014, 12, 17))).isEqualTo("١٧ كانون الأول/ديسمبر ٢٠١٤");
        // Seed 001 para. 3: "تونغنا (٣ تشرين الأول/أكتوبر ٢٠١٤)": no leading zero.
        assertThat(ar.date(LocalDate.of(2014, 10, 3))).isEqualTo("٣ تشرين الأول/أكتوبر ٢٠١٤");
        // Seed 004, preamble: "19 كانون الأول/ديسمبر 2006".
        assertThat(west.date(LocalDate.of(2006, 12, 19))).isEqualTo("19 كانون الأول/ديسمبر 2006");
        // Seed 004, preamble: "المؤرخ 27 أيلول/سبتمبر 2017".
        assertThat(west.date(LocalDate.of(2017, 9, 27))).isEqualTo("27 أيلول/سبتمبر 2017");
    }

    @Test
    void monthOfYear() {
        // Seed 001 para. 37: "وفي كانون الثاني/يناير ٢٠١٦"; para. 34: "في تشرين الأول/أكتوبر ٢٠١٤".
        assertThat(ar.month(YearMonth.of(2016, 1))).isEqualTo("كانون الثاني/يناير ٢٠١٦");
        assertThat(ar.month(YearMonth.of(2014, 10))).isEqualTo("تشرين الأول/أكتوبر ٢٠١٤");
    }

    @Test
    void dateRanges() {
        // Seed 002, heading: "فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩".
        assertThat("فيينا، " + ar.dateRange(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 11)))
                .isEqualTo("فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩");
        assertThat(ar.dateRange(LocalDate.of(2016, 5, 30), LocalDate.of(2016, 5, 30)))
                .isEqualTo("٣٠ أيار/مايو ٢٠١٦");
        assertThat(ar.dateRange(LocalDate.of(2014, 8, 12), LocalDate.of(2014, 9, 25)))
                .isEqualTo("١٢ آب/أغسطس ٢٠١٤ - ٢٥ أيلول/سبتمبر ٢٠١٤");
        assertThatThrownBy(() -> ar.dateRange(LocalDate.of(2019, 9, 11), LocalDate.of(2019, 9, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsOneAndTwoUseTheNoun() {
        // UN-ARABIC.md "Digits": "دولة واحدة", "دولتان".
        assertThat(ar.count(1, CountedNoun.STATE)).isEqualTo("دولة واحدة");
        assertThat(ar.count(1, CountedNoun.PARTY)).isEqualTo("طرف واحد");
        assertThat(ar.count(2, CountedNoun.STATE)).isEqualTo("دولتان");
        assertThat(ar.count(2, CountedNoun.STATE, GrammaticalCase.OBLIQUE)).isEqualTo("دولتين");
        assertThat(new UnArabic(DigitStyle.ARABIC_INDIC, 0).count(2, CountedNoun.STATE)).isEqualTo("دولتان");
    }

    @Test
    void countsThreeToTenTakeThePluralAndReversedGender() {
        // Seed 001 para. 3: "أصبحت سبع دول أطرافاً".
        assertThat(ar.count(7, CountedNoun.STATE)).isEqualTo("سبع دول");
        // Seed 001 para. 36: "في حين تم دعم سبع دول أعضاء".
        assertThat(ar.countAccusative(7, CountedNoun.STATE, Complement.MEMBER)).isEqualTo("سبع دول أعضاء");
        // Seed 001 para. 50: "في ستة مكاتب إقليمية".
        assertThat(ar.count(6, CountedNoun.OFFICE)).isEqualTo("ستة مكاتب");
        // Seed 001 para. 37: "مدتها أربع سنوات"; para. 82: "ثلاث سنوات".
        assertThat(ar.count(4, CountedNoun.YEAR)).isEqualTo("أربع سنوات");
        assertThat(ar.count(3, CountedNoun.YEAR)).isEqualTo("ثلاث سنوات");
        // Seed 001 para. 61: "كما تكلم ثلاثة مراقبين".
        assertThat(ar.count(3, CountedNoun.OBSERVER)).isEqualTo("ثلاثة مراقبين");
        // Seed 001 para. 3: "أصبحت ١٠ دول أطرافاً" (10 > wordsUpTo 9: digits).
        assertThat(ar.count(10, CountedNoun.STATE)).isEqualTo("١٠ دول");
        assertThat(ar.withWordsUpTo(10).count(10, CountedNoun.STATE)).isEqualTo("عشر دول");
        assertThat(ar.withWordsUpTo(10).count(10, CountedNoun.PARTY)).isEqualTo("عشرة أطراف");
        assertThat(ar.count(8, CountedNoun.STATE)).isEqualTo("ثماني دول");
        assertThat(ar.count(9, CountedNoun.PARTICIPANT)).isEqualTo("تسعة مشاركين");
        assertThat(new UnArabic(DigitStyle.ARABIC_INDIC, 2).count(7, CountedNoun.STATE)).isEqualTo("٧ دول");
    }

    @Test
    void wordsOneToTenInBothGenders() {
        UnArabic words = ar.withWordsUpTo(10);
        String[] forFeminineNoun = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"};
        String[] forMasculineNoun = {"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
        for (int n = 3; n <= 10; n++) {
            assertThat(words.count(n, CountedNoun.STATE)).isEqualTo(forFeminineNoun[n - 3] + " دول");
            assertThat(words.count(n, CountedNoun.RESPONSE)).isEqualTo(forMasculineNoun[n - 3] + " ردود");
        }
    }

    @Test
    void countsElevenAndAboveTakeTheSingular() {
        // Seed 001 para. 62: "يتألف الفريق من ١٧ وكالة".
        assertThat(ar.count(33, CountedNoun.STATE)).isEqualTo("٣٣ دولة");
        // Seed 001 para. 79: "قد دعم ٣٠ مشروعاً لمنظمات غير حكومية في ٢٦ بلداً".
        assertThat(ar.count(30, CountedNoun.PROJECT)).isEqualTo("٣٠ مشروعاً");
        assertThat(ar.count(26, CountedNoun.COUNTRY)).isEqualTo("٢٦ بلداً");
        // Seed 001 para. 3: "كانت هناك ١٨٦ دولة طرفاً" and "١٦٩ دولة طرفاً".
        assertThat(ar.countAccusative(186, CountedNoun.STATE, Complement.PARTY)).isEqualTo("١٨٦ دولة طرفاً");
        assertThat(ar.countAccusative(169, CountedNoun.STATE, Complement.PARTY)).isEqualTo("١٦٩ دولة طرفاً");
        // Seed 001 para. 52: "وتم إنقاذ ٩٨٤ ضحية".
        assertThat(ar.count(984, CountedNoun.VICTIM)).isEqualTo("٩٨٤ ضحية");
        // Seed 004, preamble: "ويضم حالياً 178 طرفاً".
        assertThat(west.count(178, CountedNoun.PARTY)).isEqualTo("178 طرفاً");
        assertThat(ar.count(100, CountedNoun.PARTY)).isEqualTo("١٠٠ طرف");
        // Above 100 the noun agrees with the last two digits: 66 → accusative, 00 → genitive.
        assertThat(ar.count(1066, CountedNoun.PARTICIPANT)).isEqualTo("١٠٦٦ مشاركاً");
        assertThat(ar.count(1000, CountedNoun.PARTICIPANT)).isEqualTo("١٠٠٠ مشارك");
        assertThat(ar.count(103, CountedNoun.PARTICIPANT)).isEqualTo("١٠٣ مشارك");
        assertThat(ar.count(100_000, CountedNoun.STATE)).isEqualTo("١٠٠.٠٠٠ دولة");
        assertThatThrownBy(() -> ar.count(-1, CountedNoun.STATE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWithAnAccusativeComplement() {
        assertThat(ar.countAccusative(1, CountedNoun.STATE, Complement.PARTY)).isEqualTo("دولة واحدة طرفاً");
        assertThat(ar.countAccusative(2, CountedNoun.STATE, Complement.PARTY)).isEqualTo("دولتان طرفين");
        // Seed 001 para. 3: "أصبحت سبع دول أطرافاً" / "أصبحت ١٠ دول أطرافاً".
        assertThat(ar.countAccusative(7, CountedNoun.STATE, Complement.PARTY)).isEqualTo("سبع دول أطرافاً");
        assertThat(ar.countAccusative(10, CountedNoun.STATE, Complement.PARTY)).isEqualTo("١٠ دول أطرافاً");
        assertThat(ar.countAccusative(12, CountedNoun.STATE, Complement.PARTY)).isEqualTo("١٢ دولة طرفاً");
    }

    @Test
    void countsThatOpenASentenceInWords() {
        UnArabic words = ar.withWordsUpTo(99);
        // Seed 001 para. 81: "وقدمت ذلك التمويل تسع عشرة دولة عضواً".
        assertThat(words.countAccusative(19, CountedNoun.STATE, Complement.MEMBER)).isEqualTo("تسع عشرة دولة عضواً");
        // Seed 001 para. 61: "أدلت ثمان وثمانون دولة عضواً بكلمات".
        assertThat(words.countAccusative(88, CountedNoun.STATE, Complement.MEMBER)).isEqualTo("ثمان وثمانون دولة عضواً");
        assertThat(words.count(11, CountedNoun.STATE)).isEqualTo("إحدى عشرة دولة");
        assertThat(words.count(11, CountedNoun.PARTY)).isEqualTo("أحد عشر طرفاً");
        assertThat(words.count(12, CountedNoun.STATE)).isEqualTo("اثنتا عشرة دولة");
        assertThat(words.count(12, CountedNoun.STATE, GrammaticalCase.OBLIQUE)).isEqualTo("اثنتي عشرة دولة");
        assertThat(words.count(12, CountedNoun.PARTY)).isEqualTo("اثنا عشر طرفاً");
        assertThat(words.count(13, CountedNoun.PARTY)).isEqualTo("ثلاثة عشر طرفاً");
        assertThat(words.count(20, CountedNoun.STATE)).isEqualTo("عشرون دولة");
        assertThat(words.count(20, CountedNoun.STATE, GrammaticalCase.OBLIQUE)).isEqualTo("عشرين دولة");
        assertThat(words.count(21, CountedNoun.STATE)).isEqualTo("إحدى وعشرون دولة");
        assertThat(words.count(21, CountedNoun.PARTY)).isEqualTo("واحد وعشرون طرفاً");
        assertThat(words.count(22, CountedNoun.PARTY)).isEqualTo("اثنان وعشرون طرفاً");
        assertThat(words.count(35, CountedNoun.PROJECT)).isEqualTo("خمسة وثلاثون مشروعاً");
        assertThat(words.count(99, CountedNoun.STATE)).isEqualTo("تسع وتسعون دولة");
        assertThat(words.count(186, CountedNoun.STATE)).isEqualTo("١٨٦ دولة");
    }

    @Test
    void lists() {
        // Seed 001 para. 5 (start of the list).
        assertThat(ar.list(List.of("الاتحاد الروسي", "الأرجنتين", "أرمينيا")))
                .isEqualTo("الاتحاد الروسي، الأرجنتين، أرمينيا");
        // Seed 001 para. 41: "ساعدت المفوضية أستراليا وبيلاروس وجمهورية كوريا وكمبوديا وموريتانيا".
        assertThat(ar.listWithAnd(List.of("أستراليا", "بيلاروس", "جمهورية كوريا", "كمبوديا", "موريتانيا")))
                .isEqualTo("أستراليا وبيلاروس وجمهورية كوريا وكمبوديا وموريتانيا");
        assertThat(ar.listWithAnd(List.of("فرنسا"))).isEqualTo("فرنسا");
        assertThat(ar.list(List.of())).isEmpty();
        assertThat(ar.list(List.of("فرنسا"))).isEqualTo("فرنسا");
    }

    @Test
    void resolutionNumbersAreReversed() {
        // Seed 001 para. 3: "في قرارها ١٧٩/٧٠"; summary: "قراري الجمعية العامة ٢٩٣/٦٤".
        assertThat("قرارها " + ar.resolution("70/179")).isEqualTo("قرارها ١٧٩/٧٠");
        assertThat(ar.resolution("64/293")).isEqualTo("٢٩٣/٦٤");
        // Seed 001 para. 63: "قرار المجلس الاقتصادي والاجتماعي ٢٧/٢٠٠٦".
        assertThat(ar.resolution("2006/27")).isEqualTo("٢٧/٢٠٠٦");
        // Seed 004, preamble: "وفقاً لقرار المؤتمر 1/9".
        assertThat("قرار المؤتمر " + west.resolution("9/1")).isEqualTo("قرار المؤتمر 1/9");
        // Seed 004, preamble: "و179/70 المؤرخ 17 كانون الأول/ديسمبر 2015".
        assertThat(west.resolution("A/RES/70/179")).isEqualTo("179/70");
        assertThatThrownBy(() -> ar.resolution("179")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headingsAndNumbering() {
        // Seed 001, contents: "أولاً- مقدمة", "ثانياً- حالة التصديق", "ألف- التدابير", "جيم- على طريق".
        assertThat(ar.chapter(1) + " مقدمة").isEqualTo("أولاً- مقدمة");
        assertThat(ar.chapter(2)).isEqualTo("ثانياً-");
        assertThat(ar.chapter(6)).isEqualTo("سادساً-");
        assertThat(ar.chapter(10)).isEqualTo("عاشراً-");
        assertThat(ar.chapter(11)).isEqualTo("حادي عشر-");
        assertThatThrownBy(() -> ar.chapter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ar.chapter(20)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ar.section(1) + " التدابير").isEqualTo("ألف- التدابير");
        assertThat(ar.section(2)).isEqualTo("باء-");
        assertThat(ar.section(3)).isEqualTo("جيم-");
        assertThat(ar.section(4)).isEqualTo("دال-");
        assertThat(ar.section(5)).isEqualTo("هاء-");
        assertThat(ar.section(6)).isEqualTo("واو-");
        assertThat(ar.section(7)).isEqualTo("زاي-");
        // Seed 001 para. 5 opens with "٥- حتى ٣٠ أيار/مايو ٢٠١٦".
        assertThat(ar.paragraphNumber(5) + "حتى " + ar.date(LocalDate.of(2016, 5, 30)))
                .isEqualTo("٥- حتى ٣٠ أيار/مايو ٢٠١٦");
        assertThat(ar.subsection(2)).isEqualTo("٢-");
        // Seed 001 para. 38: "<sup>(١)</sup>".
        assertThat(ar.footnote(1)).isEqualTo("(١)");
        assertThat(west.footnote(12)).isEqualTo("(12)");
        assertThatThrownBy(() -> ar.footnote(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
