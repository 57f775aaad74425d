package org.tiptracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.PrintedReport.PrintedBlock;

/** The composer's first draft of the 2016 report, printed: the seed's numbers come out of the layout. */
class ReportLayoutOfComposedReportTests {

    private static List<DraftParagraph> firstDraft() {
        List<DraftParagraph> out = new ArrayList<>();
        long id = 1;
        for (ComposedBlock b : ReportComposer.compose(SeedReportFacts.facts())) {
            out.add(new DraftParagraph(id++, b.key(), b.role(), b.chapter(), b.section(), b.initialKind(), b.textAr(),
                    b.textEn(), b.placeholder(), b.footnotes()));
        }
        return out;
    }

    @Test
    void paragraphsThreeAndFiveAreNumberedAsInTheSeed() {
        PrintedReport printed = ReportLayout.print(SeedReportFacts.mandate(null), firstDraft(), ReportLanguage.AR);
        PrintedBlock three = numbered(printed, 3);
        assertThat(three.label()).isEqualTo("٣ -");
        assertThat(three.chapter()).isEqualTo(2);
        assertThat(three.text()).contains("أصبحت سبع دول أطرافاً في اتفاقية الجريمة المنظمة");
        PrintedBlock five = numbered(printed, 5);
        assertThat(five.label()).isEqualTo("٥ -");
        assertThat(five.chapter()).isEqualTo(3);
        assertThat(five.text()).startsWith("حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت");
        assertThat(printed.contents().stream().filter(c -> c.role() == BlockRole.CHAPTER_HEADING)
                .map(PrintedReport.ContentsLine::label))
                .containsExactly("أولاً-", "ثانياً-", "ثالثاً-", "رابعاً-", "خامساً-", "سادساً-", "سابعاً-", "ثامناً-",
                        "تاسعاً-");
        assertThat(printed.masthead().session()).isEqualTo("الدورة الحادية والسبعون");
    }

    @Test
    void everyChapterPrintedAloneKeepsTheWholeReportsNumbers() {
        List<DraftParagraph> draft = firstDraft();
        PrintedReport whole = ReportLayout.print(SeedReportFacts.mandate(null), draft, ReportLanguage.EN);
        List<PrintedBlock> joined = new ArrayList<>();
        for (int c = 1; c <= 9; c++) {
            joined.addAll(ReportLayout.printChapter(SeedReportFacts.mandate(null), draft, ReportLanguage.EN, c).blocks());
        }
        assertThat(joined).containsExactlyElementsOf(whole.blocks().stream().filter(b -> b.chapter() > 0).toList());
        assertThat(numbered(whole, 5).label()).isEqualTo("5.");
    }

    private static PrintedBlock numbered(PrintedReport printed, int n) {
        return printed.blocks().stream().filter(b -> Integer.valueOf(n).equals(b.number())).findFirst().orElseThrow();
    }
}
