package org.tiptracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTests {

    @Test
    void dropsNulControlsAndLoneSurrogates() {
        assertThat(CleanText.of("ab\u0000c\u0007d\u007F")).isEqualTo("abcd");
        assertThat(CleanText.of("x\uD800y\uDC00z")).isEqualTo("xyz");
        assertThat(CleanText.isClean("a\u0000")).isFalse();
    }

    @Test
    void keepsTabsNewlinesArabicMarksAndPairedSurrogates() {
        String text = "الأطفالُ\tو\u200Fالنساء\r\nline 😀";
        assertThat(CleanText.of(text)).isSameAs(text);
        assertThat(CleanText.of(null)).isNull();
    }
}
