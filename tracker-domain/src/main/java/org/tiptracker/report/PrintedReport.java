package org.tiptracker.report;

import java.util.List;
import java.util.Objects;

/**
 * A report ready to print in one language: the masthead lines, the contents and the blocks with
 * their numbers and labels, as the page, the Word file and the PDF show it. Built by
 * {@link ReportLayout} from a draft's paragraphs; the whole report or one chapter.
 */
public record PrintedReport(ReportLanguage language, Masthead masthead, List<ContentsLine> contents,
                            List<PrintedBlock> blocks) {

    public PrintedReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(masthead, "masthead");
        contents = List.copyOf(contents);
        blocks = List.copyOf(blocks);
    }

    /**
     * The masthead as seed 001 prints it. The first four lines are always English
     * ({@code Distr.: General}, {@code 1 July 2016}, {@code Arabic}, {@code Original: English});
     * the rest in the report's language: the organ ({@code الجمعية العامة}), the session in words
     * ({@code الدورة الحادية والسبعون}), the agenda item ({@code البند ١٠٥ من القائمة الأولية*}), the
     * agenda item's title, the report's title, {@code تقرير الأمين العام}, and the agenda footnote
     * ({@code * A/71/50}).
     */
    public record Masthead(String symbol, String distribution, String issueDate, String languageLine,
                           String originalLine, String organ, String session, String agendaItem,
                           String agendaTitle, String title, String byline, String agendaFootnote) {
    }

    /** A line of the contents: the heading's label ({@code أولاً-}, {@code ألف-}) and text, and its role. */
    public record ContentsLine(BlockRole role, int chapter, String label, String text) {
    }

    /**
     * A block ready to print.
     *
     * @param number   the paragraph's number through the whole report (null for the summary,
     *                 headings and sub-paragraphs)
     * @param label    what is printed before the text: {@code أولاً-}, {@code ألف-}, {@code ١-},
     *                 {@code ١ -}, {@code (أ)}; empty for the summary
     * @param firstFootnote the number, through the whole report, of the block's first footnote
     *                 (0 when it has none)
     * @param footnoteMarks the printed marks of its footnotes, {@code (١)}, {@code (٢)} (English
     *                 {@code 1}, {@code 2}), one for each footnote
     */
    public record PrintedBlock(long paragraphId, String key, BlockRole role, int chapter, int section,
                               ParagraphKind kind, Integer number, String label, String text, boolean placeholder,
                               List<String> footnotes, int firstFootnote, List<String> footnoteMarks) {
        public PrintedBlock {
            footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
            footnoteMarks = footnoteMarks == null ? List.of() : List.copyOf(footnoteMarks);
            if (!footnoteMarks.isEmpty() && footnoteMarks.size() != footnotes.size()) {
                throw new IllegalArgumentException("one mark for each footnote");
            }
        }

        /** A block whose footnotes are not numbered through a report (numbered from 1 where printed). */
        public PrintedBlock(long paragraphId, String key, BlockRole role, int chapter, int section,
                            ParagraphKind kind, Integer number, String label, String text, boolean placeholder,
                            List<String> footnotes) {
            this(paragraphId, key, role, chapter, section, kind, number, label, text, placeholder, footnotes, 0, List.of());
        }
    }
}
