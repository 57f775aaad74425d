package org.tiptracker.reporting.persistence;

import java.time.LocalDate;
import java.util.SortedSet;

import org.tiptracker.reporting.CycleStatus;

/** A reporting cycle as the pages show and edit it; {@code participantIso3}: who is asked, by ISO code. */
public record CycleView(long id, long version, String titleAr, String titleEn, String noteReference, String resolution,
                        LocalDate periodStart, LocalDate periodEnd, LocalDate deadline, CycleStatus status, boolean demo,
                        SortedSet<String> participantIso3) {

    static CycleView of(ReportingCycleEntity c) {
        return new CycleView(c.getId(), c.getVersion(), c.getTitleAr(), c.getTitleEn(), c.getNoteReference(),
                c.getResolution(), c.getPeriodStart(), c.getPeriodEnd(), c.getDeadline(), c.getStatus(), c.isDemo(),
                java.util.Collections.unmodifiableSortedSet(c.getParticipants().stream()
                        .map(org.tiptracker.treaty.persistence.ParticipantEntity::getIso3)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
    }
}
