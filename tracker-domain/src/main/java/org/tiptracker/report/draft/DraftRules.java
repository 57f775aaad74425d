package org.tiptracker.report.draft;

import java.util.regex.Pattern;

import org.tiptracker.common.DomainException;
import org.tiptracker.report.ReportMandate;

/**
 * What a report's mandate and a paragraph's text must be. Each broken rule is a
 * {@link DomainException} whose key names the field ({@code report.mandate.symbol}, ...).
 */
public final class DraftRules {

    /** A General Assembly document symbol: {@code A/71/123}, {@code A/71/DEMO}. */
    private static final Pattern REPORT_SYMBOL = Pattern.compile("A/\\d{1,3}/[A-Z0-9.\\-]{1,20}(/[A-Za-z0-9.\\-]{1,10})*");
    /** A resolution symbol in English order: {@code A/RES/70/179}. */
    private static final Pattern RESOLUTION = Pattern.compile("A/RES/\\d{1,3}/\\d{1,4}[A-Z]?");
    public static final int MAX_PARAGRAPH = 20_000;
    public static final int MAX_TITLE = 500;
    public static final int MAX_COMMENT = 4_000;
    /** The longest document symbol a mandate names (the report's own, the agenda's footnote). */
    public static final int MAX_SYMBOL = 40;
    public static final int MAX_AGENDA_TITLE = 300;
    /** A paragraph's number as cited: {@code 22}, {@code 22 (b)}. */
    public static final int MAX_PARAGRAPH_NUMBER = 20;

    private DraftRules() {
    }

    public static void checkMandate(ReportMandate mandate) {
        if (mandate.symbol().length() > MAX_SYMBOL || !REPORT_SYMBOL.matcher(mandate.symbol()).matches()) {
            throw new DomainException("report.mandate.symbol", mandate.symbol());
        }
        if (mandate.session() < 1 || mandate.session() > 200) {
            throw new DomainException("report.mandate.session", mandate.session());
        }
        if (!mandate.symbol().startsWith("A/" + mandate.session() + "/")) {
            throw new DomainException("report.mandate.symbolSession", mandate.symbol(), mandate.session());
        }
        if (mandate.agendaItem() < 1 || mandate.agendaItem() > 999) {
            throw new DomainException("report.mandate.agendaItem", mandate.agendaItem());
        }
        if (longer(mandate.agendaFootnoteSymbol(), MAX_SYMBOL)) {
            throw new DomainException("report.mandate.agendaFootnoteSymbol", MAX_SYMBOL);
        }
        if (longer(mandate.agendaTitleAr(), MAX_AGENDA_TITLE)) {
            throw new DomainException("report.mandate.agendaTitleAr", MAX_AGENDA_TITLE);
        }
        if (longer(mandate.agendaTitleEn(), MAX_AGENDA_TITLE)) {
            throw new DomainException("report.mandate.agendaTitleEn", MAX_AGENDA_TITLE);
        }
        if (longer(mandate.requestingParagraph(), MAX_PARAGRAPH_NUMBER)) {
            throw new DomainException("report.mandate.requestingParagraph", MAX_PARAGRAPH_NUMBER);
        }
        if (mandate.titleAr().isBlank() || mandate.titleAr().length() > MAX_TITLE) {
            throw new DomainException("report.mandate.titleAr");
        }
        if (mandate.titleEn().isBlank() || mandate.titleEn().length() > MAX_TITLE) {
            throw new DomainException("report.mandate.titleEn");
        }
        if (!RESOLUTION.matcher(mandate.requestingResolution()).matches()) {
            throw new DomainException("report.mandate.resolution", mandate.requestingResolution());
        }
        if (mandate.previousResolution() != null && !RESOLUTION.matcher(mandate.previousResolution()).matches()) {
            throw new DomainException("report.mandate.previousResolution", mandate.previousResolution());
        }
        if (mandate.periodFrom().isAfter(mandate.periodTo())) {
            throw new DomainException("report.mandate.period", mandate.periodFrom(), mandate.periodTo());
        }
        if (mandate.cutOff().isBefore(mandate.periodFrom())) {
            throw new DomainException("report.mandate.cutOff", mandate.cutOff(), mandate.periodFrom());
        }
        if (mandate.issueDate().isBefore(mandate.cutOff())) {
            throw new DomainException("report.mandate.issueDate", mandate.issueDate(), mandate.cutOff());
        }
    }

    private static boolean longer(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    /** A paragraph's texts: the Arabic is required, the English may wait for translation; neither too long. */
    public static void checkParagraph(String textAr, String textEn) {
        if (textAr == null || textAr.isBlank()) {
            throw new DomainException("report.paragraph.empty");
        }
        if (textAr.length() > MAX_PARAGRAPH) {
            throw new DomainException("report.paragraph.tooLong", MAX_PARAGRAPH);
        }
        if (textEn != null && textEn.length() > MAX_PARAGRAPH) {
            throw new DomainException("report.paragraph.tooLong", MAX_PARAGRAPH);
        }
    }

    public static void checkComment(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("report.comment.empty");
        }
        if (text.length() > MAX_COMMENT) {
            throw new DomainException("report.comment.tooLong", MAX_COMMENT);
        }
    }
}
