package org.tiptracker.globalreport.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;

/** An edition of the UNODC Global Report on Trafficking in Persons, with the facts the documents state about it. */
@Entity
@Table(name = "global_report_edition")
public class GlobalReportEditionEntity extends VersionedEntity {

    private int year;

    private Integer editionNumber;

    private Integer publishedYear;

    private Integer publishedMonth;

    private Integer dataFromYear;

    private Integer dataToYear;

    private Integer countriesCovered;

    private Integer legislationYear;

    private Integer legislationMonth;

    private Integer convictionsFromYear;

    private Integer convictionsToYear;

    private String source;

    private boolean demo;

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
        return new GlobalReportViews.Edition(getId(), getVersion(), year, editionNumber, publishedYear, publishedMonth, dataFromYear,
                dataToYear, countriesCovered, legislationYear, legislationMonth, convictionsFromYear, convictionsToYear,
                source, demo);
    }

    int getYear() { return year; }
}
