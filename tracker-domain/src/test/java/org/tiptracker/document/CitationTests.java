package org.tiptracker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;

/** Expected strings are copied from the seed documents; the paragraph is named in each case. */
class CitationTests {

    private final UnArabic ar = UnArabic.arabicIndic();
    private final UnArabic west = UnArabic.western();

    @Test
    void generalAssemblyResolutions() {
        Citation c = new Citation(Organ.GENERAL_ASSEMBLY, DocumentKind.RESOLUTION, "70/179", "A/RES/70/179");
        // Seed 001, summary: "تنفيذ قرار الجمعية العامة ١٧٩/٧٠ المعنون"
        assertThat(c.arabic(ar)).isEqualTo("قرار الجمعية العامة ١٧٩/٧٠");
        // Seed 001, para. 1: "دعت الجمعية العامة الحكومات، في قرارها ١٧٩/٧٠"
        assertThat(c.arabicOwn(ar)).isEqualTo("قرارها ١٧٩/٧٠");
        assertThat(c.english()).isEqualTo("General Assembly resolution 70/179");
        // Seed 001, para. 63: "ووفقاً لقرار الجمعية العامة ١٨٠/٦١"
        assertThat(new Citation(Organ.GENERAL_ASSEMBLY, DocumentKind.RESOLUTION, "61/180", null).arabic(ar))
                .isEqualTo("قرار الجمعية العامة ١٨٠/٦١");
    }

    @Test
    void economicAndSocialCouncilYearNumbers() {
        // Seed 001, para. 63: "بمقتضى قرار المجلس الاقتصادي والاجتماعي ٢٧/٢٠٠٦"
        Citation c = new Citation(Organ.ECONOMIC_AND_SOCIAL_COUNCIL, DocumentKind.RESOLUTION, "2006/27", "E/RES/2006/27");
        assertThat(c.arabic(ar)).isEqualTo("قرار المجلس الاقتصادي والاجتماعي ٢٧/٢٠٠٦");
        assertThat(c.arabicOwn(ar)).isEqualTo("قراره ٢٧/٢٠٠٦");
        assertThat(c.english()).isEqualTo("Economic and Social Council resolution 2006/27");
    }

    @Test
    void conferenceOfThePartiesWithWesternDigits() {
        // Seed 004, preamble: "وإذ يشير أيضاً إلى مقرره 4/4 المؤرخ ... وقراره 2/5"
        assertThat(new Citation(Organ.CONFERENCE_OF_THE_PARTIES, DocumentKind.DECISION, "4/4", null).arabicOwn(west))
                .isEqualTo("مقرره 4/4");
        assertThat(new Citation(Organ.CONFERENCE_OF_THE_PARTIES, DocumentKind.RESOLUTION, "5/2", null).arabicOwn(west))
                .isEqualTo("قراره 2/5");
        assertThat(new Citation(Organ.CONFERENCE_OF_THE_PARTIES, DocumentKind.RESOLUTION, "5/2", null).arabic(ar))
                .isEqualTo("قرار مؤتمر الأطراف ٢/٥");
        // Seed 004, preamble: "قرارات لجنة منع الجريمة والعدالة الجنائية 3/20"
        assertThat(new Citation(Organ.CRIME_COMMISSION, DocumentKind.RESOLUTION, "20/3", null).arabic(west))
                .isEqualTo("قرار لجنة منع الجريمة والعدالة الجنائية 3/20");
    }

    @Test
    void securityCouncilNumbersAreNotReversed() {
        // Seed 004, footnote 3: "قرارات مجلس الأمن 2331 (2016)"
        Citation c = new Citation(Organ.SECURITY_COUNCIL, DocumentKind.RESOLUTION, "2331 (2016)", "S/RES/2331 (2016)");
        assertThat(c.arabic(west)).isEqualTo("قرار مجلس الأمن 2331 (2016)");
        assertThat(c.arabic(ar)).isEqualTo("قرار مجلس الأمن ٢٣٣١ (٢٠١٦)");
        assertThat(c.english()).isEqualTo("Security Council resolution 2331 (2016)");
    }

    @Test
    void documentsWithoutANumberKeepTheirLatinSymbol() {
        // Seed 001 and seed 002 print symbols unchanged: S/PRST/2015/25, A/HRC/41/46.
        Citation statement = new Citation(Organ.SECURITY_COUNCIL, DocumentKind.PRESIDENTIAL_STATEMENT, null, "S/PRST/2015/25");
        assertThat(statement.arabic(ar)).isEqualTo("S/PRST/2015/25");
        assertThat(statement.arabicOwn(ar)).isEqualTo("S/PRST/2015/25");
        assertThat(statement.english()).isEqualTo("S/PRST/2015/25");
        assertThat(new Citation(Organ.WORKING_GROUP, DocumentKind.BACKGROUND_PAPER, null, "CTOC/COP/WG.4/2019/1").arabic(ar))
                .isEqualTo("CTOC/COP/WG.4/2019/1");
    }

    @Test
    void numbersAreChecked() {
        assertThat(Citation.validNumber("70/179")).isTrue();
        assertThat(Citation.validNumber("2331 (2016)")).isTrue();
        assertThat(Citation.validNumber("2331")).isTrue();
        assertThat(Citation.validNumber("70/")).isFalse();
        assertThat(Citation.validNumber("=cmd")).isFalse();
        assertThatThrownBy(() -> new Citation(Organ.OTHER, DocumentKind.OTHER, " ", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
