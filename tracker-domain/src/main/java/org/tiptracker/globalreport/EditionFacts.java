package org.tiptracker.globalreport;

/**
 * What an edition of the Global Report states about itself: its year and number, when it was
 * published, the period its data cover, how many countries, the month its legislative review
 * stops at, the period of its conviction counts, and the source of these facts. Any of them but
 * the year and the source may be unknown ({@code null}).
 */
public interface EditionFacts {

    Integer year();

    Integer editionNumber();

    Integer publishedYear();

    Integer publishedMonth();

    Integer dataFromYear();

    Integer dataToYear();

    Integer countriesCovered();

    Integer legislationYear();

    Integer legislationMonth();

    Integer convictionsFromYear();

    Integer convictionsToYear();

    String source();
}
