package org.tiptracker.agency.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tiptracker.common.AuditedEntity;

import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.treaty.persistence.ParticipantEntity;

/** One thing an agency did: its kind, heading, dates, countries, regions, partners, figures and source. */
@Entity
@Table(name = "agency_activity")
public class ActivityEntity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private AgencyEntity agency;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    @Enumerated(EnumType.STRING)
    private MeasureHeading heading;

    private String title;

    private String description = "";

    /** The official English title, where known (reference data); null otherwise. */
    private String titleEn;

    /** The official English description, where known (reference data); null otherwise. */
    private String descriptionEn;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision = DatePrecision.DAY;

    private Integer peopleTrained;

    private Integer victimsAssisted;

    private Integer suspectsArrested;

    private Integer countriesReached;

    private String sourceSymbol;

    private String sourceParagraph;

    private String searchText = "";

    private boolean demo;

    @ManyToMany
    @JoinTable(name = "agency_activity_country", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "participant_id"))
    private Set<ParticipantEntity> countries = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "agency_activity_region", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "region")
    @Enumerated(EnumType.STRING)
    private Set<ActivityRegion> regions = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "agency_activity_partner", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<AgencyEntity> partners = new LinkedHashSet<>();

    protected ActivityEntity() {
    }

    public ActivityEntity(String user, Instant now, boolean demo) {
        super(user, now);
        this.demo = demo;
    }

    public AgencyEntity getAgency() { return agency; }
    void setAgency(AgencyEntity agency) { this.agency = agency; }
    public ActivityKind getKind() { return kind; }
    void setKind(ActivityKind kind) { this.kind = kind; }
    public MeasureHeading getHeading() { return heading; }
    void setHeading(MeasureHeading heading) { this.heading = heading; }
    public String getTitle() { return title; }
    public String getTitleEn() { return titleEn; }
    public String getDescriptionEn() { return descriptionEn; }
    void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    public LocalDate getStartDate() { return startDate; }
    void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public DatePrecision getDatePrecision() { return datePrecision; }
    void setDatePrecision(DatePrecision datePrecision) { this.datePrecision = datePrecision; }
    public ActivityFigures getFigures() {
        return new ActivityFigures(peopleTrained, victimsAssisted, suspectsArrested, countriesReached);
    }
    void setFigures(ActivityFigures figures) {
        this.peopleTrained = figures.peopleTrained();
        this.victimsAssisted = figures.victimsAssisted();
        this.suspectsArrested = figures.suspectsArrested();
        this.countriesReached = figures.countriesReached();
    }
    public String getSourceSymbol() { return sourceSymbol; }
    void setSourceSymbol(String sourceSymbol) { this.sourceSymbol = sourceSymbol; }
    public String getSourceParagraph() { return sourceParagraph; }
    void setSourceParagraph(String sourceParagraph) { this.sourceParagraph = sourceParagraph; }
    void setSearchText(String searchText) { this.searchText = searchText; }
    public boolean isDemo() { return demo; }
    public Set<ParticipantEntity> getCountries() { return countries; }
    public Set<ActivityRegion> getRegions() { return regions; }
    public Set<AgencyEntity> getPartners() { return partners; }
}
