package org.tiptracker.workinggroup.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the managed list of recommendation themes. */
@Entity
@Table(name = "wg_theme")
public class WgThemeEntity {

    @Id
    private String code;

    private String nameAr;

    private String nameEn;

    private int sortOrder;

    private boolean active;

    protected WgThemeEntity() {
    }

    public String getCode() { return code; }
    public String getNameAr() { return nameAr; }
    public String getNameEn() { return nameEn; }
}
