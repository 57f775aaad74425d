package org.tiptracker.reporting.persistence;

import java.time.LocalDate;
import java.util.Set;

import org.tiptracker.reporting.CycleStatus;

/** What the secretariat enters for a cycle; {@code participantIso3} empty means every UN member state. */
public record CycleCommand(String titleAr, String titleEn, String noteReference, String resolution,
                           LocalDate periodStart, LocalDate periodEnd, LocalDate deadline, CycleStatus status,
                           Set<String> participantIso3) {
}
