package org.tiptracker.agency.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A UN entity, an intergovernmental or regional organization, or ICAT itself. */
@Entity
@Table(name = "agency")
public class AgencyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;

    private String acronymAr;

    private String nameAr;

    private String nameEn;

    private String kind;

    private int sortOrder;

    @Version
    private long version;

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

    public Long getId() { return id; }
    public String getAcronym() { return acronym; }
    public String getAcronymAr() { return acronymAr; }
    public String getNameAr() { return nameAr; }
    public String getNameEn() { return nameEn; }
    public String getKind() { return kind; }
    public int getSortOrder() { return sortOrder; }
    public long getVersion() { return version; }

    /** The name in the page's language. */
    public String name(boolean english) {
        return english ? nameEn : nameAr;
    }
}
