package org.tiptracker.treaty.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.TreatyCode;

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

    /** The treaty as the domain sees it. */
    Treaty toDomain() {
        return new Treaty(TreatyCode.valueOf(code), untcReference, nameAr, nameEn, shortNameAr, shortNameEn,
                backReferenceAr, backReferenceEn, adopted, entryIntoForce, signatureDeadline,
                parentCode == null ? null : TreatyCode.valueOf(parentCode), recordsCompleteTo);
    }
}
