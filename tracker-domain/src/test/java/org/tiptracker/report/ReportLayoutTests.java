package org.tiptracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.PrintedReport.ContentsLine;
import org.tiptracker.report.PrintedReport.Masthead;
import org.tiptracker.report.PrintedReport.PrintedBlock;

/** The layout prints seed 001 as the seed prints itself: labels, continuous numbers, masthead, contents. */
class ReportLayoutTests {

    private static PrintedReport arabic() {
        return ReportLayout.print(Seed001.MANDATE, Seed001.draft(), ReportLanguage.AR);
    }

    @Test
    void everyLabelAndNumberIsTheSeeds() {
        List<Seed001.Printed> seed = Seed001.blocks();
        PrintedReport printed = arabic();
        assertThat(printed.blocks()).hasSize(seed.size());
        assertThat(seed.stream().filter(s -> s.seedNumber() != null)).hasSize(97);
        for (int i = 0; i < seed.size(); i++) {
            PrintedBlock block = printed.blocks().get(i);
            assertThat(block.label()).as("block %d: %s", i, block.text()).isEqualTo(seed.get(i).seedLabel());
            assertThat(block.number()).as("block %d", i).isEqualTo(seed.get(i).seedNumber());
            assertThat(block.text()).isEqualTo(seed.get(i).paragraph().textAr());
        }
    }

    @Test
    void chaptersAreFirstToNinthAndChapterThreeHasThreeSections() {
        PrintedReport printed = arabic();
        assertThat(printed.blocks().stream().filter(b -> b.role() == BlockRole.CHAPTER_HEADING).map(PrintedBlock::label))
                .containsExactly("أولاً-", "ثانياً-", "ثالثاً-", "رابعاً-", "خامساً-", "سادساً-", "سابعاً-", "ثامناً-",
                        "تاسعاً-");
        assertThat(printed.blocks().stream().filter(b -> b.role() == BlockRole.SECTION_HEADING).map(PrintedBlock::label))
                .containsExactly("ألف-", "باء-", "جيم-");
        // Sub-sections restart in each section: III.A has five, III.B five.
        assertThat(printed.blocks().stream().filter(b -> b.role() == BlockRole.SUBSECTION_HEADING)
                .map(PrintedBlock::label).collect(Collectors.joining(" ")))
                .isEqualTo("١- ٢- ٣- ٤- ٥- ١- ٢- ٣- ٤- ٥-");
    }

    @Test
    void paragraphFiveOpensSectionAWithItsLabel() {
        List<PrintedBlock> blocks = arabic().blocks();
        PrintedBlock five = blocks.stream().filter(b -> Integer.valueOf(5).equals(b.number())).findFirst().orElseThrow();
        assertThat(five.label()).isEqualTo("٥ -");
        assertThat(five.text()).startsWith("حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت")
                .endsWith("النمسا، الولايات المتحدة الأمريكية.");
        PrintedBlock before = blocks.get(blocks.indexOf(five) - 1);
        assertThat(before.role()).isEqualTo(BlockRole.SECTION_HEADING);
        assertThat(before.label()).isEqualTo("ألف-");
    }

    @Test
    void theSummaryIsNotNumbered() {
        PrintedBlock summary = arabic().blocks().get(0);
        assertThat(summary.role()).isEqualTo(BlockRole.SUMMARY);
        assertThat(summary.number()).isNull();
        assertThat(summary.label()).isEmpty();
        assertThat(summary.text()).startsWith("أعدَّ هذا التقرير عملاً بقراري الجمعية العامة ٢٩٣/٦٤");
    }

    @Test
    void theContentsListTheSeedsChapterAndSectionLabels() {
        List<String> seedContents = Seed001.lines().stream()
                .dropWhile(l -> !l.startsWith("## المحتويات"))
                .filter(l -> l.contains("\t"))
                .takeWhile(l -> !l.startsWith("## أولاً"))
                .map(l -> l.substring(l.indexOf('\t') + 1).trim())
                .map(l -> l.substring(0, l.indexOf(' ')))
                .toList();
        assertThat(seedContents).hasSize(12);
        List<ContentsLine> contents = arabic().contents();
        assertThat(contents.stream().map(ContentsLine::label)).containsExactlyElementsOf(seedContents);
        assertThat(contents.get(0).text()).isEqualTo("مقدمة");
        assertThat(contents.get(3).role()).isEqualTo(BlockRole.SECTION_HEADING);
        assertThat(contents.get(3).chapter()).isEqualTo(3);
    }

    @Test
    void subParagraphsAreLetteredAfterTheirParagraphAndRestart() {
        List<DraftParagraph> draft = new ArrayList<>(Seed001.draft());
        PrintedReport printed = ReportLayout.print(Seed001.MANDATE, draft, ReportLanguage.AR);
        List<PrintedBlock> nine = printed.blocks().subList(printed.blocks().size() - 7, printed.blocks().size());
        assertThat(nine.get(0).label()).isEqualTo("٩٧ -");
        assertThat(nine.subList(1, 7).stream().map(PrintedBlock::label))
                .containsExactly("(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)");
        assertThat(nine.subList(1, 7)).allSatisfy(b -> assertThat(b.number()).isNull());

        // A numbered paragraph between them starts the letters again.
        draft.add(draft.size() - 2, paragraph(BlockRole.PARAGRAPH, 9, "فقرة"));
        List<PrintedBlock> again = ReportLayout.print(Seed001.MANDATE, draft, ReportLanguage.AR).blocks();
        assertThat(again.subList(again.size() - 3, again.size()).stream().map(PrintedBlock::label))
                .containsExactly("٩٨ -", "(أ)", "(ب)");
    }

    @Test
    void footnotesAreNumberedThroughTheReport() {
        List<PrintedBlock> withNotes = arabic().blocks().stream().filter(b -> !b.footnotes().isEmpty()).toList();
        assertThat(withNotes.stream().flatMap(b -> b.footnoteMarks().stream()))
                .containsExactly("(١)", "(٢)", "(٣)", "(٤)", "(٥)", "(٦)", "(٧)");
        assertThat(withNotes.get(0).firstFootnote()).isEqualTo(1);
        assertThat(withNotes.get(0).footnotes().get(0)).startsWith("جميع هذه الأدوات متاحة");
        assertThat(withNotes.get(withNotes.size() - 1).footnoteMarks()).last().isEqualTo("(٧)");
        assertThat(withNotes.get(withNotes.size() - 1).firstFootnote() + withNotes.get(withNotes.size() - 1)
                .footnotes().size() - 1).isEqualTo(7);
    }

    @Test
    void theMastheadIsTheSeeds() {
        Masthead m = arabic().masthead();
        List<String> seed = Seed001.lines().stream().map(String::trim).filter(l -> !l.isEmpty()).limit(12).toList();
        assertThat(List.of(m.distribution(), m.issueDate(), m.languageLine(), m.originalLine(), m.organ(), m.session(),
                m.agendaItem(), m.agendaTitle(), "## " + m.title(), m.byline()))
                .containsExactly(seed.get(0), seed.get(1), seed.get(2), seed.get(3), seed.get(4), seed.get(5),
                        seed.get(6).replace("\\*", "*"), seed.get(7), seed.get(8), seed.get(9));
        assertThat(m.session()).isEqualTo("الدورة الحادية والسبعون");
        assertThat(m.agendaItem()).isEqualTo("البند ١٠٥ من القائمة الأولية*");
        assertThat(m.agendaFootnote()).isEqualTo("* A/71/50");
        assertThat(Seed001.text()).contains("\\" + m.agendaFootnote());
        assertThat(m.symbol()).isEqualTo("A/71/167");
    }

    @Test
    void aChapterKeepsTheWholeReportsNumbers() {
        PrintedReport three = ReportLayout.printChapter(Seed001.MANDATE, Seed001.draft(), ReportLanguage.AR, 3);
        assertThat(three.blocks()).allSatisfy(b -> assertThat(b.chapter()).isEqualTo(3));
        assertThat(three.blocks().get(0).label()).isEqualTo("ثالثاً-");
        assertThat(three.blocks().stream().filter(b -> b.number() != null).findFirst().orElseThrow().label())
                .isEqualTo("٥ -");
        assertThat(three.contents().stream().map(ContentsLine::label)).containsExactly("ثالثاً-", "ألف-", "باء-", "جيم-");
        assertThat(three.blocks().stream().flatMap(b -> b.footnoteMarks().stream()))
                .containsExactly("(١)", "(٢)", "(٣)", "(٤)", "(٥)", "(٦)");
        assertThat(three.masthead()).isEqualTo(arabic().masthead());
        PrintedReport six = ReportLayout.printChapter(Seed001.MANDATE, Seed001.draft(), ReportLanguage.AR, 6);
        assertThat(six.blocks().stream().flatMap(b -> b.footnoteMarks().stream())).containsExactly("(٧)");
        assertThat(six.blocks().stream().filter(b -> !b.footnotes().isEmpty()).findFirst().orElseThrow().firstFootnote())
                .isEqualTo(7);
        assertThatThrownBy(() -> ReportLayout.printChapter(Seed001.MANDATE, Seed001.draft(), ReportLanguage.AR, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void englishLabelsAndMasthead() {
        List<DraftParagraph> draft = List.of(
                paragraph(BlockRole.SUMMARY, 0, "Summary"),
                paragraph(BlockRole.CHAPTER_HEADING, 1, "Introduction"),
                paragraph(BlockRole.PARAGRAPH, 1, "One"),
                paragraph(BlockRole.CHAPTER_HEADING, 3, "Implementation"),
                paragraph(BlockRole.SECTION_HEADING, 3, "Measures"),
                paragraph(BlockRole.SUBSECTION_HEADING, 3, "Legislation"),
                paragraph(BlockRole.PARAGRAPH, 3, "Two"),
                paragraph(BlockRole.SUBPARAGRAPH, 3, "a"),
                paragraph(BlockRole.SUBPARAGRAPH, 3, "b"),
                paragraph(BlockRole.SECTION_HEADING, 3, "Activities"),
                paragraph(BlockRole.CHAPTER_HEADING, 9, "Recommendations"));
        PrintedReport en = ReportLayout.print(Seed001.MANDATE, draft, ReportLanguage.EN);
        assertThat(en.blocks().stream().map(PrintedBlock::label))
                .containsExactly("", "I.", "1.", "III.", "A.", "1.", "2.", "(a)", "(b)", "B.", "IX.");
        assertThat(en.blocks().stream().map(PrintedBlock::text)).contains("Introduction", "Two");
        Masthead m = en.masthead();
        assertThat(m.issueDate()).isEqualTo("1 July 2016");
        assertThat(m.languageLine()).isEqualTo("English");
        assertThat(m.organ()).isEqualTo("General Assembly");
        assertThat(m.session()).isEqualTo("Seventy-first session");
        assertThat(m.agendaItem()).isEqualTo("Item 105 of the preliminary list*");
        assertThat(m.byline()).isEqualTo("Report of the Secretary-General");
        assertThat(m.title()).isEqualTo("Improving the coordination of efforts against trafficking in persons");
    }

    @Test
    void westernDigitsWhenTheMandateSaysSo() {
        ReportMandate m = Seed001.MANDATE;
        ReportMandate western = new ReportMandate(m.symbol(), m.session(), m.agendaItem(), null, m.agendaTitleAr(),
                m.agendaTitleEn(), m.titleAr(), m.titleEn(), m.requestingResolution(), m.requestingParagraph(),
                m.previousResolution(), m.issueDate(), m.periodFrom(), m.periodTo(), m.cutOff(), m.cycleId(), "ar",
                DigitStyle.WESTERN);
        PrintedReport printed = ReportLayout.print(western, Seed001.draft(), ReportLanguage.AR);
        assertThat(printed.blocks().stream().filter(b -> Integer.valueOf(12).equals(b.number())).findFirst()
                .orElseThrow().label()).isEqualTo("12 -");
        assertThat(printed.masthead().agendaItem()).isEqualTo("البند 105 من القائمة الأولية");
        assertThat(printed.masthead().agendaFootnote()).isEmpty();
        assertThat(printed.masthead().originalLine()).isEqualTo("Original: Arabic");
    }

    @Test
    void arabicLabelsNeverHoldLatinDigits() {
        assertThat(arabic().blocks()).allSatisfy(b -> assertThat(b.label()).doesNotContainPattern("[0-9A-Za-z]"));
        assertThat(arabic().masthead().session() + arabic().masthead().agendaItem()).doesNotContainPattern("[0-9]");
    }

    private static long ids = 1000;

    private static DraftParagraph paragraph(BlockRole role, int chapter, String text) {
        return new DraftParagraph(ids++, null, role, chapter, 0,
                role.isHeading() ? ParagraphKind.HEADING : ParagraphKind.NARRATIVE, text, text, false, List.of());
    }
}
