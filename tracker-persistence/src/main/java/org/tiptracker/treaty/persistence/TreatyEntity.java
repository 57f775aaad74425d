package org.tiptracker.treaty.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Convention or one of its Protocols, as stored. */
@Entity
@Table(name = "treaty")
public class TreatyEntity {

    @Id
    private String code;

    private String untcReference;

    private String parentCode;

    private LocalDate adopted;

    private LocalDate entryIntoForce;

    private LocalDate signatureDeadline;

    private String nameEn;

    private String shortNameEn;

    private String backReferenceEn;

    private String nameAr;

    private String shortNameAr;

    private String backReferenceAr;

    /** Kept equal to treaties.csv by the reference loader; see V22. */
    @Column(insertable = false, updatable = false)
    private LocalDate recordsCompleteTo;

    protected TreatyEntity() {
    }

    public TreatyEntity(String code, String untcReference, String parentCode, LocalDate adopted, LocalDate entryIntoForce,
                        LocalDate signatureDeadline, String nameEn, String shortNameEn, String backReferenceEn,
                        String nameAr, String shortNameAr, String backReferenceAr) {
        this.code = code;
        this.untcReference = untcReference;
        this.parentCode = parentCode;
        this.adopted = adopted;
        this.entryIntoForce = entryIntoForce;
        this.signatureDeadline = signatureDeadline;
        this.nameEn = nameEn;
        this.shortNameEn = shortNameEn;
        this.backReferenceEn = backReferenceEn;
        this.nameAr = nameAr;
        this.shortNameAr = shortNameAr;
        this.backReferenceAr = backReferenceAr;
    }

    public String getCode() { return code; }
    public String getUntcReference() { return untcReference; }
    public String getParentCode() { return parentCode; }
    public LocalDate getAdopted() { return adopted; }
    public LocalDate getEntryIntoForce() { return entryIntoForce; }
    public LocalDate getSignatureDeadline() { return signatureDeadline; }
    public LocalDate getRecordsCompleteTo() { return recordsCompleteTo; }
    public String getNameEn() { return nameEn; }
    public String getShortNameEn() { return shortNameEn; }
    public String getBackReferenceEn() { return backReferenceEn; }
    public String getNameAr() { return nameAr; }
    public String getShortNameAr() { return shortNameAr; }
    public String getBackReferenceAr() { return backReferenceAr; }
}
