package org.tiptracker.reporting.persistence;

import java.time.LocalDate;
import java.util.List;

/** The choices of the measures browser's filter form. */
public record MeasureFilterOptions(List<CycleOption> cycles, List<TypeOption> types, List<ParticipantOption> participants) {

    public record CycleOption(long id, String titleAr, String titleEn, LocalDate periodEnd) {
    }

    public record TypeOption(String code, String nameAr, String nameEn) {
    }

    public record ParticipantOption(long id, String iso3, String nameAr, String nameEn, String regionEn) {
    }
}
