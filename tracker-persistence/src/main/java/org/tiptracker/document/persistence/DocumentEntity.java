package org.tiptracker.document.persistence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.common.VersionedEntity;
import org.tiptracker.document.Citation;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;

/** A registered document or resolution. */
@Entity
@Table(name = "un_document")
public class DocumentEntity extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    private Organ organ;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String number;
    private String symbol;

    private int year;

    private String session;

    private LocalDate adoptedOn;

    private String titleAr;

    private String titleEn;

    private String searchText = "";

    protected DocumentEntity() {
    }

    public DocumentEntity(Organ organ, DocumentKind kind) {
        this.organ = organ;
        this.kind = kind;
    }

    /** The citation, or null when the document has neither number nor symbol (a title only). */
    public Citation citation() {
        return number == null && symbol == null ? null : new Citation(organ, kind, number, symbol);
    }

    /** Takes a checked description of the document, and the search text made of it. */
    void apply(Organ organ, DocumentKind kind, String number, String symbol, int year, String session, LocalDate adoptedOn,
               String titleAr, String titleEn) {
        this.organ = organ;
        this.kind = kind;
        this.number = number;
        this.symbol = symbol;
        this.year = year;
        this.session = session;
        this.adoptedOn = adoptedOn;
        this.titleAr = titleAr;
        this.titleEn = titleEn;
        searchText = ArabicSearch.normalize(String.join(" ", nullToEmpty(symbol), nullToEmpty(number),
                nullToEmpty(titleAr), nullToEmpty(titleEn)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public Organ getOrgan() { return organ; }
    public DocumentKind getKind() { return kind; }
    public String getNumber() { return number; }
    public String getSymbol() { return symbol; }
    public int getYear() { return year; }
    public String getSession() { return session; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public String getTitleAr() { return titleAr; }
    public String getTitleEn() { return titleEn; }
}
