package org.tiptracker.globalreport.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.IdentifiedEntity;

/**
 * A headline finding of an edition as a document states it: a count, a percentage, or "one in
 * n" ({@code ONE_IN}, amount n: about a third of the victims were children), with its qualifier
 * (exact, about, at least) and the document's words. Reference data only.
 */
@Entity
@Table(name = "global_report_finding")
public class GlobalReportFindingEntity extends IdentifiedEntity {

    private Long editionId;

    private String kind;

    private BigDecimal amount;

    private String unit;

    private String qualifier;

    private String source;

    private String quoteAr;

    protected GlobalReportFindingEntity() {
    }

    GlobalReportFindingEntity(Long editionId, String kind, BigDecimal amount, String unit, String qualifier,
                              String source, String quoteAr) {
        this.editionId = editionId;
        this.kind = kind;
        this.amount = amount;
        this.unit = unit;
        this.qualifier = qualifier;
        this.source = source;
        this.quoteAr = quoteAr;
    }

    GlobalReportViews.Finding view() {
        return new GlobalReportViews.Finding(kind, amount, unit, qualifier, source, quoteAr);
    }

    String getKind() { return kind; }
}
