package org.tiptracker.awareness.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;

/** The theme of the World Day against Trafficking in Persons (30 July) of one year. */
@Entity
@Table(name = "world_day_theme")
public class WorldDayThemeEntity extends VersionedEntity {

    private int year;

    private String themeAr;

    private String themeEn;

    private String source;

    /** The Arabic describes the year's focus (as its source words it), not the campaign's theme. */
    private boolean themeArIsFocus;

    private boolean demo;

    protected WorldDayThemeEntity() {
    }

    public WorldDayThemeEntity(int year) {
        this.year = year;
    }

    void apply(int year, String themeAr, String themeEn, String source) {
        if (this.themeAr != null && !this.themeAr.equals(themeAr)) {
            this.themeArIsFocus = false; // a new Arabic text is no longer the source's description of the focus
        }
        this.year = year;
        this.themeAr = themeAr;
        this.themeEn = themeEn;
        this.source = source;
    }

    /** The official English theme from the reference data; {@code arabicIsFocus}: see {@link #isThemeArIsFocus()}. */
    void applyEnglish(String themeEn, boolean arabicIsFocus) {
        this.themeEn = themeEn;
        this.themeArIsFocus = arabicIsFocus;
    }

    public String describe() {
        return "year=" + year + "; theme_ar=" + themeAr + "; theme_en=" + themeEn + "; source=" + source;
    }

    public int getYear() { return year; }
    public String getThemeEn() { return themeEn; }

    AwarenessViews.Theme view() {
        return new AwarenessViews.Theme(getId(), getVersion(), year, themeAr, themeEn, themeArIsFocus, source, demo);
    }
}
