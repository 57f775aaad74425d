package org.tiptracker.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnArabicOrderTests {

    /** Seed 001 para. 5, the 33 States that replied, in the order printed. */
    private static final List<String> SEED_001_PARA_5 = List.of(
            "الاتحاد الروسي", "الأرجنتين", "أرمينيا", "إسبانيا", "أستراليا", "إستونيا", "إسرائيل",
            "إكوادور", "ألمانيا", "البرازيل", "بيرو", "بيلاروس", "تايلند", "تركيا", "تونس",
            "الجبل الأسود", "الجزائر", "الدانمرك", "سوازيلند", "السويد", "شيلي", "الصين", "فرنسا",
            "فييت نام", "كندا", "كولومبيا", "لبنان", "ليختنشتاين", "مالطة",
            "المملكة العربية السعودية", "موريشيوس", "النمسا", "الولايات المتحدة الأمريكية");

    /** Seed 001 para. 41: "ساعدت المفوضية أستراليا وبيلاروس وجمهورية كوريا وكمبوديا وموريتانيا". */
    private static final List<String> SEED_001_PARA_41 = List.of(
            "أستراليا", "بيلاروس", "جمهورية كوريا", "كمبوديا", "موريتانيا");

    /** Seed 001 para. 50: "في الأرجنتين وزمبابوي والسلفادور والكاميرون وكوت ديفوار وكينيا". */
    private static final List<String> SEED_001_PARA_50 = List.of(
            "الأرجنتين", "زمبابوي", "السلفادور", "الكاميرون", "كوت ديفوار", "كينيا");

    /** Seed 001 para. 36: "في كل من بنما والكونغو والمغرب" and "كل من ألبانيا والكونغو". */
    private static final List<String> SEED_001_PARA_36_A = List.of("بنما", "الكونغو", "المغرب");
    private static final List<String> SEED_001_PARA_36_B = List.of("ألبانيا", "الكونغو");

    @Test
    void restoresSeed001Paragraph5FromShuffles() {
        assertThat(SEED_001_PARA_5).hasSize(33);
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(sortedAfterShuffle(SEED_001_PARA_5, seed)).containsExactlyElementsOf(SEED_001_PARA_5);
        }
        List<String> reversed = new ArrayList<>(SEED_001_PARA_5);
        Collections.reverse(reversed);
        reversed.sort(UnArabicOrder.INSTANCE);
        assertThat(reversed).containsExactlyElementsOf(SEED_001_PARA_5);
    }

    @Test
    void restoresTheOtherStateListsOfSeed001() {
        for (List<String> list : List.of(SEED_001_PARA_41, SEED_001_PARA_50, SEED_001_PARA_36_A, SEED_001_PARA_36_B)) {
            for (long seed = 1; seed <= 10; seed++) {
                assertThat(sortedAfterShuffle(list, seed)).containsExactlyElementsOf(list);
            }
        }
    }

    @Test
    void definiteArticleIsIgnoredButNotHamzatedAlifLam() {
        assertThat(UnArabicOrder.sortKey("الاتحاد الروسي")).isEqualTo(UnArabicOrder.sortKey("اتحاد روسي"));
        assertThat(UnArabicOrder.sortKey("ألمانيا")).isNotEqualTo(UnArabicOrder.sortKey("مانيا"));
        // ألبانيا sorts under alif, before البرازيل (under ب).
        assertThat(UnArabicOrder.INSTANCE.compare("ألبانيا", "البرازيل")).isNegative();
    }

    @Test
    void arabicAlphabetNotUnicodeOrder() {
        // ن ه و ي: the alphabet and Unicode agree on these; ة (U+0629) and ى (U+0649) do not.
        assertThat(UnArabicOrder.INSTANCE.compare("نيبال", "هايتي")).isNegative();
        assertThat(UnArabicOrder.INSTANCE.compare("هايتي", "اليابان")).isNegative();
        assertThat(UnArabicOrder.INSTANCE.compare("هنغاريا", "الولايات المتحدة الأمريكية")).isNegative();
        // In Unicode ة (U+0629) is before ت (U+062A); here it is ه, after ن.
        assertThat(UnArabicOrder.INSTANCE.compare("مالطة", "مالطن")).isPositive();
        assertThat(UnArabicOrder.sortKey("مالطة")).isEqualTo(UnArabicOrder.sortKey("مالطه"));
        // Unicode puts ؤ ئ ء before ا; here they sort by their seat.
        assertThat(UnArabicOrder.sortKey("مؤتمر")).isEqualTo(UnArabicOrder.sortKey("موتمر"));
        assertThat(UnArabicOrder.sortKey("إسرائيل")).isEqualTo(UnArabicOrder.sortKey("اسراييل"));
        assertThat(UnArabicOrder.sortKey("مصطفى")).isEqualTo(UnArabicOrder.sortKey("مصطفي"));
        assertThat(UnArabicOrder.sortKey("سماء")).isEqualTo(UnArabicOrder.sortKey("سما"));
    }

    @Test
    void diacriticsAndTatweelAreIgnored() {
        assertThat(UnArabicOrder.sortKey("الْمَمْلَكَة")).isEqualTo(UnArabicOrder.sortKey("المملكة"));
        assertThat(UnArabicOrder.sortKey("مـــالطة")).isEqualTo(UnArabicOrder.sortKey("مالطة"));
        assertThat(UnArabicOrder.sortKey("ٱلمغرب")).isEqualTo(UnArabicOrder.sortKey("مغرب"));
    }

    @Test
    void wordBoundarySortsBeforeAnyLetter() {
        List<String> names = new ArrayList<>(List.of("غينيا بيساو", "غينيانا", "غينيا", "غينيا الاستوائية"));
        names.sort(UnArabicOrder.INSTANCE);
        assertThat(names).containsExactly("غينيا", "غينيا الاستوائية", "غينيا بيساو", "غينيانا");
        assertThat(UnArabicOrder.INSTANCE.compare("غينيا-بيساو", "غينيانا")).isNegative();
    }

    @Test
    void tiesAreBrokenByTheOriginalString() {
        assertThat(UnArabicOrder.INSTANCE.compare("الصين", "صين")).isNotZero();
        assertThat(UnArabicOrder.INSTANCE.compare("الصين", "الصين")).isZero();
        assertThat(Integer.signum(UnArabicOrder.INSTANCE.compare("الصين", "صين")))
                .isEqualTo(-Integer.signum(UnArabicOrder.INSTANCE.compare("صين", "الصين")));
    }

    @Test
    void latinNamesSortCaseInsensitively() {
        List<String> names = new ArrayList<>(List.of("sweden", "Côte d'Ivoire", "Austria", "chile", "Bahamas"));
        names.sort(UnArabicOrder.INSTANCE);
        assertThat(names).containsExactly("Austria", "Bahamas", "chile", "Côte d'Ivoire", "sweden");
        assertThat(UnArabicOrder.INSTANCE.compare("فرنسا", "France")).isNegative();
    }

    private static List<String> sortedAfterShuffle(List<String> list, long seed) {
        List<String> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        copy.sort(UnArabicOrder.INSTANCE);
        return copy;
    }
}
