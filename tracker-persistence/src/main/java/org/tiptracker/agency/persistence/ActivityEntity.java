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

    /**
     * Takes what a checked command says: the agency, partners and countries it names, the cleaned
     * description and source, and the text the browser searches.
     */
    void apply(ActivityCommand c, AgencyEntity agency, String description, String sourceSymbol, String sourceParagraph,
               Set<ParticipantEntity> countries, Set<AgencyEntity> partners) {
        this.agency = agency;
        this.kind = c.kind();
        this.heading = c.heading();
        this.title = c.title().strip();
        this.description = description;
        this.startDate = c.startDate();
        this.endDate = c.endDate();
        this.datePrecision = c.datePrecision() == null ? DatePrecision.DAY : c.datePrecision();
        ActivityFigures figures = c.figures() == null ? ActivityFigures.NONE : c.figures();
        this.peopleTrained = figures.peopleTrained();
        this.victimsAssisted = figures.victimsAssisted();
        this.suspectsArrested = figures.suspectsArrested();
        this.countriesReached = figures.countriesReached();
        this.sourceSymbol = sourceSymbol;
        this.sourceParagraph = sourceParagraph;
        this.countries.clear();
        this.countries.addAll(countries);
        this.regions.clear();
        if (c.regions() != null) {
            this.regions.addAll(c.regions());
        }
        this.partners.clear();
        this.partners.addAll(partners);
        this.searchText = ActivityService.searchText(title, description);
    }

    public AgencyEntity getAgency() { return agency; }
    public ActivityKind getKind() { return kind; }
    public MeasureHeading getHeading() { return heading; }
    public String getTitle() { return title; }
    public String getTitleEn() { return titleEn; }
    public String getDescriptionEn() { return descriptionEn; }
    public String getDescription() { return description; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public DatePrecision getDatePrecision() { return datePrecision; }
    public ActivityFigures getFigures() {
        return new ActivityFigures(peopleTrained, victimsAssisted, suspectsArrested, countriesReached);
    }
    public String getSourceSymbol() { return sourceSymbol; }
    public String getSourceParagraph() { return sourceParagraph; }
    public boolean isDemo() { return demo; }
    public Set<ParticipantEntity> getCountries() { return countries; }
    public Set<ActivityRegion> getRegions() { return regions; }
    public Set<AgencyEntity> getPartners() { return partners; }
}
