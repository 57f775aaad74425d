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
        this.position = position;
        this.number = number;
        this.operative = operative;
        this.textAr = textAr;
        this.textEn = textEn;
    }

    public long getDocumentId() { return documentId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public boolean isOperative() { return operative; }
    public void setOperative(boolean operative) { this.operative = operative; }
    public String getTextAr() { return textAr; }
    public void setTextAr(String textAr) { this.textAr = textAr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
}
