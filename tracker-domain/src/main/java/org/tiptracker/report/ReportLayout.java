package org.tiptracker.report;

import java.util.List;

/**
 * Prints a draft: numbers the paragraphs once through the whole report (not in the summary),
 * letters the sub-paragraphs, labels the chapters, sections and sub-sections, and writes the
 * masthead and contents, in Arabic (UN Arabic, the mandate's digits) or English.
 */
public final class ReportLayout {

    private ReportLayout() {
    }

    /** The whole report. */
    public static PrintedReport print(ReportMandate mandate, List<DraftParagraph> paragraphs, ReportLanguage language) {
        throw new UnsupportedOperationException("not yet");
    }

    /** One chapter (1–9): its blocks keep the numbers they have in the whole report. */
    public static PrintedReport printChapter(ReportMandate mandate, List<DraftParagraph> paragraphs,
                                             ReportLanguage language, int chapter) {
        throw new UnsupportedOperationException("not yet");
    }
}
