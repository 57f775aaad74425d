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

    void refreshSearchText() {
        searchText = ArabicSearch.normalize(String.join(" ", nullToEmpty(symbol), nullToEmpty(number),
                nullToEmpty(titleAr), nullToEmpty(titleEn)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public Organ getOrgan() { return organ; }
    public void setOrgan(Organ organ) { this.organ = organ; }
    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getSession() { return session; }
    public void setSession(String session) { this.session = session; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
}
