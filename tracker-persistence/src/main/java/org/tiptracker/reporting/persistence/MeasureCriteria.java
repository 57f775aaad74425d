package org.tiptracker.reporting.persistence;

import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.TargetGroup;

/**
 * What the measures browser asks for; every field is optional ({@code null}: no condition).
 * {@code text} is what the user typed: every word of it, normalized by
 * {@link org.tiptracker.arabic.ArabicSearch#normalize}, must occur in the measure's title or description.
 */
public record MeasureCriteria(Long cycleId, MeasureHeading heading, String typeCode, String region,
                              String participantIso3, TargetGroup targetGroup, ExploitationForm form,
                              ReportStatus status, String text) {

    public static final MeasureCriteria NONE = new MeasureCriteria(null, null, null, null, null, null, null, null, null);
}
