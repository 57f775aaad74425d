package org.tiptracker.reporting.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.common.IdentifiedEntity;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.TargetGroup;

/** One measure of a report; part of the report aggregate (the report's version guards it). */
@Entity
@Table(name = "measure")
public class MeasureEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private MeasureReportEntity report;

    private int position;

    @Enumerated(EnumType.STRING)
    private MeasureHeading heading;

    private String typeCode;

    private String title;

    private String description;

    private LocalDate startDate;

    private LocalDate endDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] targetGroups = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] forms = new String[0];

    private Integer investigations;
    private Integer prosecutions;
    private Integer convictions;
    private Integer victimsIdentified;
    private Integer victimsAssisted;
    private Integer peopleTrained;

    private String recommendationRef;

    private String resolutionRef;

    private Long recommendationId;

    private String searchText;

    protected MeasureEntity() {
    }

    /**
     * A stored measure from what the user entered. A draft may lack heading, type, title or
     * description: they are stored as the "other"/empty values the columns allow and reported by
     * validation at submission.
     */
    MeasureEntity(MeasureReportEntity report, int position, Measure m) {
        this.report = report;
        this.position = position;
        this.heading = m.heading() == null ? MeasureHeading.LEGISLATION : m.heading();
        this.typeCode = m.typeCode() == null || m.typeCode().isBlank() ? "OTHER" : m.typeCode();
        this.title = m.title() == null ? "" : m.title().strip();
        this.description = m.description() == null ? "" : m.description().strip();
        this.startDate = m.startDate();
        this.endDate = m.endDate();
        this.targetGroups = m.targetGroups().stream().map(Enum::name).sorted().toArray(String[]::new);
        this.forms = m.forms().stream().map(Enum::name).sorted().toArray(String[]::new);
        Figures f = m.figures();
        this.investigations = f.investigations();
        this.prosecutions = f.prosecutions();
        this.convictions = f.convictions();
        this.victimsIdentified = f.victimsIdentified();
        this.victimsAssisted = f.victimsAssisted();
        this.peopleTrained = f.peopleTrained();
        this.recommendationRef = blankToNull(m.recommendationRef());
        this.resolutionRef = blankToNull(m.resolutionRef());
        this.recommendationId = m.recommendationId();
        this.searchText = ArabicSearch.normalize(this.title + " " + this.description);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The measure as the domain sees it. */
    public Measure toDomain() {
        return new Measure(heading, typeCode, title, description, startDate, endDate, enums(targetGroups, TargetGroup.class),
                enums(forms, ExploitationForm.class),
                new Figures(investigations, prosecutions, convictions, victimsIdentified, victimsAssisted, peopleTrained),
                recommendationRef, resolutionRef, recommendationId);
    }

    private static <E extends Enum<E>> Set<E> enums(String[] names, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String name : names) {
            out.add(Enum.valueOf(type, name));
        }
        return out;
    }

    /** A readable, stable description of the measure for the audit trail and the history view. */
    String describe() {
        return "[" + (position + 1) + "] " + heading + " / " + typeCode + "\n" + title + "\n" + description
                + "\n" + startDate + " – " + endDate + "\n" + String.join(",", targetGroups) + " | " + String.join(",", forms)
                + "\n" + Arrays.stream(new Integer[]{investigations, prosecutions, convictions, victimsIdentified,
                        victimsAssisted, peopleTrained}).map(String::valueOf).collect(Collectors.joining(","))
                + (recommendationRef == null ? "" : "\n" + recommendationRef)
                + (resolutionRef == null ? "" : "\n" + resolutionRef)
                + (recommendationId == null ? "" : "\nrecommendation #" + recommendationId);
    }
}
