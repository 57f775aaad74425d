package org.tiptracker.report.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.springframework.stereotype.Component;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.PrintedReport.ContentsLine;
import org.tiptracker.report.PrintedReport.Masthead;
import org.tiptracker.report.PrintedReport.PrintedBlock;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.print.BidiRuns;

/**
 * Writes a printed report (the whole report or one chapter) as a Word file in the UN layout, on
 * the template {@code report/template.docx} (A4, its margins, the page number in the footer, the
 * styles): the masthead (its English lines left to right), the summary, the contents, chapters as
 * Heading 1, sections as Heading 2, sub-sections as Heading 3, the numbered paragraphs with their
 * labels, indented sub-paragraphs, real Word footnotes (the agenda item's {@code *} among them) and
 * places for narrative highlighted.
 *
 * <p>An Arabic report is right to left: every paragraph has {@code w:bidi}, every Arabic run
 * {@code w:rtl} with its complex-script font, size and bold; Latin stretches (document symbols,
 * text between U+2066 and U+2069) are runs of their own without {@code w:rtl}. An English report
 * is left to right throughout. Thread-safe: each call works on its own copy of the template.
 */
@Component
public class ReportDocx {

    static final String LATIN_FONT = "Times New Roman";
    static final String ARABIC_FONT = "Noto Naskh Arabic";
    static final String TEMPLATE = "/report/template.docx";

    /** Font sizes in half-points: Latin, complex script. */
    private record Size(int latin, int complex) {
        static final Size BODY = new Size(20, 28);
        static final Size HEADING1 = new Size(24, 32);
        static final Size HEADING2 = new Size(20, 30);
        static final Size HEADING3 = new Size(20, 28);
        static final Size TITLE = new Size(34, 36);
        static final Size BYLINE = new Size(24, 30);
        static final Size ORGAN = new Size(40, 40);
        static final Size SYMBOL = new Size(40, 40);
        static final Size FOOTNOTE = new Size(17, 24);
    }

    private final byte[] template;

    public ReportDocx() {
        try (InputStream in = ReportDocx.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the report template is missing: " + TEMPLATE);
            }
            this.template = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as .docx bytes. */
    public byte[] write(PrintedReport report) {
        Objects.requireNonNull(report, "report");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            new Writer(doc, report).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {

        private final XWPFDocument doc;
        private final PrintedReport report;
        private final boolean rtl;
        private final boolean english;
        private final boolean arabicIndic;

        Writer(XWPFDocument doc, PrintedReport report) {
            this.doc = doc;
            this.report = report;
            this.rtl = report.language().rightToLeft();
            this.english = report.language() == ReportLanguage.EN;
            this.arabicIndic = arabicIndic(report);
        }

        void write() {
            while (!doc.getBodyElements().isEmpty()) {
                doc.removeBodyElement(0);
            }
            section();
            masthead(report.masthead());
            List<PrintedBlock> summary = report.blocks().stream().filter(b -> b.role() == BlockRole.SUMMARY).toList();
            if (!summary.isEmpty()) {
                XWPFParagraph title = paragraph("ContentsTitle", true);
                text(title, english ? "Summary" : "ملخص", Size.BYLINE, true, false);
                for (PrintedBlock b : summary) {
                    block(b, "SingleTxt", Size.BODY, false);
                }
            }
            // The headings the contents list, in order, each with a bookmark for its page number.
            List<PrintedBlock> listed = report.blocks().stream()
                    .filter(b -> b.role() == BlockRole.CHAPTER_HEADING || b.role() == BlockRole.SECTION_HEADING)
                    .toList();
            boolean pageNumbers = listed.size() == report.contents().size();
            if (!report.contents().isEmpty()) {
                XWPFParagraph title = paragraph("ContentsTitle", true);
                title.setPageBreak(true);
                text(title, english ? "Contents" : "المحتويات", Size.BYLINE, true, false);
                if (pageNumbers) {
                    XWPFParagraph page = paragraph("ContentsChapter", true);
                    page.setAlignment(ParagraphAlignment.END);
                    text(page, english ? "Page" : "الصفحة", Size.FOOTNOTE, false, false);
                }
                for (int i = 0; i < report.contents().size(); i++) {
                    ContentsLine line = report.contents().get(i);
                    XWPFParagraph p = paragraph(line.role() == BlockRole.CHAPTER_HEADING ? "ContentsChapter"
                            : "ContentsSection", true);
                    text(p, line.label() + "\t" + line.text(), Size.BODY, false, false);
                    if (pageNumbers) {
                        text(p, "\t", Size.BODY, false, false);
                        pageRef(p, bookmark(i));
                    }
                }
            }
            boolean first = true;
            int heading = 0;
            for (PrintedBlock b : report.blocks()) {
                switch (b.role()) {
                    case SUMMARY -> {
                        continue;
                    }
                    case CHAPTER_HEADING, SECTION_HEADING -> {
                        boolean chapter = b.role() == BlockRole.CHAPTER_HEADING;
                        block(b, chapter ? "Heading1" : "Heading2", chapter ? Size.HEADING1 : Size.HEADING2, true,
                                pageNumbers ? heading + 1 : 0).setPageBreak(first);
                        heading++;
                    }
                    case SUBSECTION_HEADING -> block(b, "Heading3", Size.HEADING3, true).setPageBreak(first);
                    case PARAGRAPH -> block(b, "SingleTxt", Size.BODY, false).setPageBreak(first);
                    case SUBPARAGRAPH -> block(b, "SubParagraph", Size.BODY, false).setPageBreak(first);
                    default -> throw new IllegalStateException("unknown role " + b.role());
                }
                first = false;
            }
        }

        private static String bookmark(int heading) {
            return "_Heading" + (heading + 1);
        }

        /** The page a bookmark is on, as a field (LibreOffice fills it; Word when it updates fields). */
        private void pageRef(XWPFParagraph p, String bookmark) {
            XWPFRun begin = styled(p, Size.BODY, false, false, rtl);
            begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            XWPFRun instr = styled(p, Size.BODY, false, false, rtl);
            CTText code = instr.getCTR().addNewInstrText();
            code.setStringValue(" PAGEREF " + bookmark + " \\h ");
            code.setSpace(SpaceAttribute.Space.PRESERVE);
            styled(p, Size.BODY, false, false, rtl).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            styled(p, Size.BODY, false, false, rtl).setText(arabicIndic ? "١" : "1");
            styled(p, Size.BODY, false, false, rtl).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        /** The section: right to left for Arabic; footnotes continue the whole report's numbers. */
        private void section() {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            if (!rtl && sect.isSetBidi()) {
                sect.unsetBidi();
            }
            if (arabicIndic) {
                (sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType()).setFmt(STNumberFormat.HINDI_NUMBERS);
            }
            CTFtnProps notes = sect.isSetFootnotePr() ? sect.getFootnotePr() : sect.addNewFootnotePr();
            notes.getNumFmt().setVal(arabicIndic ? STNumberFormat.HINDI_NUMBERS : STNumberFormat.DECIMAL);
            // A chapter printed alone: its first footnote keeps its number in the whole report
            // (the agenda item's footnote is marked * and takes no number).
            int first = report.blocks().stream().filter(b -> !b.footnotes().isEmpty()).findFirst()
                    .map(PrintedBlock::firstFootnote).orElse(0);
            if (first > 1) {
                notes.addNewNumStart().setVal(BigInteger.valueOf(first));
            }
        }

        private static boolean arabicIndic(PrintedReport report) {
            if (!report.language().rightToLeft()) {
                return false;
            }
            String probe = report.masthead().agendaItem() + report.blocks().stream().map(PrintedBlock::label)
                    .reduce("", String::concat);
            return probe.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669');
        }

        private void masthead(Masthead m) {
            XWPFParagraph symbol = latinLine();
            text(symbol, m.symbol(), Size.SYMBOL, true, false);
            for (String line : List.of(m.distribution(), m.issueDate(), m.languageLine(), m.originalLine())) {
                XWPFParagraph p = latinLine();
                p.setSpacingAfter(0);
                text(p, line, Size.BODY, false, false);
            }
            text(paragraph("MastheadOrgan", true), m.organ(), Size.ORGAN, true, false);
            text(paragraph("Masthead", true), m.session(), Size.BODY, false, false);
            XWPFParagraph item = paragraph("Masthead", true);
            String agendaItem = m.agendaItem();
            boolean star = agendaItem.endsWith("*") && !m.agendaFootnote().isBlank();
            text(item, star ? agendaItem.substring(0, agendaItem.length() - 1) : agendaItem, Size.BODY, false, false);
            if (star) {
                starFootnote(item, m.agendaFootnote());
            }
            if (!m.agendaTitle().isBlank()) {
                text(paragraph("Masthead", true), m.agendaTitle(), Size.BODY, true, false);
            }
            text(paragraph("Title", true), m.title(), Size.TITLE, true, false);
            text(paragraph("Byline", true), m.byline(), Size.BYLINE, true, false);
        }

        /** One of the masthead's English lines: left to right, on the left of an Arabic page. */
        private XWPFParagraph latinLine() {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Masthead");
            p.setAlignment(rtl ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            return p;
        }

        private XWPFParagraph block(PrintedBlock b, String style, Size size, boolean bold) {
            return block(b, style, size, bold, 0);
        }

        /**
         * A heading or paragraph; {@code heading} above 0 puts a bookmark around it for the
         * contents' page number ({@link #bookmark}).
         */
        private XWPFParagraph block(PrintedBlock b, String style, Size size, boolean bold, int heading) {
            XWPFParagraph p = paragraph(style, true);
            CTP ctp = p.getCTP();
            if (heading > 0) {
                CTBookmark start = ctp.addNewBookmarkStart();
                start.setId(BigInteger.valueOf(heading));
                start.setName(bookmark(heading - 1));
            }
            if (!b.label().isEmpty()) {
                text(p, b.label() + "\t", size, bold, false);
            }
            text(p, b.text(), size, bold, b.placeholder());
            if (heading > 0) {
                ctp.addNewBookmarkEnd().setId(BigInteger.valueOf(heading));
            }
            for (String note : b.footnotes()) {
                footnote(p, note);
            }
            return p;
        }

        private XWPFParagraph paragraph(String style, boolean inReportLanguage) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            if (rtl && inReportLanguage) {
                bidi(p);
            }
            return p;
        }

        private void footnote(XWPFParagraph body, String note) {
            XWPFFootnote fn = doc.createFootnote();
            XWPFParagraph p = fn.createParagraph();
            p.setStyle("FootnoteText");
            if (rtl) {
                bidi(p);
            }
            for (XWPFRun ref : p.getRuns()) {
                mark(ref, Size.FOOTNOTE);
            }
            text(p, "\t" + note, Size.FOOTNOTE, false, false);
            body.addFootnoteReference(fn);
            List<XWPFRun> runs = body.getRuns();
            mark(runs.get(runs.size() - 1), Size.BODY);
        }

        /** A footnote mark in the text: the fonts and sizes of the text, right to left in Arabic. */
        private void mark(XWPFRun run, Size size) {
            run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
            run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
            run.setFontFamily(ARABIC_FONT, FontCharRange.cs);
            CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            if (pr.sizeOfSzArray() == 0) {
                pr.addNewSz().setVal(BigInteger.valueOf(size.latin()));
            }
            if (pr.sizeOfSzCsArray() == 0) {
                pr.addNewSzCs().setVal(BigInteger.valueOf(size.complex()));
            }
            if (rtl) {
                rightToLeft(run.getCTR());
            }
        }

        /** The agenda item's footnote, marked {@code *} instead of a number (seed 001: {@code * A/71/50}). */
        private void starFootnote(XWPFParagraph body, String note) {
            XWPFFootnote fn = doc.createFootnote();
            XWPFParagraph p = fn.createParagraph();
            p.setStyle("FootnoteText");
            while (!p.getRuns().isEmpty()) {
                p.removeRun(0);
            }
            if (rtl) {
                bidi(p);
            }
            // As Word writes a footnote with its own mark: the mark, in the reference style, then the text.
            XWPFRun own = p.createRun();
            own.getCTR().addNewRPr().addNewRStyle().setVal("FootnoteReference");
            own.setText("*");
            mark(own, Size.FOOTNOTE);
            String text = note.startsWith("*") ? note.substring(1) : note;
            text(p, "\t" + text.strip(), Size.FOOTNOTE, false, false);
            XWPFRun star = body.createRun();
            CTR r = star.getCTR();
            CTRPr pr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
            pr.addNewRStyle().setVal("FootnoteReference");
            mark(star, Size.BODY);
            CTFtnEdnRef ref = r.addNewFootnoteReference();
            ref.setCustomMarkFollows(Boolean.TRUE);
            ref.setId(fn.getId());
            r.addNewT().setStringValue("*");
        }

        /** Writes {@code text} as runs: Arabic ones right to left, Latin ones apart; tabs as tabs. */
        private void text(XWPFParagraph p, String text, Size size, boolean bold, boolean placeholder) {
            if (!rtl) {
                run(p, text, size, bold, placeholder, false);
                return;
            }
            for (BidiRuns.Run piece : BidiRuns.split(text)) {
                run(p, piece.text(), size, bold, placeholder, !piece.latin());
            }
        }

        private void run(XWPFParagraph p, String text, Size size, boolean bold, boolean placeholder, boolean arabic) {
            String[] parts = text.split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    XWPFRun tab = styled(p, size, bold, placeholder, arabic);
                    tab.addTab();
                }
                if (!parts[i].isEmpty()) {
                    styled(p, size, bold, placeholder, arabic).setText(parts[i]);
                }
            }
        }

        private XWPFRun styled(XWPFParagraph p, Size size, boolean bold, boolean placeholder, boolean arabic) {
            XWPFRun run = p.createRun();
            run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
            run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
            run.setFontFamily(ARABIC_FONT, FontCharRange.cs);
            CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            if (bold) {
                pr.addNewB();
                pr.addNewBCs();
            }
            if (placeholder) {
                pr.addNewI();
                pr.addNewICs();
            }
            pr.addNewSz().setVal(BigInteger.valueOf(size.latin()));
            pr.addNewSzCs().setVal(BigInteger.valueOf(size.complex()));
            if (placeholder) {
                pr.addNewHighlight().setVal(STHighlightColor.YELLOW);
            }
            if (arabic) {
                pr.addNewRtl();
            }
            return run;
        }

        private static void bidi(XWPFParagraph p) {
            CTPPr ppr = p.getCTPPr();
            if (!ppr.isSetBidi()) {
                ppr.addNewBidi();
            }
        }

        private static void rightToLeft(CTR run) {
            CTRPr pr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            if (pr.sizeOfRtlArray() == 0) {
                pr.addNewRtl();
            }
        }
    }
}
