package org.tiptracker.globalreport.persistence;

import org.tiptracker.globalreport.EditionFacts;

/** An edition as the secretariat enters it; the service checks every rule ({@code GlobalReportRules} and the year's uniqueness). */
public record EditionCommand(Integer year, Integer editionNumber, Integer publishedYear, Integer publishedMonth,
                             Integer dataFromYear, Integer dataToYear, Integer countriesCovered,
                             Integer legislationYear, Integer legislationMonth, Integer convictionsFromYear,
                             Integer convictionsToYear, String source) implements EditionFacts {
}
