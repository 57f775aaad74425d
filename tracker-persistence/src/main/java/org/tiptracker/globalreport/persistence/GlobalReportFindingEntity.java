package org.tiptracker.globalreport.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A headline finding of an edition as a document states it: a count, a percentage, or "one in
 * n" ({@code ONE_IN}, amount n: about a third of the victims were children), with its qualifier
 * (exact, about, at least) and the document's words. Reference data only.
 */
@Entity
@Table(name = "global_report_finding")
public class GlobalReportFindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private Long editionId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private String qualifier;

    @Column(nullable = false)
    private String source;

    @Column(name = "quote_ar")
    private String quoteAr;

    protected GlobalReportFindingEntity() {
    }

    public GlobalReportFindingEntity(Long editionId, String kind, BigDecimal amount, String unit, String qualifier,
                                     String source, String quoteAr) {
        this.editionId = editionId;
        this.kind = kind;
        this.amount = amount;
        this.unit = unit;
        this.qualifier = qualifier;
        this.source = source;
        this.quoteAr = quoteAr;
    }

    public Long getId() { return id; }
    public Long getEditionId() { return editionId; }
    public String getKind() { return kind; }
    public BigDecimal getAmount() { return amount; }
    public String getUnit() { return unit; }
    public String getQualifier() { return qualifier; }
    public String getSource() { return source; }
    public String getQuoteAr() { return quoteAr; }
}
