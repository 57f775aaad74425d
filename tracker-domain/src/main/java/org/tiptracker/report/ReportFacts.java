package org.tiptracker.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.globalreport.CountryAssessment;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.trustfund.Gender;
import org.tiptracker.trustfund.TrustFundFigures;

/**
 * Everything the report's paragraphs are built from, read from the records as of the mandate's
 * cut-off date. Names are those valid on the cut-off date. Each fact carries what a source link
 * needs (ids, codes). Lists are in no particular order unless said: the composer orders them.
 *
 * @param mandate     what the report was created from
 * @param resolutions the documents the report cites, by English symbol (at least the requesting
 *                    and previous resolutions when they are in the registry)
 * @param cycle       the reporting cycle of chapter III.A, or null
 * @param treaties    the Convention and the Trafficking in Persons Protocol, in that order
 * @param globalReport the latest Global Report edition published by the cut-off, or null
 * @param measures    the accepted measures of the cycle's reports (accepted by the cut-off)
 * @param activities  agency activities overlapping the period, with their agency
 * @param icat        ICAT's chairs, membership, working group and papers
 * @param trustFund   the Trust Fund's figures and Board as of the cut-off, or null
 * @param awareness   the World Day theme(s) and the Blue Heart campaign as of the cut-off
 * @param recommendations the Working Group's recommendations of meetings held in the period
 */
public record ReportFacts(ReportMandate mandate, List<DocumentFact> resolutions, CycleFact cycle,
                          List<TreatyFact> treaties, GlobalReportFact globalReport, List<MeasureFact> measures,
                          List<ActivityFact> activities, IcatFact icat, TrustFundFact trustFund,
                          AwarenessFact awareness, List<RecommendationFact> recommendations) {

    public ReportFacts {
        Objects.requireNonNull(mandate, "mandate");
        resolutions = List.copyOf(resolutions == null ? List.of() : resolutions);
        treaties = List.copyOf(treaties == null ? List.of() : treaties);
        measures = List.copyOf(measures == null ? List.of() : measures);
        activities = List.copyOf(activities == null ? List.of() : activities);
        recommendations = List.copyOf(recommendations == null ? List.of() : recommendations);
    }

    /** A document of the registry: {@code A/RES/70/179}, its titles, adoption date and its paragraphs' texts. */
    public record DocumentFact(long id, String symbol, String titleAr, String titleEn, LocalDate date,
                               List<DocumentParagraph> paragraphs) {
        public DocumentFact {
            paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        }
    }

    /** One paragraph of a document ({@code number} as the document prints it, e.g. {@code 22} or {@code 3 (b)}). */
    public record DocumentParagraph(String number, String textAr, String textEn) {
    }

    /**
     * The reporting cycle: its note verbale reference, the resolution it was sent under, its
     * period, deadline, how many participants were asked and which had answered (accepted) by the cut-off.
     */
    public record CycleFact(long id, String titleAr, String titleEn, String noteReference, String resolution,
                            LocalDate periodStart, LocalDate periodEnd, LocalDate deadline, int asked,
                            List<StateName> answered) {
        public CycleFact {
            answered = List.copyOf(answered == null ? List.of() : answered);
        }
    }

    /** A participant named as on the cut-off date. */
    public record StateName(String iso3, String nameAr, String nameEn) {
    }

    /**
     * A state that became party in the period, with the deposit date and the action's marker (a, A, AA, d or
     * empty); {@code organization} when it is a regional economic integration organization (the European
     * Union), which the report names apart from the States it counts.
     */
    public record JoinedState(String iso3, String nameAr, String nameEn, LocalDate date, String marker,
                              boolean organization) {

        /** A State (not an organization). */
        public JoinedState(String iso3, String nameAr, String nameEn, LocalDate date, String marker) {
            this(iso3, nameAr, nameEn, date, marker, false);
        }
    }

    /**
     * One treaty's changes: its code ({@code UNTOC}, {@code TIP}), names as the report prints
     * them, the states that became parties in the period (chronological) and the parties at the cut-off.
     */
    public record TreatyFact(String code, String shortNameAr, String backReferenceAr, String shortNameEn,
                             String backReferenceEn, List<JoinedState> joined, long partiesAtCutOff) {
        public TreatyFact {
            joined = List.copyOf(joined == null ? List.of() : joined);
        }
    }

    /**
     * A Global Report edition: its year, when it was published, how many countries it covers, its
     * data period, the month of its legislative review and conviction period, and the country rows
     * behind the shares (see {@code CriminalizationShares}); {@code findings} are the headline
     * figures the edition reports (kind, amount, unit), with the quoted Arabic text where known.
     */
    public record GlobalReportFact(long id, int year, Integer editionNumber, YearMonth published, Integer countriesCovered,
                                   Integer dataFromYear, Integer dataToYear, YearMonth legislationAsOf,
                                   Integer convictionsFrom, Integer convictionsTo, List<CountryAssessment> countries,
                                   List<Finding> findings) {
        public GlobalReportFact {
            countries = List.copyOf(countries == null ? List.of() : countries);
            findings = List.copyOf(findings == null ? List.of() : findings);
        }
    }

    /** A headline figure of a Global Report edition ({@code kind} e.g. {@code FULL_CRIMINALIZATION}). */
    public record Finding(String kind, java.math.BigDecimal amount, String unit, String qualifier, String quoteAr) {
    }

    /**
     * An accepted measure of a state's report: its heading and type (with the type's names), the
     * state as named on the cut-off, and the Working Group recommendation it cites, if any
     * ({@code recommendationLabelAr} e.g. {@code ٢٠١٣ (ب)}, {@code recommendationLabelEn} e.g. {@code 2013 (b)}).
     */
    public record MeasureFact(long measureId, long reportId, MeasureHeading heading, String typeCode, String typeNameAr,
                              String typeNameEn, String iso3, String stateNameAr, String stateNameEn, String title,
                              Long recommendationId, String recommendationLabelAr, String recommendationLabelEn) {
    }

    /**
     * An agency activity: its agency (acronym, names, the agency's order of presentation), what it
     * was, when (as precise as its source), its figures, the countries it reached (named on the cut-off)
     * and the document it is reported in.
     */
    public record ActivityFact(long id, String agencyAcronym, String agencyNameAr, String agencyNameEn, int agencyOrder,
                               ActivityKind kind, MeasureHeading heading, String titleAr, String descriptionAr,
                               LocalDate start, LocalDate end, DatePrecision precision, Integer peopleTrained,
                               Integer victimsAssisted, Integer suspectsArrested, Integer countriesReached,
                               List<StateName> countries, String sourceSymbol, String sourceParagraph) {
        public ActivityFact {
            countries = List.copyOf(countries == null ? List.of() : countries);
        }
    }

    /** ICAT: its chairs by year, its members and its working group as of the cut-off, and its policy papers. */
    public record IcatFact(List<IcatChair> chairs, List<Agency> members, List<Agency> workingGroup, List<Paper> papers) {
        public IcatFact {
            chairs = List.copyOf(chairs == null ? List.of() : chairs);
            members = List.copyOf(members == null ? List.of() : members);
            workingGroup = List.copyOf(workingGroup == null ? List.of() : workingGroup);
            papers = List.copyOf(papers == null ? List.of() : papers);
        }
    }

    public record Agency(String acronym, String nameAr, String nameEn) {
    }

    public record IcatChair(int year, Agency agency) {
    }

    /** A policy paper: {@code published} true when published, false when in preparation. */
    public record Paper(long id, String titleAr, String titleEn, int year, boolean published) {
    }

    /** The Trust Fund's figures as of the cut-off and its Board of Trustees serving then. */
    public record TrustFundFact(TrustFundFigures figures, List<Trustee> board) {
        public TrustFundFact {
            Objects.requireNonNull(figures, "figures");
            board = List.copyOf(board == null ? List.of() : board);
        }
    }

    /** A trustee: names, the country (named on the cut-off), whether chair, and the term. */
    public record Trustee(String nameAr, String nameEn, String countryNameAr, String countryNameEn, boolean chair,
                          LocalDate termStart, LocalDate termEnd, Gender gender) {

        /** A trustee whose gender is not recorded. */
        public Trustee(String nameAr, String nameEn, String countryNameAr, String countryNameEn, boolean chair,
                       LocalDate termStart, LocalDate termEnd) {
            this(nameAr, nameEn, countryNameAr, countryNameEn, chair, termStart, termEnd, null);
        }
    }

    /**
     * Awareness: the World Day themes of the years in the period (and the cut-off's year), the Blue
     * Heart countries as of the cut-off (named then) and the count the documents report, if any.
     */
    public record AwarenessFact(List<Theme> themes, List<BlueHeartCountry> blueHeart, Long reportedBlueHeartCount) {
        public AwarenessFact {
            themes = List.copyOf(themes == null ? List.of() : themes);
            blueHeart = List.copyOf(blueHeart == null ? List.of() : blueHeart);
        }
    }

    public record Theme(long id, int year, String themeAr, String themeEn) {
    }

    public record BlueHeartCountry(String iso3, String nameAr, String nameEn, Integer adoptedYear) {
    }

    /**
     * A Working Group recommendation of a meeting held in the period: the meeting (number, year),
     * the recommendation's letter ({@code (ب)}), its paragraph and its texts.
     */
    public record RecommendationFact(long id, long meetingId, int meetingNumber, int meetingYear, Integer paragraph,
                                     String letterAr, String letterEn, String textAr, String textEn) {
    }
}
