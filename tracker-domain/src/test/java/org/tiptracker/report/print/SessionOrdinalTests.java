package org.tiptracker.report.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.GrammaticalCase;

class SessionOrdinalTests {

    @Test
    void theSeedsSessionInWords() {
        // Seed 001's masthead, and para. 2: "أن يقدم إليها في دورتها الحادية والسبعين".
        assertThat(SessionOrdinal.arabicSession(71)).isEqualTo("الدورة الحادية والسبعون");
        assertThat(SessionOrdinal.arabic(71, GrammaticalCase.OBLIQUE)).isEqualTo("الحادية والسبعين");
        assertThat(SessionOrdinal.englishSession(71)).isEqualTo("Seventy-first session");
    }

    @Test
    void otherSessions() {
        assertThat(SessionOrdinal.arabic(70)).isEqualTo("السبعون");
        assertThat(SessionOrdinal.arabic(72)).isEqualTo("الثانية والسبعون");
        assertThat(SessionOrdinal.arabic(75)).isEqualTo("الخامسة والسبعون");
        assertThat(SessionOrdinal.arabic(80)).isEqualTo("الثمانون");
        assertThat(SessionOrdinal.arabic(100)).isEqualTo("المائة");
        assertThat(SessionOrdinal.arabic(101)).isEqualTo("الحادية بعد المائة");
        assertThat(SessionOrdinal.arabic(111)).isEqualTo("الحادية عشرة بعد المائة");
        assertThat(SessionOrdinal.arabic(1)).isEqualTo("الأولى");
        assertThat(SessionOrdinal.arabic(10)).isEqualTo("العاشرة");
        assertThat(SessionOrdinal.arabic(12)).isEqualTo("الثانية عشرة");
        assertThat(SessionOrdinal.arabic(20)).isEqualTo("العشرون");
        assertThat(SessionOrdinal.arabic(80, GrammaticalCase.OBLIQUE)).isEqualTo("الثمانين");
        assertThat(SessionOrdinal.arabic(199)).isEqualTo("التاسعة والتسعون بعد المائة");
    }

    @Test
    void english() {
        assertThat(SessionOrdinal.englishSession(70)).isEqualTo("Seventieth session");
        assertThat(SessionOrdinal.englishSession(72)).isEqualTo("Seventy-second session");
        assertThat(SessionOrdinal.englishSession(75)).isEqualTo("Seventy-fifth session");
        assertThat(SessionOrdinal.englishSession(80)).isEqualTo("Eightieth session");
        assertThat(SessionOrdinal.englishSession(100)).isEqualTo("One hundredth session");
        assertThat(SessionOrdinal.englishSession(101)).isEqualTo("One hundred and first session");
        assertThat(SessionOrdinal.englishSession(111)).isEqualTo("One hundred and eleventh session");
        assertThat(SessionOrdinal.english(3)).isEqualTo("third");
        assertThat(SessionOrdinal.english(12)).isEqualTo("twelfth");
    }

    @Test
    void outsideOneToOneHundredAndNinetyNine() {
        assertThatThrownBy(() -> SessionOrdinal.arabic(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionOrdinal.english(200)).isInstanceOf(IllegalArgumentException.class);
    }
}
