package org.tiptracker.reporting.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the managed list of measure types. */
@Entity
@Table(name = "measure_type")
public class MeasureTypeEntity {

    @Id
    private String code;

    private String nameAr;

    private String nameEn;

    private int sortOrder;

    private boolean active;

    protected MeasureTypeEntity() {
    }

    public String getCode() { return code; }
    public String getNameAr() { return nameAr; }
    public String getNameEn() { return nameEn; }
    public boolean isActive() { return active; }

    /** The name in the interface language ({@code en} or Arabic). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
