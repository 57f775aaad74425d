package org.tiptracker.document.persistence;

import java.time.LocalDate;

import org.tiptracker.document.Citation;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;

/** The registry's documents and paragraphs as the service gives them: values, nothing to load later. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A registered document or resolution, at the version a form opens it on. */
    public record Document(long id, Organ organ, DocumentKind kind, String number, String symbol, int year,
                           String session, LocalDate adoptedOn, String titleAr, String titleEn, long version) {

        /** The citation, or null when the document has neither number nor symbol (a title only). */
        public Citation citation() {
            return number == null && symbol == null ? null : new Citation(organ, kind, number, symbol);
        }

        static Document of(DocumentEntity d) {
            return new Document(d.getId(), d.getOrgan(), d.getKind(), d.getNumber(), d.getSymbol(), d.getYear(),
                    d.getSession(), d.getAdoptedOn(), d.getTitleAr(), d.getTitleEn(), d.getVersion());
        }
    }

    /** One paragraph of a document, numbered as the document numbers it (4, 13 (أ)). */
    public record Paragraph(long id, long documentId, int position, String number, boolean operative, String textAr,
                            String textEn) {

        /** A readable form of the paragraph, also the token that detects a concurrent change. */
        public String describe() {
            return number + (operative ? "" : " (preamble)") + " @" + position + "\n" + textAr
                    + (textEn == null ? "" : "\n" + textEn);
        }

        static Paragraph of(DocumentParagraphEntity p) {
            return new Paragraph(p.getId(), p.getDocumentId(), p.getPosition(), p.getNumber(), p.isOperative(),
                    p.getTextAr(), p.getTextEn());
        }
    }
}
