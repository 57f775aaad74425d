package org.tiptracker.common;

import java.util.Locale;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of a managed list (measure types, recommendation themes): a fixed code, its Arabic and
 * English names, its place in the list, and whether it is still offered.
 */
@MappedSuperclass
public abstract class ListEntryEntity {

    @Id
    private String code;

    private String nameAr;

    private String nameEn;

    private int sortOrder;

    private boolean active;

    protected ListEntryEntity() {
    }

    public String getCode() { return code; }
    public String getNameAr() { return nameAr; }
    public String getNameEn() { return nameEn; }
    public boolean isActive() { return active; }

    /** The name in the interface language ({@code en} or Arabic). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
