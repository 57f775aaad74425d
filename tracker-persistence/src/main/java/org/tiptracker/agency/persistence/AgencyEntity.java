package org.tiptracker.agency.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;

/**
 * A UN entity, an intergovernmental or regional organization, or ICAT itself. Reference data:
 * {@link AgencyReferenceLoader} inserts the rows, the application only reads them.
 */
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
