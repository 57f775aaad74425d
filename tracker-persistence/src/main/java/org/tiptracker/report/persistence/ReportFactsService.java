package org.tiptracker.report.persistence;

import static org.tiptracker.common.ResultSets.date;
import static org.tiptracker.common.ResultSets.integer;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.agency.persistence.IcatService;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.awareness.BlueHeartAdoption;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CountryAssessment;
import org.tiptracker.globalreport.CriminalizationStatus;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportFacts.ActivityFact;
import org.tiptracker.report.ReportFacts.Agency;
import org.tiptracker.report.ReportFacts.AwarenessFact;
import org.tiptracker.report.ReportFacts.BlueHeartCountry;
import org.tiptracker.report.ReportFacts.CycleFact;
import org.tiptracker.report.ReportFacts.DocumentFact;
import org.tiptracker.report.ReportFacts.DocumentParagraph;
import org.tiptracker.report.ReportFacts.Finding;
import org.tiptracker.report.ReportFacts.GlobalReportFact;
import org.tiptracker.report.ReportFacts.IcatChair;
import org.tiptracker.report.ReportFacts.IcatFact;
import org.tiptracker.report.ReportFacts.JoinedState;
import org.tiptracker.report.ReportFacts.MeasureFact;
import org.tiptracker.report.ReportFacts.Paper;
import org.tiptracker.report.ReportFacts.RecommendationFact;
import org.tiptracker.report.ReportFacts.StateName;
import org.tiptracker.report.ReportFacts.Theme;
import org.tiptracker.report.ReportFacts.TreatyFact;
import org.tiptracker.report.ReportFacts.TrustFundFact;
import org.tiptracker.report.ReportFacts.Trustee;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantKind;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.PartyChange;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.trustfund.Gender;
import org.tiptracker.trustfund.persistence.TrustFundService;

/**
 * Reads, as of a mandate's cut-off date, every record the report is built from. Participants are
 * named as on the cut-off date ({@link Participant#nameOn}); party status comes from the treaty
 * registry's {@link org.tiptracker.treaty.StatusCalculator}, the Trust Fund's figures from
 * {@link TrustFundService#figures}, ICAT's membership from {@link IcatService}; everything else is
 * read here with plain SQL.
 */
@Service
public class ReportFactsService {

    /** The treaties of the report, in the order the report presents them. */
    private static final List<TreatyCode> REPORTED_TREATIES = List.of(TreatyCode.UNTOC, TreatyCode.TIP);

    private final JdbcTemplate jdbc;
    private final TreatyRegistry registry;
    private final TrustFundService trustFund;
    private final IcatService icat;

    public ReportFactsService(JdbcTemplate jdbc, TreatyRegistry registry, TrustFundService trustFund, IcatService icat) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.trustFund = trustFund;
        this.icat = icat;
    }

    /** Every fact of the report the mandate asks for, as of its cut-off date. */
    @Transactional(readOnly = true)
    public ReportFacts gather(ReportMandate mandate) {
        return gather(mandate, REPORTED_TREATIES);
    }

    /**
     * As {@link #gather(ReportMandate)}, with the facts of {@code treatyCodes} (in that order) in
     * place of the report's two treaties: the dashboard shows all four with the same calculation.
     */
    @Transactional(readOnly = true)
    public ReportFacts gather(ReportMandate mandate, List<TreatyCode> treatyCodes) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        Names names = new Names(snapshot, mandate.cutOff());
        CycleFact cycle = mandate.cycleId() == null ? null : cycle(mandate.cycleId(), mandate.cutOff(), names);
        List<MeasureFact> measures = cycle == null ? List.of() : measures(cycle.id(), mandate, names);
        return new ReportFacts(mandate, resolutions(mandate, cycle), cycle, treaties(snapshot, mandate, names, treatyCodes),
                globalReport(mandate.cutOff()), measures, activities(mandate, names), icat(mandate.cutOff()),
                trustFund(mandate.cutOff(), names), awareness(mandate, names), recommendations(mandate));
    }

    // ---------------------------------------------------------------- documents

    /**
     * The requesting resolution, the previous one and the cycle's resolution, each once and when in
     * the registry (looked up by symbol, regardless of case), with their paragraphs in order.
     */
    private List<DocumentFact> resolutions(ReportMandate mandate, CycleFact cycle) {
        List<String> symbols = new ArrayList<>();
        symbols.add(mandate.requestingResolution());
        symbols.add(mandate.previousResolution());
        symbols.add(cycle == null ? null : cycle.resolution());
        Map<Long, DocumentFact> found = new LinkedHashMap<>();
        for (String symbol : symbols) {
            if (symbol != null && !symbol.isBlank()) {
                document(symbol.strip()).ifPresent(d -> found.putIfAbsent(d.id(), d));
            }
        }
        return List.copyOf(found.values());
    }

    private java.util.Optional<DocumentFact> document(String symbol) {
        return jdbc.query("select id, symbol, title_ar, title_en, adopted_on from un_document"
                        + " where symbol is not null and upper(symbol) = upper(?)",
                (rs, i) -> new DocumentFact(rs.getLong("id"), rs.getString("symbol"), rs.getString("title_ar"),
                        rs.getString("title_en"), date(rs, "adopted_on"), paragraphs(rs.getLong("id"))), symbol)
                .stream().findFirst();
    }

    private List<DocumentParagraph> paragraphs(long documentId) {
        return jdbc.query("select number, text_ar, text_en from un_document_paragraph where document_id = ?"
                + " order by position, id", (rs, i) -> new DocumentParagraph(rs.getString("number"),
                rs.getString("text_ar"), rs.getString("text_en")), documentId);
    }

    // ---------------------------------------------------------------- treaties

    /**
     * The Convention and the Protocol: the participants whose party-making instrument was deposited
     * within [period start, cut-off] ({@code StatusCalculator.becameParties}, with the UNTC marker of
     * the instrument) and the number of parties on the cut-off date.
     */
    private List<TreatyFact> treaties(TreatyRegistry.Snapshot snapshot, ReportMandate mandate, Names names,
                                      List<TreatyCode> codes) {
        List<TreatyFact> out = new ArrayList<>();
        for (TreatyCode code : codes) {
            Treaty treaty = snapshot.treaty(code);
            if (treaty == null) {
                continue;
            }
            List<JoinedState> joined = new ArrayList<>();
            LocalDate from = mandate.periodFrom().isAfter(mandate.cutOff()) ? mandate.cutOff() : mandate.periodFrom();
            for (PartyChange change : snapshot.calculator().becameParties(code, from, mandate.cutOff())) {
                StateName name = names.of(change.iso3(), null, null);
                boolean organization = snapshot.participant(change.iso3())
                        .map(p -> p.kind() == ParticipantKind.REGIONAL_ORGANIZATION).orElse(false);
                joined.add(new JoinedState(change.iso3(), name.nameAr(), name.nameEn(), change.date(),
                        change.kind().marker(), organization));
            }
            out.add(new TreatyFact(code.name(), treaty.shortNameAr(), treaty.backReferenceAr(), treaty.shortNameEn(),
                    treaty.backReferenceEn(), joined, snapshot.calculator().partyCount(code, mandate.cutOff())));
        }
        return out;
    }

    // ---------------------------------------------------------------- reporting cycle and measures

    /**
     * The cycle, the number of participants asked and those whose report was accepted on or before
     * the cut-off date (the decision's date in the database's time zone); null if there is no such cycle.
     */
    private CycleFact cycle(long cycleId, LocalDate cutOff, Names names) {
        List<StateName> answered = jdbc.query("""
                select p.iso3, p.name_ar, p.name_en
                  from measure_report r
                  join participant p on p.id = r.participant_id
                 where r.cycle_id = ? and r.status = 'ACCEPTED' and r.decided_at is not null
                   and cast(r.decided_at as date) <= ?
                 order by p.iso3""", (rs, i) -> names.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                cycleId, Date.valueOf(cutOff));
        return jdbc.query("""
                select c.id, c.title_ar, c.title_en, c.note_reference, c.resolution, c.period_start, c.period_end,
                       c.deadline, (select count(*) from cycle_participant cp where cp.cycle_id = c.id) as asked
                  from reporting_cycle c where c.id = ?""",
                (rs, i) -> new CycleFact(rs.getLong("id"), rs.getString("title_ar"), rs.getString("title_en"),
                        rs.getString("note_reference"), rs.getString("resolution"), date(rs, "period_start"),
                        date(rs, "period_end"), date(rs, "deadline"), rs.getInt("asked"), answered), cycleId)
                .stream().findFirst().orElse(null);
    }

    /**
     * The measures of the cycle's reports accepted by the cut-off, with their type's names and the
     * Working Group recommendation they cite, labelled by the meeting's year and the letter
     * ({@code ٢٠١٣ (ب)} in the mandate's digits, {@code 2013 (b)}).
     */
    private List<MeasureFact> measures(long cycleId, ReportMandate mandate, Names names) {
        UnArabic arabic = new UnArabic(mandate.digits());
        return jdbc.query("""
                select m.id, m.report_id, m.heading, m.type_code, t.name_ar as type_ar, t.name_en as type_en,
                       p.iso3, p.name_ar, p.name_en, m.title, m.recommendation_id, w.position, g.year as meeting_year
                  from measure m
                  join measure_report r on r.id = m.report_id
                  join participant p on p.id = r.participant_id
                  join measure_type t on t.code = m.type_code
                  left join wg_recommendation w on w.id = m.recommendation_id
                  left join wg_meeting g on g.id = w.meeting_id
                 where r.cycle_id = ? and r.status = 'ACCEPTED' and r.decided_at is not null
                   and cast(r.decided_at as date) <= ?
                 order by p.iso3, m.position""", (rs, i) -> {
                    StateName state = names.of(rs.getString("iso3"), rs.getString("name_ar"), rs.getString("name_en"));
                    Long recommendation = rs.getObject("recommendation_id", Long.class);
                    String labelAr = null;
                    String labelEn = null;
                    if (recommendation != null) {
                        int year = rs.getInt("meeting_year");
                        int position = rs.getInt("position");
                        labelAr = arabic.year(year) + " " + Abjad.item(position);
                        labelEn = year + " (" + latinLetter(position) + ")";
                    }
                    return new MeasureFact(rs.getLong("id"), rs.getLong("report_id"),
                            MeasureHeading.valueOf(rs.getString("heading")), rs.getString("type_code"),
                            rs.getString("type_ar"), rs.getString("type_en"), state.iso3(), state.nameAr(),
                            state.nameEn(), rs.getString("title"), recommendation, labelAr, labelEn);
                }, cycleId, Date.valueOf(mandate.cutOff()));
    }

    // ---------------------------------------------------------------- agencies and ICAT

    /**
     * Agency activities overlapping the period: started on or before its end (or no start recorded)
     * and ended on or after its start (no end recorded: still running). So an activity with neither
     * date is taken as one of the period: the documents the rows come from describe it as the
     * period's work without dating it.
     */
    private List<ActivityFact> activities(ReportMandate mandate, Names names) {
        Map<Long, List<StateName>> countries = new HashMap<>();
        jdbc.query("""
                select c.activity_id, p.iso3, p.name_ar, p.name_en
                  from agency_activity_country c join participant p on p.id = c.participant_id
                 order by c.activity_id, p.iso3""", rs -> {
            countries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(names.of(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        return jdbc.query("""
                select a.id, g.acronym, g.name_ar as agency_ar, g.name_en as agency_en, g.sort_order, a.kind, a.heading,
                       a.title, a.description, a.start_date, a.end_date, a.date_precision, a.people_trained,
                       a.victims_assisted, a.suspects_arrested, a.countries_reached, a.source_symbol, a.source_paragraph
                  from agency_activity a join agency g on g.id = a.agency_id
                 where (a.start_date is null or a.start_date <= ?)
                   and (a.end_date is null or a.end_date >= ?)
                 order by g.sort_order, g.acronym, a.start_date nulls last, a.id""", (rs, i) -> new ActivityFact(
                rs.getLong("id"), rs.getString("acronym"), rs.getString("agency_ar"), rs.getString("agency_en"),
                rs.getInt("sort_order"), ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("heading") == null ? null : MeasureHeading.valueOf(rs.getString("heading")),
                rs.getString("title"), rs.getString("description"), date(rs, "start_date"), date(rs, "end_date"),
                DatePrecision.valueOf(rs.getString("date_precision")), integer(rs, "people_trained"),
                integer(rs, "victims_assisted"), integer(rs, "suspects_arrested"), integer(rs, "countries_reached"),
                countries.getOrDefault(rs.getLong("id"), List.of()), rs.getString("source_symbol"),
                rs.getString("source_paragraph")), Date.valueOf(mandate.periodTo()), Date.valueOf(mandate.periodFrom()));
    }

    /**
     * ICAT as of the cut-off: the chairs of the years up to the cut-off's, its members (not its
     * formal partners) and working group on that day, and the papers of the years up to the cut-off's.
     */
    private IcatFact icat(LocalDate cutOff) {
        List<IcatChair> chairs = icat.chairs().stream().filter(c -> c.year() <= cutOff.getYear())
                .map(c -> new IcatChair(c.year(), new Agency(c.acronym(), c.nameAr(), c.nameEn()))).toList();
        List<Agency> members = icat.membersAsOf(cutOff).stream().filter(m -> "MEMBER".equals(m.role()))
                .map(m -> new Agency(m.acronym(), m.nameAr(), m.nameEn())).toList();
        List<Agency> workingGroup = icat.workingGroupAsOf(cutOff).stream()
                .map(m -> new Agency(m.acronym(), m.nameAr(), m.nameEn())).toList();
        List<Paper> papers = icat.papers().stream().filter(p -> p.year() <= cutOff.getYear())
                .map(p -> new Paper(p.id(), p.titleAr(), p.titleEn(), p.year(),
                        p.status() == org.tiptracker.agency.PaperStatus.PUBLISHED)).toList();
        return new IcatFact(chairs, members, workingGroup, papers);
    }

    // ---------------------------------------------------------------- Trust Fund

    /** The fund's figures on the cut-off and the trustees whose term covers it (open ends run on). */
    private TrustFundFact trustFund(LocalDate cutOff, Names names) {
        List<Trustee> board = jdbc.query("""
                select t.name_ar, t.name_en, p.iso3, p.name_ar as country_ar, p.name_en as country_en, t.chair,
                       t.term_start, t.term_end, t.gender
                  from fund_trustee t left join participant p on p.id = t.participant_id
                 where (t.term_start is null or t.term_start <= ?) and (t.term_end is null or t.term_end >= ?)
                 order by t.chair desc, t.id""", (rs, i) -> {
                    String iso3 = rs.getString("iso3");
                    StateName country = iso3 == null ? null
                            : names.of(iso3, rs.getString("country_ar"), rs.getString("country_en"));
                    return new Trustee(rs.getString("name_ar"), rs.getString("name_en"),
                            country == null ? null : country.nameAr(), country == null ? null : country.nameEn(),
                            rs.getBoolean("chair"), date(rs, "term_start"), date(rs, "term_end"),
                            rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")));
                }, Date.valueOf(cutOff), Date.valueOf(cutOff));
        return new TrustFundFact(trustFund.figures(cutOff), board);
    }

    // ---------------------------------------------------------------- Global Report

    /**
     * The latest edition published by the cut-off. An edition known only by its year of publication
     * (no month) counts as published in December of that year, so an edition announced for later in
     * the cut-off's year is not taken; one with no publication year counts from its own year's December.
     */
    private GlobalReportFact globalReport(LocalDate cutOff) {
        YearMonth limit = YearMonth.from(cutOff);
        List<GlobalReportFact> editions = jdbc.query("""
                select id, year, edition_number, published_year, published_month, countries_covered, data_from_year,
                       data_to_year, legislation_year, legislation_month, convictions_from_year, convictions_to_year
                  from global_report_edition order by coalesce(published_year, year) desc,
                       coalesce(published_month, 12) desc, year desc""", (rs, i) -> {
                    Integer publishedYear = integer(rs, "published_year");
                    Integer publishedMonth = integer(rs, "published_month");
                    Integer legislationYear = integer(rs, "legislation_year");
                    Integer legislationMonth = integer(rs, "legislation_month");
                    return new GlobalReportFact(rs.getLong("id"), rs.getInt("year"), integer(rs, "edition_number"),
                            publishedYear == null || publishedMonth == null ? null : YearMonth.of(publishedYear, publishedMonth),
                            integer(rs, "countries_covered"), integer(rs, "data_from_year"), integer(rs, "data_to_year"),
                            legislationYear == null || legislationMonth == null ? null
                                    : YearMonth.of(legislationYear, legislationMonth),
                            integer(rs, "convictions_from_year"), integer(rs, "convictions_to_year"),
                            List.of(), List.of());
                });
        Map<Long, YearMonth> countsFrom = new HashMap<>();
        jdbc.query("select id, coalesce(published_year, year), coalesce(published_month, 12) from global_report_edition",
                rs -> {
                    countsFrom.put(rs.getLong(1), YearMonth.of(rs.getInt(2), rs.getInt(3)));
                });
        GlobalReportFact latest = editions.stream().filter(e -> !countsFrom.get(e.id()).isAfter(limit))
                .findFirst().orElse(null);
        if (latest == null) {
            return null;
        }
        List<CountryAssessment> countries = jdbc.query("""
                select criminalization, conviction_band from global_report_country where edition_id = ? order by id""",
                (rs, i) -> new CountryAssessment(CriminalizationStatus.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : ConvictionBand.valueOf(rs.getString(2))), latest.id());
        List<Finding> findings = jdbc.query("""
                select kind, amount, unit, qualifier, quote_ar from global_report_finding where edition_id = ? order by id""",
                (rs, i) -> new Finding(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), latest.id());
        return new GlobalReportFact(latest.id(), latest.year(), latest.editionNumber(), latest.published(),
                latest.countriesCovered(), latest.dataFromYear(), latest.dataToYear(), latest.legislationAsOf(),
                latest.convictionsFrom(), latest.convictionsTo(), countries, findings);
    }

    // ---------------------------------------------------------------- awareness

    /**
     * The World Day themes of the years from the period's start to its end and the cut-off's year;
     * the countries counted as having adopted the Blue Heart campaign on the cut-off
     * ({@link BlueHeartAdoption#countsFrom}); and the latest count a document reports as of a date
     * up to the report's issue date (the report itself may be that document), if any.
     */
    private AwarenessFact awareness(ReportMandate mandate, Names names) {
        int lastYear = Math.max(mandate.periodTo().getYear(), mandate.cutOff().getYear());
        List<Theme> themes = jdbc.query("""
                select id, year, theme_ar, theme_en from world_day_theme where year between ? and ? order by year""",
                (rs, i) -> new Theme(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                mandate.periodFrom().getYear(), lastYear);
        List<BlueHeartCountry> blueHeart = new ArrayList<>();
        jdbc.query("""
                select p.iso3, p.name_ar, p.name_en, b.adopted_year, b.known_by
                  from blue_heart_adoption b join participant p on p.id = b.participant_id order by p.iso3""", rs -> {
            Integer year = integer(rs, "adopted_year");
            BlueHeartAdoption adoption = new BlueHeartAdoption(year, date(rs, "known_by"));
            if (!adoption.countsFrom().isAfter(mandate.cutOff())) {
                StateName name = names.of(rs.getString("iso3"), rs.getString("name_ar"), rs.getString("name_en"));
                blueHeart.add(new BlueHeartCountry(name.iso3(), name.nameAr(), name.nameEn(), year));
            }
        });
        Long reported = jdbc.query("""
                select country_count from blue_heart_reported_count where as_of <= ? order by as_of desc limit 1""",
                (rs, i) -> rs.getLong(1), Date.valueOf(mandate.issueDate())).stream().findFirst().orElse(null);
        return new AwarenessFact(themes, blueHeart, reported);
    }

    // ---------------------------------------------------------------- Working Group

    /**
     * The recommendations of the Working Group meetings held in the period: by their start date, or,
     * for a meeting known only by its year, taken as held on 1 January of that year.
     */
    private List<RecommendationFact> recommendations(ReportMandate mandate) {
        return jdbc.query("""
                select r.id, g.id as meeting_id, g.number, g.year, r.paragraph, r.position, r.text_ar, r.text_en
                  from wg_recommendation r join wg_meeting g on g.id = r.meeting_id
                 where coalesce(g.start_date, make_date(g.year, 1, 1)) between ? and ?
                 order by g.number, coalesce(r.paragraph, 0), r.position""", (rs, i) -> new RecommendationFact(
                rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("number"), rs.getInt("year"),
                integer(rs, "paragraph"), Abjad.letter(rs.getInt("position")), latinLetter(rs.getInt("position")),
                rs.getString("text_ar"), rs.getString("text_en")),
                Date.valueOf(mandate.periodFrom()), Date.valueOf(mandate.periodTo()));
    }

    // ---------------------------------------------------------------- helpers

    /** The Latin letter of an English sub-paragraph: 1 → {@code a}, 2 → {@code b}. */
    private static String latinLetter(int position) {
        return position >= 1 && position <= 26 ? String.valueOf((char) ('a' + position - 1)) : Integer.toString(position);
    }

    /** Participants named as on one date, from the treaty registry's snapshot. */
    private record Names(TreatyRegistry.Snapshot snapshot, LocalDate date) {

        /** The participant named on the date; the given names when the snapshot does not know it. */
        StateName of(String iso3, String nameAr, String nameEn) {
            return snapshot.participant(iso3).map(p -> {
                ParticipantName name = p.nameOn(date);
                return new StateName(iso3, name.nameAr(), name.nameEn());
            }).orElse(new StateName(iso3, nameAr == null ? iso3 : nameAr, nameEn == null ? iso3 : nameEn));
        }
    }
}
