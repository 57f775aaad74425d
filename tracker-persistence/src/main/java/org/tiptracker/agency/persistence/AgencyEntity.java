package org.tiptracker.agency.persistence;

import jakarta.persistence.Column;
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

    @Column(nullable = false)
    private String acronym;

    @Column(name = "acronym_ar")
    private String acronymAr;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String kind;

    @Column(name = "sort_order", nullable = false)
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
