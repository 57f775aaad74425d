package org.tiptracker.globalreport.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An edition of the UNODC Global Report on Trafficking in Persons, with the facts the documents state about it. */
@Entity
@Table(name = "global_report_edition")
public class GlobalReportEditionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(name = "edition_number")
    private Integer editionNumber;

    @Column(name = "published_year")
    private Integer publishedYear;

    @Column(name = "published_month")
    private Integer publishedMonth;

    @Column(name = "data_from_year")
    private Integer dataFromYear;

    @Column(name = "data_to_year")
    private Integer dataToYear;

    @Column(name = "countries_covered")
    private Integer countriesCovered;

    @Column(name = "legislation_year")
    private Integer legislationYear;

    @Column(name = "legislation_month")
    private Integer legislationMonth;

    @Column(name = "convictions_from_year")
    private Integer convictionsFromYear;

    @Column(name = "convictions_to_year")
    private Integer convictionsToYear;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected GlobalReportEditionEntity() {
    }

    GlobalReportEditionEntity(int year) {
        this.year = year;
    }

    void apply(EditionCommand c) {
        this.year = c.year();
        this.editionNumber = c.editionNumber();
        this.publishedYear = c.publishedYear();
        this.publishedMonth = c.publishedMonth();
        this.dataFromYear = c.dataFromYear();
        this.dataToYear = c.dataToYear();
        this.countriesCovered = c.countriesCovered();
        this.legislationYear = c.legislationYear();
        this.legislationMonth = c.legislationMonth();
        this.convictionsFromYear = c.convictionsFromYear();
        this.convictionsToYear = c.convictionsToYear();
        this.source = c.source().strip();
    }

    /** The edition as readable text, for the audit trail and conflicts. */
    String describe() {
        return "year=" + year + "; edition=" + editionNumber + "; published=" + publishedYear + "/" + publishedMonth
                + "; data=" + dataFromYear + "-" + dataToYear + "; countries=" + countriesCovered
                + "; legislation=" + legislationYear + "/" + legislationMonth + "; convictions=" + convictionsFromYear
                + "-" + convictionsToYear + "; source=" + source;
    }

    GlobalReportViews.Edition view() {
        return new GlobalReportViews.Edition(id, version, year, editionNumber, publishedYear, publishedMonth, dataFromYear,
                dataToYear, countriesCovered, legislationYear, legislationMonth, convictionsFromYear, convictionsToYear,
                source, demo);
    }

    Long getId() { return id; }
    int getYear() { return year; }
    long getVersion() { return version; }
}
