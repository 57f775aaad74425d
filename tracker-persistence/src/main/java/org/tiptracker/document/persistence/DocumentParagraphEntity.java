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

    public DocumentParagraphEntity(long documentId, int position, String number, boolean operative, String textAr,
                                   String textEn) {
        this.documentId = documentId;
        apply(position, number, operative, textAr, textEn);
    }

    void apply(int position, String number, boolean operative, String textAr, String textEn) {
        this.position = position;
        this.number = number;
        this.operative = operative;
        this.textAr = textAr;
        this.textEn = textEn;
    }

    public long getDocumentId() { return documentId; }
    public int getPosition() { return position; }
    public String getNumber() { return number; }
    public boolean isOperative() { return operative; }
    public String getTextAr() { return textAr; }
    public String getTextEn() { return textEn; }
}
