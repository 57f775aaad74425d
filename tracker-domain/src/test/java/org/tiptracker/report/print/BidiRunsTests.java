package org.tiptracker.report.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.print.BidiRuns.Run;

class BidiRunsTests {

    @Test
    void aSymbolIsItsOwnLatinRunAndTheFullStopStaysArabic() {
        assertThat(BidiRuns.split("انظر الوثيقة CTOC/COP/WG.4/2019/1.")).containsExactly(
                new Run("انظر الوثيقة ", false), new Run("CTOC/COP/WG.4/2019/1", true), new Run(".", false));
        assertThat(BidiRuns.split("* A/71/50")).containsExactly(new Run("* ", false), new Run("A/71/50", true));
    }

    @Test
    void isolatedTextIsLatinAndTheMarksAreDropped() {
        assertThat(BidiRuns.split("الوثيقة \u2066A/71/50 (part 2)\u2069، و")).containsExactly(
                new Run("الوثيقة ", false), new Run("A/71/50 (part 2)", true), new Run("، و", false));
    }

    @Test
    void anEnglishTitleInAFootnoteKeepsItsBrackets() {
        // Seed 001, footnote 3.
        String note = "UNHCR, \"Smuggling and trafficking from the East and Horn of Africa: executive summary\""
                + " (March 2013). انظر الموقع الشبكي";
        assertThat(BidiRuns.split(note)).containsExactly(
                new Run("UNHCR, \"Smuggling and trafficking from the East and Horn of Africa: executive summary\""
                        + " (March 2013)", true),
                new Run(". انظر الموقع الشبكي", false));
        assertThat(BidiRuns.split("(الإنتربول) (INTERPOL)")).containsExactly(
                new Run("(الإنتربول) (", false), new Run("INTERPOL", true), new Run(")", false));
    }

    @Test
    void arabicAloneIsOneRun() {
        assertThat(BidiRuns.split("٥ - حتى ٣٠ أيار/مايو ٢٠١٦")).containsExactly(new Run("٥ - حتى ٣٠ أيار/مايو ٢٠١٦", false));
        assertThat(BidiRuns.hasArabic("A/71/50")).isFalse();
        assertThat(BidiRuns.hasArabic("البند")).isTrue();
    }
}
