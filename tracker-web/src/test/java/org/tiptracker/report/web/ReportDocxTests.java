package org.tiptracker.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportLayout;
import org.tiptracker.report.print.BidiRuns;

/** The Word file of a report shaped like seed 001, opened again with POI. */
class ReportDocxTests {

    private static final ReportDocx DOCX = new ReportDocx();

    static PrintedReport arabicReport() {
        return ReportLayout.print(ReportFixture.MANDATE, ReportFixture.draft(0), ReportLanguage.AR);
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void anA4PageRightToLeftWithAPageNumber() throws IOException {
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sect.isSetBidi()).isTrue();
            assertThat(doc.getFooterList()).hasSize(1);
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE").contains("fldChar");
            assertThat(sect.getFootnotePr().getNumFmt().getVal()).isEqualTo(STNumberFormat.HINDI_NUMBERS);
        }
    }

    @Test
    void theHeadingsAreWordHeadingsInTheSeedsOrder() throws IOException {
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading%d", level).isNotNull();
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
            }
            List<String> chapters = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(ReportDocxTests::text).toList();
            List<String> seedChapters = ReportFixture.chapterHeadings();
            assertThat(seedChapters).hasSize(9);
            String[] labels = {"أولاً-", "ثانياً-", "ثالثاً-", "رابعاً-", "خامساً-", "سادساً-", "سابعاً-", "ثامناً-", "تاسعاً-"};
            assertThat(chapters).hasSize(9);
            for (int i = 0; i < 9; i++) {
                assertThat(chapters.get(i)).isEqualTo(labels[i] + "\t" + seedChapters.get(i));
            }
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(p -> text(p).substring(0, text(p).indexOf('\t'))))
                    .containsExactly("ألف-", "باء-", "جيم-");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle())).map(ReportDocxTests::text))
                    .containsExactly("١-\tالتشريعات");
            // Chapter I starts a page, after the masthead, summary and contents.
            XWPFParagraph first = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst()
                    .orElseThrow();
            assertThat(first.isPageBreak()).isTrue();
        }
    }

    @Test
    void theMastheadAndContentsAreTheSeeds() throws IOException {
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            List<String> texts = doc.getParagraphs().stream().map(ReportDocxTests::text).toList();
            assertThat(texts.subList(0, 11)).containsExactly("A/71/167", "Distr.: General", "1 July 2016", "Arabic",
                    "Original: English", "الجمعية العامة", "الدورة الحادية والسبعون", "البند ١٠٥ من القائمة الأولية*",
                    "منع الجريمة والعدالة الجنائية", "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص",
                    "تقرير الأمين العام");
            // The English lines are left to right.
            for (XWPFParagraph p : doc.getParagraphs().subList(0, 5)) {
                assertThat(p.getCTPPr().isSetBidi()).as(text(p)).isFalse();
                assertThat(p.getRuns()).allSatisfy(r -> assertThat((rPr(r).sizeOfRtlArray() > 0)).isFalse());
            }
            assertThat(texts).contains("ملخص", "المحتويات");
            assertThat(texts.get(texts.indexOf("ملخص") + 1)).startsWith("أعدَّ هذا التقرير عملاً بقراري الجمعية العامة");
            int contents = texts.indexOf("المحتويات");
            assertThat(texts.get(contents + 1)).isEqualTo("الصفحة");
            List<XWPFParagraph> lines = doc.getParagraphs().subList(contents + 2, contents + 14);
            assertThat(lines.stream().map(ReportDocxTests::text).map(t -> t.substring(0, t.indexOf('\t'))))
                    .containsExactly("أولاً-", "ثانياً-", "ثالثاً-", "ألف-", "باء-", "جيم-", "رابعاً-", "خامساً-",
                            "سادساً-", "سابعاً-", "ثامناً-", "تاسعاً-");
            // Each line ends with the page of its heading: a PAGEREF field to a bookmark on the heading.
            List<XWPFParagraph> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle())).toList();
            assertThat(headings).hasSize(12);
            for (int i = 0; i < 12; i++) {
                String field = lines.get(i).getCTP().xmlText();
                assertThat(headings.get(i).getCTP().getBookmarkStartArray()).hasSize(1);
                String name = headings.get(i).getCTP().getBookmarkStartArray(0).getName();
                assertThat(field).contains("PAGEREF " + name + " \\h");
                assertThat(text(headings.get(i))).isEqualTo(text(lines.get(i)).replaceFirst("\t١$", ""));
            }
        }
    }

    @Test
    void everyParagraphIsRightToLeftAndEveryArabicRunRtlWithItsComplexScriptFont() throws IOException {
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs().subList(5, doc.getParagraphs().size());
            assertThat(paragraphs).hasSizeGreaterThan(30);
            int arabicRuns = 0;
            int latinRuns = 0;
            for (XWPFParagraph p : paragraphs) {
                assertThat(p.getCTPPr().isSetBidi()).as(text(p)).isTrue();
                for (XWPFRun r : p.getRuns()) {
                    CTRPr pr = rPr(r);
                    String text = r.text();
                    assertThat(pr.getRFontsArray(0).getCs()).isEqualTo("Noto Naskh Arabic");
                    assertThat(pr.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
                    assertThat(pr.sizeOfSzCsArray()).isEqualTo(1);
                    if (BidiRuns.hasArabic(text)) {
                        arabicRuns++;
                        assertThat((pr.sizeOfRtlArray() > 0)).as(text).isTrue();
                    } else if (r.getCTR().sizeOfFootnoteReferenceArray() > 0) {
                        assertThat(pr.sizeOfRtlArray()).as("a footnote mark in Arabic text").isEqualTo(1);
                    } else if (text.matches(".*[A-Za-z0-9].*")) {
                        latinRuns++;
                        assertThat((pr.sizeOfRtlArray() > 0)).as(text).isFalse();
                    }
                    if (pr.sizeOfBArray() > 0) {
                        assertThat(pr.sizeOfBCsArray()).as("bold for complex script: %s", text).isEqualTo(1);
                    }
                }
            }
            assertThat(arabicRuns).isGreaterThan(30);
            assertThat(latinRuns).isGreaterThanOrEqualTo(1);
            // The symbol between isolates is a Latin run of its own, without the marks.
            assertThat(paragraphs.stream().flatMap(p -> p.getRuns().stream()).map(XWPFRun::text))
                    .contains("CTOC/COP/WG.4/2019/1")
                    .noneMatch(t -> t.contains("\u2066") || t.contains("\u2069"));
            // Headings are bold for complex script too.
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst()
                    .orElseThrow();
            assertThat(heading.getRuns()).allSatisfy(r -> assertThat(rPr(r).sizeOfBCsArray()).isEqualTo(1));
        }
    }

    @Test
    void theTextOfParagraphsThreeAndFiveWithTheirNumbers() throws IOException {
        String three = ReportFixture.seedParagraph(3);
        String five = ReportFixture.seedParagraph(5);
        assertThat(three).startsWith("حثت الجمعية العامة، في قرارها ١٧٩/٧٠")
                .contains("ساموا (١٧ كانون الأول/ديسمبر ٢٠١٤)").endsWith("كانت هناك ١٦٩ دولة طرفاً في البروتوكول.");
        assertThat(five).endsWith("النمسا، الولايات المتحدة الأمريكية.").contains("، كولومبيا، ");
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            List<String> texts = doc.getParagraphs().stream().map(ReportDocxTests::text).toList();
            assertThat(texts).contains("٣ -\t" + three, "٥ -\t" + five);
            XWPFParagraph para5 = doc.getParagraphs().get(texts.indexOf("٥ -\t" + five));
            assertThat(para5.getStyle()).isEqualTo("SingleTxt");
            assertThat(texts).contains("(أ)\tمناشدة الدول الأعضاء التي لم تصدّق بعد");
            assertThat(doc.getParagraphs().stream().filter(p -> text(p).startsWith("(ب)")).findFirst().orElseThrow()
                    .getStyle()).isEqualTo("SubParagraph");
        }
    }

    @Test
    void footnotesAreRealWordFootnotes() throws IOException {
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(f -> f.getId().intValue() > 0).toList();
            assertThat(notes).hasSize(3);
            String all = notes.stream().map(f -> f.getParagraphs().stream().map(ReportDocxTests::text)
                    .collect(Collectors.joining())).collect(Collectors.joining("|"));
            assertThat(all).contains("*\tA/71/50").contains(ReportFixture.FOOTNOTE_3).contains("حاشية الفصل التاسع");
            List<CTFtnEdnRef> refs = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getCTR).flatMap(r -> List.of(r.getFootnoteReferenceArray()).stream()).toList();
            assertThat(refs).hasSize(3);
            assertThat(refs.stream().map(CTFtnEdnRef::getId)).containsExactlyElementsOf(notes.stream()
                    .map(XWPFFootnote::getId).toList());
            // The agenda item's footnote is marked * (a custom mark), the others are numbered by Word.
            CTFtnEdnRef star = refs.get(0);
            assertThat(star.isSetCustomMarkFollows()).isTrue();
            XWPFParagraph item = doc.getParagraphs().get(7);
            assertThat(text(item)).endsWith("*");
            assertThat(refs.get(1).isSetCustomMarkFollows()).isFalse();
            XWPFFootnote third = notes.get(1);
            XWPFParagraph text = third.getParagraphs().get(0);
            assertThat(text.getStyle()).isEqualTo("FootnoteText");
            assertThat(text.getCTPPr().isSetBidi()).isTrue();
            assertThat(text.getRuns().stream().map(XWPFRun::getCTR).anyMatch(r -> r.sizeOfFootnoteRefArray() == 1)).isTrue();
            assertThat(text.getRuns()).anySatisfy(r -> {
                assertThat(r.text()).startsWith("UNHCR");
                assertThat((rPr(r).sizeOfRtlArray() > 0)).isFalse();
            });
        }
    }

    @Test
    void placesForNarrativeAreHighlighted() throws IOException {
        try (XWPFDocument doc = open(DOCX.write(arabicReport()))) {
            XWPFParagraph place = doc.getParagraphs().stream()
                    .filter(p -> text(p).contains(ReportFixture.PLACEHOLDER)).findFirst().orElseThrow();
            List<XWPFRun> textRuns = place.getRuns().stream().filter(r -> r.text().contains("الأمانة")).toList();
            assertThat(textRuns).isNotEmpty().allSatisfy(r -> assertThat(r.isHighlighted()).isTrue());
            XWPFParagraph five = doc.getParagraphs().stream().filter(p -> text(p).startsWith("٥ -")).findFirst()
                    .orElseThrow();
            assertThat(five.getRuns()).noneMatch(XWPFRun::isHighlighted);
        }
    }

    @Test
    void englishIsLeftToRight() throws IOException {
        PrintedReport english = ReportLayout.print(ReportFixture.MANDATE, ReportFixture.draft(0), ReportLanguage.EN);
        try (XWPFDocument doc = open(DOCX.write(english))) {
            assertThat(doc.getDocument().getBody().getSectPr().isSetBidi()).isFalse();
            assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getCTPPr().isSetBidi()).isFalse());
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                    .allSatisfy(r -> assertThat((rPr(r).sizeOfRtlArray() > 0)).isFalse());
            List<String> texts = doc.getParagraphs().stream().map(ReportDocxTests::text).toList();
            assertThat(texts).contains("General Assembly", "Seventy-first session", "Report of the Secretary-General",
                    "I.\tChapter 1", "A.\tMeasures reported by Member States", "5.\tAs at 30 May 2016, the following"
                            + " States had replied: Argentina, Armenia.", "(a)\tUrge Member States");
            assertThat(doc.getDocument().getBody().getSectPr().getFootnotePr().getNumFmt().getVal())
                    .isEqualTo(STNumberFormat.DECIMAL);
        }
    }

    @Test
    void aChapterAloneKeepsItsNumbersAndItsFootnoteNumbers() throws IOException {
        PrintedReport nine = ReportLayout.printChapter(ReportFixture.MANDATE, ReportFixture.draft(0), ReportLanguage.AR, 9);
        try (XWPFDocument doc = open(DOCX.write(nine))) {
            List<String> texts = doc.getParagraphs().stream().map(ReportDocxTests::text).toList();
            assertThat(texts).anyMatch(t -> t.startsWith("تاسعاً-\t"));
            assertThat(texts).anyMatch(t -> t.startsWith("٨ -\t"));
            assertThat(texts).noneMatch(t -> t.startsWith("ثامناً-") || t.startsWith("٥ -"));
            assertThat(texts).doesNotContain("ملخص");
            // Footnote 2 of the whole report is the chapter's first: Word starts counting there.
            assertThat(doc.getDocument().getBody().getSectPr().getFootnotePr().getNumStart().getVal())
                    .isEqualTo(BigInteger.valueOf(2));
        }
    }

    @Test
    void aReportOfOneHundredAndFiftyParagraphsIsWrittenWellUnderTwoSeconds() throws IOException {
        PrintedReport big = ReportLayout.print(ReportFixture.MANDATE, ReportFixture.draft(16), ReportLanguage.AR);
        assertThat(big.blocks().stream().filter(b -> b.number() != null).count()).isGreaterThanOrEqualTo(150);
        DOCX.write(arabicReport()); // classes loaded
        long start = System.nanoTime();
        byte[] bytes = DOCX.write(big);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("ms for %d blocks", big.blocks().size()).isLessThan(1000);
        try (XWPFDocument doc = open(bytes)) {
            assertThat(doc.getParagraphs().stream().filter(p -> text(p).startsWith("١٥٠ -\t"))).hasSize(1);
        }
    }

    /** The paragraph's own text (POI's getText adds the footnotes' text). */
    static String text(XWPFParagraph p) {
        return p.getRuns().stream().map(XWPFRun::text).collect(Collectors.joining())
                .replaceAll("\\[footnoteRef:\\d+\\]", "");
    }

    @Test
    void aReportWithNothingButItsMastheadIsAWordFileToo() throws IOException {
        PrintedReport empty = ReportLayout.print(ReportFixture.MANDATE, List.of(), ReportLanguage.AR);
        try (XWPFDocument doc = open(DOCX.write(empty))) {
            assertThat(doc.getParagraphs().stream().map(ReportDocxTests::text)).contains("تقرير الأمين العام")
                    .doesNotContain("المحتويات", "ملخص");
            assertThat(doc.getFootnotes().stream().filter(f -> f.getId().intValue() > 0)).hasSize(1);
        }
    }

    private static CTRPr rPr(XWPFRun run) {
        CTR r = run.getCTR();
        return r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    }
}
