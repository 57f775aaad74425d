package org.tiptracker.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountedNounTests {

    @Test
    void stateForms() {
        assertThat(CountedNoun.STATE.singular()).isEqualTo("دولة");
        assertThat(CountedNoun.STATE.dual()).isEqualTo("دولتان");
        assertThat(CountedNoun.STATE.plural()).isEqualTo("دول");
        assertThat(CountedNoun.STATE.feminine()).isTrue();
    }

    @Test
    void obliqueDual() {
        assertThat(CountedNoun.STATE.dualOblique()).isEqualTo("دولتين");
        assertThat(CountedNoun.PARTY.dualOblique()).isEqualTo("طرفين");
        assertThat(CountedNoun.PARTY.dual(GrammaticalCase.NOMINATIVE)).isEqualTo("طرفان");
        assertThat(new CountedNoun("x", "xy", "xs", false).dualOblique()).isEqualTo("xy");
    }

    @Test
    void accusativeSingularFollowsTheTanweenSpelling() {
        // Seed 001 para. 3: "١٨٦ دولة طرفاً"; para. 79: "٣٠ مشروعاً"; para. 52: "٩٨٤ ضحية".
        assertThat(CountedNoun.STATE.accusativeSingular()).isEqualTo("دولة");
        assertThat(CountedNoun.PARTY.accusativeSingular()).isEqualTo("طرفاً");
        assertThat(CountedNoun.PROJECT.accusativeSingular()).isEqualTo("مشروعاً");
        assertThat(CountedNoun.VICTIM.accusativeSingular()).isEqualTo("ضحية");
        assertThat(new CountedNoun("إجراء", "إجراءان", "إجراءات", false).accusativeSingular()).isEqualTo("إجراء");
        assertThat(new CountedNoun("مستشفى", "مستشفيان", "مستشفيات", false).accusativeSingular()).isEqualTo("مستشفى");
    }

    @Test
    void blankFormsAreRejected() {
        assertThatThrownBy(() -> new CountedNoun(" ", "a", "b", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountedNoun("a", null, "b", true)).isInstanceOf(NullPointerException.class);
    }
}
