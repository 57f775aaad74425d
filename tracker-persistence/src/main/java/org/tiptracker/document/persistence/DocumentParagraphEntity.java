package org.tiptracker.document.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.IdentifiedEntity;

/** One paragraph of a registered document, numbered as the document numbers it (4, 13 (أ)). */
@Entity
@Table(name = "un_document_paragraph")
public class DocumentParagraphEntity extends IdentifiedEntity {

    private long documentId;

    private int position;

    private String number;

    private boolean operative = true;

    private String textAr;

    private String textEn;

    protected DocumentParagraphEntity() {
    }

    public DocumentParagraphEntity(long documentId, int position, ParagraphCommand command) {
        this.documentId = documentId;
        apply(position, command);
    }

    /** Takes the paragraph at {@code position} from a checked command: number and texts trimmed, no blank English text. */
    void apply(int position, ParagraphCommand command) {
        this.position = position;
        this.number = command.number().strip();
        this.operative = command.operative();
        this.textAr = command.textAr().strip();
        this.textEn = command.textEn() == null || command.textEn().isBlank() ? null : command.textEn().strip();
    }

    public long getDocumentId() { return documentId; }
    public int getPosition() { return position; }
    public String getNumber() { return number; }
    public boolean isOperative() { return operative; }
    public String getTextAr() { return textAr; }
    public String getTextEn() { return textEn; }
}
