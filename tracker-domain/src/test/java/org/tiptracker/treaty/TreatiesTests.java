package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TreatiesTests {

    @Test
    void parsesCodesCaseInsensitivelyAndNullSafe() {
        assertThat(TreatyCode.parse("tip")).contains(TreatyCode.TIP);
        assertThat(TreatyCode.parse(" Firearms ")).contains(TreatyCode.FIREARMS);
        assertThat(TreatyCode.parse(null)).isEmpty();
        assertThat(TreatyCode.parse("")).isEmpty();
        assertThat(TreatyCode.parse("UNCAC")).isEmpty();
    }

    @Test
    void standardListsTheConventionFirstAndEachCodeOnce() {
        assertThat(Treaties.standard()).extracting(Treaty::code).containsExactly(TreatyCode.values());
        for (TreatyCode c : TreatyCode.values()) {
            assertThat(Treaties.of(c).code()).isEqualTo(c);
        }
    }

    @Test
    void keyDates() {
        Treaty untoc = Treaties.of(TreatyCode.UNTOC);
        assertThat(untoc.adopted()).isEqualTo(LocalDate.of(2000, 11, 15));
        assertThat(untoc.entryIntoForce()).isEqualTo(LocalDate.of(2003, 9, 29));
        assertThat(Treaties.of(TreatyCode.TIP).entryIntoForce()).isEqualTo(LocalDate.of(2003, 12, 25));
        assertThat(Treaties.of(TreatyCode.SOM).entryIntoForce()).isEqualTo(LocalDate.of(2004, 1, 28));
        assertThat(Treaties.of(TreatyCode.FIREARMS).adopted()).isEqualTo(LocalDate.of(2001, 5, 31));
        assertThat(Treaties.of(TreatyCode.FIREARMS).entryIntoForce()).isEqualTo(LocalDate.of(2005, 7, 3));
        assertThat(Treaties.standard()).extracting(Treaty::signatureDeadline)
                .containsOnly(LocalDate.of(2002, 12, 12));
        for (Treaty t : Treaties.standard()) {
            assertThat(t.adopted()).isBefore(t.signatureDeadline());
            assertThat(t.entryIntoForce()).isAfterOrEqualTo(untoc.entryIntoForce());
        }
    }

    @Test
    void protocolsSupplementTheConvention() {
        assertThat(Treaties.of(TreatyCode.UNTOC).isProtocol()).isFalse();
        assertThat(Treaties.of(TreatyCode.UNTOC).parent()).isNull();
        for (TreatyCode c : new TreatyCode[] {TreatyCode.TIP, TreatyCode.SOM, TreatyCode.FIREARMS}) {
            Treaty p = Treaties.of(c);
            assertThat(p.isProtocol()).isTrue();
            assertThat(p.parent()).isEqualTo(TreatyCode.UNTOC);
            assertThat(p.untcReference()).startsWith("XVIII-12-");
            assertThat(p.nameAr()).endsWith("المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية");
            assertThat(p.nameEn()).endsWith("supplementing the United Nations Convention against Transnational Organized Crime");
            assertThat(p.backReferenceAr()).isEqualTo("البروتوكول");
            assertThat(p.backReferenceEn()).isEqualTo("the Protocol");
        }
    }

    @Test
    void arabicNamesAsTheUnPrintsThem() {
        Treaty untoc = Treaties.of(TreatyCode.UNTOC);
        assertThat(untoc.nameAr()).isEqualTo("اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية");
        assertThat(untoc.shortNameAr()).isEqualTo("اتفاقية الجريمة المنظمة");
        assertThat(untoc.backReferenceAr()).isEqualTo("الاتفاقية");
        assertThat(untoc.untcReference()).isEqualTo("XVIII-12");
        Treaty tip = Treaties.of(TreatyCode.TIP);
        assertThat(tip.nameAr()).isEqualTo("بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، "
                + "المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية");
        assertThat(tip.shortNameAr()).isEqualTo("بروتوكول الاتجار بالأشخاص");
        assertThat(Treaties.of(TreatyCode.SOM).shortNameAr()).isEqualTo("بروتوكول تهريب المهاجرين");
        assertThat(Treaties.of(TreatyCode.FIREARMS).shortNameAr()).isEqualTo("بروتوكول الأسلحة النارية");
    }

    @org.junit.jupiter.api.Test
    void aTreatysRecordsAreCompleteUpToTheirLastCheckedDayAndNotAfter() {
        Treaty tip = Treaties.of(TreatyCode.TIP);
        Treaty limited = new Treaty(tip.code(), tip.untcReference(), tip.nameAr(), tip.nameEn(), tip.shortNameAr(),
                tip.shortNameEn(), tip.backReferenceAr(), tip.backReferenceEn(), tip.adopted(), tip.entryIntoForce(),
                tip.signatureDeadline(), tip.parent(), java.time.LocalDate.of(2016, 5, 30));
        org.assertj.core.api.Assertions.assertThat(limited.recordsCompleteOn(java.time.LocalDate.of(2016, 5, 30))).isTrue();
        org.assertj.core.api.Assertions.assertThat(limited.recordsCompleteOn(java.time.LocalDate.of(2003, 1, 1))).isTrue();
        org.assertj.core.api.Assertions.assertThat(limited.recordsCompleteOn(java.time.LocalDate.of(2016, 5, 31))).isFalse();
        org.assertj.core.api.Assertions.assertThat(tip.recordsCompleteTo()).isNull();
        org.assertj.core.api.Assertions.assertThat(tip.recordsCompleteOn(java.time.LocalDate.of(2030, 1, 1))).isTrue();
    }
}
