package org.tiptracker.treaty.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;

/** A participant as stored: its current names and codes, and its former names. */
@Entity
@Table(name = "participant")
public class ParticipantEntity extends VersionedEntity {

    @Column(length = 3)
    private String iso3;

    @Column(length = 3)
    private String m49;

    private String kind;

    private String nameAr;

    private String nameEn;

    private String regionEn;

    private String regionAr;

    private String subregionEn;

    private String subregionAr;

    private boolean unMember;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validUntil asc")
    private List<ParticipantNameEntity> formerNames = new ArrayList<>();

    protected ParticipantEntity() {
    }

    public ParticipantEntity(String iso3, String m49, String kind, String nameAr, String nameEn, boolean unMember) {
        this.iso3 = iso3;
        this.m49 = m49;
        this.kind = kind;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.unMember = unMember;
    }

    public void setRegions(String regionEn, String regionAr, String subregionEn, String subregionAr) {
        this.regionEn = regionEn;
        this.regionAr = regionAr;
        this.subregionEn = subregionEn;
        this.subregionAr = subregionAr;
    }

    public void addFormerName(ParticipantNameEntity name) {
        name.attachTo(this);
        formerNames.add(name);
    }

    public String getIso3() { return iso3; }
    public String getM49() { return m49; }
    public String getKind() { return kind; }
    public String getNameAr() { return nameAr; }
    public String getNameEn() { return nameEn; }
    public String getRegionEn() { return regionEn; }
    public String getRegionAr() { return regionAr; }
    public String getSubregionEn() { return subregionEn; }
    public String getSubregionAr() { return subregionAr; }
    public boolean isUnMember() { return unMember; }
    public List<ParticipantNameEntity> getFormerNames() { return formerNames; }
}
