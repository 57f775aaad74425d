package org.tiptracker.agency.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;

/** A UN entity, an intergovernmental or regional organization, or ICAT itself. */
@Entity
@Table(name = "agency")
public class AgencyEntity extends VersionedEntity {

    private String acronym;

    private String acronymAr;

    private String nameAr;

    private String nameEn;

    private String kind;

    private int sortOrder;

    protected AgencyEntity() {
    }

    public AgencyEntity(String acronym, String acronymAr, String nameAr, String nameEn, String kind, int sortOrder) {
        this.acronym = acronym;
        this.acronymAr = acronymAr;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    public String getAcronym() { return acronym; }
    public String getAcronymAr() { return acronymAr; }
    public String getNameAr() { return nameAr; }
    public String getNameEn() { return nameEn; }
    public String getKind() { return kind; }

    /** The name in the page's language. */
    public String name(boolean english) {
        return english ? nameEn : nameAr;
    }
}
