package org.tiptracker.reporting;

import java.time.LocalDate;
import java.util.Set;

/**
 * One measure of a state's report, as the focal point entered it (possibly incomplete while a
 * draft). {@code typeCode} names an entry of the managed list of measure types;
 * {@code recommendationId}, when set, the Working Group recommendation the measure answers.
 */
public record Measure(MeasureHeading heading, String typeCode, String title, String description,
                      LocalDate startDate, LocalDate endDate, Set<TargetGroup> targetGroups,
                      Set<ExploitationForm> forms, Figures figures, String recommendationRef, String resolutionRef,
                      Long recommendationId) {

    public Measure {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        forms = forms == null ? Set.of() : Set.copyOf(forms);
        figures = figures == null ? Figures.NONE : figures;
    }

    /** A measure citing no recommendation of the Working Group. */
    public Measure(MeasureHeading heading, String typeCode, String title, String description,
                   LocalDate startDate, LocalDate endDate, Set<TargetGroup> targetGroups,
                   Set<ExploitationForm> forms, Figures figures, String recommendationRef, String resolutionRef) {
        this(heading, typeCode, title, description, startDate, endDate, targetGroups, forms, figures,
                recommendationRef, resolutionRef, null);
    }
}
