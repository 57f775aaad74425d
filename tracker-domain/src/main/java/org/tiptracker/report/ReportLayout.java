package org.tiptracker.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.tiptracker.arabic.UnArabic;
import org.tiptracker.report.PrintedReport.ContentsLine;
import org.tiptracker.report.PrintedReport.Masthead;
import org.tiptracker.report.PrintedReport.PrintedBlock;
import org.tiptracker.report.print.ReportLabels;
import org.tiptracker.report.print.SessionOrdinal;

/**
 * Prints a draft: numbers the paragraphs once through the whole report (not in the summary),
 * letters the sub-paragraphs, labels the chapters, sections and sub-sections, and writes the
 * masthead and contents, in Arabic (UN Arabic, the mandate's digits) or English.
 *
 * <p>Labels follow the draft's order, not the stored chapter and section fields: sections are
 * lettered in the order their headings stand in a chapter, sub-sections restart in each section,
 * sub-paragraphs restart after each numbered paragraph, and footnotes are numbered through the
 * report. Chapters are labelled by their chapter number (1–9).
 */
public final class ReportLayout {

    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ReportLayout() {
    }

    /** The whole report. */
    public static PrintedReport print(ReportMandate mandate, List<DraftParagraph> paragraphs, ReportLanguage language) {
        Objects.requireNonNull(mandate, "mandate");
        Objects.requireNonNull(paragraphs, "paragraphs");
        Objects.requireNonNull(language, "language");
        ReportLabels labels = new ReportLabels(language, new UnArabic(mandate.digits()));
        List<PrintedBlock> blocks = new ArrayList<>(paragraphs.size());
        List<ContentsLine> contents = new ArrayList<>();
        int number = 0;
        int section = 0;
        int subsection = 0;
        int subparagraph = 0;
        int footnote = 0;
        for (DraftParagraph p : paragraphs) {
            Integer printedNumber = null;
            String label;
            switch (p.role()) {
                case SUMMARY -> label = "";
                case CHAPTER_HEADING -> {
                    section = 0;
                    subsection = 0;
                    subparagraph = 0;
                    label = labels.chapter(p.chapter());
                }
                case SECTION_HEADING -> {
                    section++;
                    subsection = 0;
                    subparagraph = 0;
                    label = labels.section(section);
                }
                case SUBSECTION_HEADING -> {
                    subsection++;
                    subparagraph = 0;
                    label = labels.subsection(subsection);
                }
                case PARAGRAPH -> {
                    number++;
                    subparagraph = 0;
                    printedNumber = number;
                    label = labels.paragraph(number);
                }
                case SUBPARAGRAPH -> {
                    subparagraph++;
                    label = labels.subparagraph(subparagraph);
                }
                default -> throw new IllegalStateException("unknown role " + p.role());
            }
            String text = p.text(language);
            if (p.role() == BlockRole.CHAPTER_HEADING || p.role() == BlockRole.SECTION_HEADING) {
                contents.add(new ContentsLine(p.role(), p.chapter(), label, text));
            }
            List<String> footnotes = new ArrayList<>(p.footnotes().size());
            List<String> marks = new ArrayList<>(p.footnotes().size());
            int first = p.footnotes().isEmpty() ? 0 : footnote + 1;
            for (Footnote f : p.footnotes()) {
                footnote++;
                footnotes.add(language == ReportLanguage.EN ? f.textEn() : f.textAr());
                marks.add(labels.footnote(footnote));
            }
            blocks.add(new PrintedBlock(p.id(), p.key(), p.role(), p.chapter(), p.section(), p.kind(), printedNumber,
                    label, text, p.placeholder(), footnotes, first, marks));
        }
        return new PrintedReport(language, masthead(mandate, language), contents, blocks);
    }

    /** One chapter (1–9): its blocks keep the numbers they have in the whole report. */
    public static PrintedReport printChapter(ReportMandate mandate, List<DraftParagraph> paragraphs,
                                             ReportLanguage language, int chapter) {
        if (chapter < 1 || chapter > 9) {
            throw new IllegalArgumentException("a chapter from 1 to 9, not " + chapter);
        }
        PrintedReport whole = print(mandate, paragraphs, language);
        return new PrintedReport(language, whole.masthead(),
                whole.contents().stream().filter(line -> line.chapter() == chapter).toList(),
                whole.blocks().stream().filter(block -> block.chapter() == chapter).toList());
    }

    /** The masthead as seed 001 prints it, in the report's language under the four English lines. */
    static Masthead masthead(ReportMandate mandate, ReportLanguage language) {
        boolean english = language == ReportLanguage.EN;
        UnArabic arabic = new UnArabic(mandate.digits());
        boolean footnoted = mandate.agendaFootnoteSymbol() != null && !mandate.agendaFootnoteSymbol().isBlank();
        String star = footnoted ? "*" : "";
        String original = "Original: " + (mandate.originalLanguage().toLowerCase(Locale.ROOT).startsWith("ar")
                ? "Arabic" : "English");
        String agendaItem = english
                ? "Item " + mandate.agendaItem() + " of the preliminary list" + star
                : "البند " + arabic.digits(Integer.toString(mandate.agendaItem())) + " من القائمة الأولية" + star;
        String agendaTitle = english ? mandate.agendaTitleEn() : mandate.agendaTitleAr();
        return new Masthead(
                mandate.symbol(),
                "Distr.: General",
                ENGLISH_DATE.format(mandate.issueDate()),
                english ? "English" : "Arabic",
                original,
                english ? "General Assembly" : "الجمعية العامة",
                english ? SessionOrdinal.englishSession(mandate.session()) : SessionOrdinal.arabicSession(mandate.session()),
                agendaItem,
                agendaTitle == null ? "" : agendaTitle,
                english ? mandate.titleEn() : mandate.titleAr(),
                english ? "Report of the Secretary-General" : "تقرير الأمين العام",
                footnoted ? "* " + mandate.agendaFootnoteSymbol().trim() : "");
    }
}
