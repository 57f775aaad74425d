package org.tiptracker.document;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.tiptracker.common.DomainException;

/**
 * What a registered document and its paragraphs must say about themselves: an organ and a kind,
 * a number where the kind is numbered and one written as the organ numbers ({@link Citation}), a
 * symbol written as UN symbols are, something to know it by, a year from 1945 to next year
 * (the adoption date in it) and texts of reasonable length; a paragraph has a number, an Arabic
 * text and a position in the document. Whether a symbol or number is taken is asked of the records.
 */
public final class DocumentRules {

    public static final int FIRST_YEAR = 1945;
    public static final int MAX_TITLE = 1000;
    public static final int MAX_PARAGRAPH = 20_000;
    public static final int MAX_POSITION = 10_000;
    /** Latin letters, digits and the punctuation of UN symbols: A/RES/70/179, S/RES/2331 (2016), CTOC/COP/WG.4/2019/1. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./()\\- ]{0,79}");

    private DocumentRules() {
    }

    /**
     * Refuses the first rule a document breaks; texts already trimmed (null when empty), {@code today}
     * the date of the entry (a document is of next year at the latest).
     */
    public static void check(Organ organ, DocumentKind kind, String number, String symbol, Integer year, String session,
                             LocalDate adoptedOn, String titleAr, String titleEn, LocalDate today) {
        requireOrganAndKind(organ, kind);
        if (kind.numbered() && number == null) {
            throw new DomainException("document.number.required");
        }
        if (number != null && !Citation.validNumber(number)) {
            throw new DomainException("document.number.invalid", number);
        }
        if (symbol != null && !SYMBOL.matcher(symbol).matches()) {
            throw new DomainException("document.symbol.invalid");
        }
        if (number == null && symbol == null && titleAr == null) {
            throw new DomainException("document.identity.required");
        }
        int maxYear = today.getYear() + 1;
        if (year == null || year < FIRST_YEAR || year > maxYear) {
            throw new DomainException("document.year.range", FIRST_YEAR, maxYear);
        }
        if (adoptedOn != null && adoptedOn.getYear() != year) {
            throw new DomainException("document.adopted.year");
        }
        for (String text : new String[] {titleAr, titleEn, session}) {
            if (text != null && text.length() > MAX_TITLE) {
                throw new DomainException("document.text.tooLong", MAX_TITLE);
            }
        }
    }

    /** The two things a document needs before anything else is checked. */
    public static void requireOrganAndKind(Organ organ, DocumentKind kind) {
        if (organ == null) {
            throw new DomainException("document.organ.required");
        }
        if (kind == null) {
            throw new DomainException("document.kind.required");
        }
    }

    /** Refuses the first rule a paragraph breaks ({@code position} null: placed last). */
    public static void checkParagraph(String number, Integer position, String textAr, String textEn) {
        if (number == null || number.isBlank()) {
            throw new DomainException("document.paragraph.number.required");
        }
        if (textAr == null || textAr.isBlank()) {
            throw new DomainException("document.paragraph.textAr.required");
        }
        if (textAr.length() > MAX_PARAGRAPH || (textEn != null && textEn.length() > MAX_PARAGRAPH)) {
            throw new DomainException("document.text.tooLong", MAX_PARAGRAPH);
        }
        if (position != null && (position < 1 || position > MAX_POSITION)) {
            throw new DomainException("document.paragraph.position.range", 1, MAX_POSITION);
        }
    }
}
