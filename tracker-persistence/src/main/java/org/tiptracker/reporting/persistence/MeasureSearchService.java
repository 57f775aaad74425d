package org.tiptracker.reporting.persistence;

import static org.tiptracker.common.ResultSets.integer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;

/**
 * The measures of every report, across participants and cycles, filtered and searched for the
 * secretariat and analysts. Plain SQL with bound parameters (the conditions present are joined
 * into the statement; user input is never part of its text).
 *
 * <p>Who sees what: the secretariat (and administrators) every report, analysts only submitted
 * and accepted ones; focal points are refused.
 *
 * <p>Text: every word of the normalized query must occur in {@code measure.search_text} (the
 * normalized title and description). A query word holds no space, so it occurs in the text exactly
 * when it occurs in one of the text's words: the words of the vocabulary ({@code measure_search_word},
 * migration V12) that contain it are looked up first, and the measures holding one of them are found
 * through the hashes of their words ({@code measure.search_hashes}, a GIN index). When one of those
 * hashes also belongs to a word that does not match, or a query word is contained in too many words
 * (a letter or two), the exact check of migration V6 is added ({@code measure.search_ascii}: the text
 * with Arabic letters mapped one to one to capital letters, served by a trigram index).
 *
 * <p>Counting: the page says how many measures match up to {@value #COUNT_CAP}; beyond that it says
 * "more than" and the page is read by walking the reports in the browser's order, which stops after
 * the page's rows (counting tens of thousands of matches cost more than the rest of the page).
 *
 * <p>Order: newest cycle first, then participants in UN Arabic alphabetical order (English
 * alphabetical order in English), then the measure's position in its report. PostgreSQL cannot sort
 * by the UN rules, so the participants' ranks are computed here with {@link UnArabicOrder} and
 * joined to the query as a two-column array table.
 */
@Service
public class MeasureSearchService {

    public static final int PAGE_SIZE = 50;
    /** An export holds at most this many rows. */
    public static final int CAP = 100_000;
    /** Words of a query beyond this many are ignored. */
    public static final int MAX_WORDS = 8;
    /** Matches are counted up to this many; a page with more says "more than". */
    public static final int COUNT_CAP = 2_000;
    /**
     * A query word contained in more vocabulary words than this (a letter or two) is searched with the
     * exact LIKE of migration V6 rather than through the word index.
     */
    static final int MAX_EXPANSION = 500;

    /**
     * Arabic letters of normalized text and the capital letters they stand for in the column
     * {@code measure.search_ascii} and its trigram index (migration V6): under the database's C
     * locale pg_trgm sees no trigram in Arabic text, but it does in the mapped one. Normalized text
     * is lower case, so the mapping is one to one and LIKE on the mapped text is exact. Must match V6.
     */
    static final String ARABIC = "ابتثجحخدرزسشصضطعفقكلمنهويء";
    static final String ASCII = "ABTVJHXDRZSCPGQEFKILMNOWYU";

    private static final Set<ReportStatus> ANALYST_STATUSES = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    private static final String COLUMNS = """
            select m.id, m.report_id, r.status, m.position, c.id as cycle_id, c.title_ar as cycle_title_ar,
                   c.title_en as cycle_title_en, p.iso3, p.name_ar, p.name_en, p.region_en, m.heading, m.type_code,
                   t.name_ar as type_name_ar, t.name_en as type_name_en, m.title, m.description, m.start_date,
                   m.end_date, m.target_groups, m.forms, m.investigations, m.prosecutions, m.convictions,
                   m.victims_identified, m.victims_assisted, m.people_trained, m.recommendation_ref, m.resolution_ref,
                   m.recommendation_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    /** For exports: rows come from the database in batches rather than all at once. */
    private final NamedParameterJdbcTemplate streaming;

    public MeasureSearchService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        JdbcTemplate batches = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        batches.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(batches);
    }

    /** The report statuses the actor may see; focal points are refused. */
    public static Set<ReportStatus> visibleStatuses(Actor actor) {
        if (actor.isSecretariat()) {
            return EnumSet.allOf(ReportStatus.class);
        }
        if (actor.isAnalyst()) {
            return EnumSet.copyOf(ANALYST_STATUSES);
        }
        throw new ForbiddenException("measures browser");
    }

    /** The words the text condition requires (normalized; at most {@link #MAX_WORDS}). */
    public static List<String> words(String text) {
        String normalized = ArabicSearch.normalize(text);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    /**
     * One page (1-based; beyond the last page: the last page) of the matching measures, with their
     * number. One statement: sorting needs every match anyway, so the count comes with the page
     * (a window count) instead of a second pass over the same rows.
     */
    @Transactional(readOnly = true)
    public MeasurePage search(Actor actor, MeasureCriteria criteria, int page, Locale locale) {
        customPlans();
        Where where = where(actor, criteria);
        if (where.impossible) {
            return new MeasurePage(List.of(), 1, PAGE_SIZE, 0, false, false);
        }
        int current = Math.max(1, page);
        long[] total = {0};
        List<MeasureRow> rows = page(where, locale, current, total);
        long matches = total[0];
        if (rows.isEmpty() && current > 1) {
            // beyond the last page: the last page
            matches = count(where, COUNT_CAP);
            if (matches <= COUNT_CAP) {
                current = (int) Math.max(1, (matches + PAGE_SIZE - 1) / PAGE_SIZE);
                rows = matches == 0 ? List.of() : page(where, locale, current, total);
            }
        }
        if (matches <= COUNT_CAP) {
            return new MeasurePage(rows, current, PAGE_SIZE, matches, false, false);
        }
        List<MeasureRow> walked = walk(where, locale, current);
        if (walked.isEmpty() && current > 1) {
            long counted = count(where, Integer.MAX_VALUE - 1);
            current = (int) Math.max(1, (counted + PAGE_SIZE - 1) / PAGE_SIZE);
            walked = walk(where, locale, current);
        }
        boolean more = walked.size() > PAGE_SIZE;
        return new MeasurePage(more ? walked.subList(0, PAGE_SIZE) : walked, current, PAGE_SIZE, COUNT_CAP, true, more);
    }

    /**
     * Plans this transaction's statements for their actual values. The driver prepares a statement
     * run often on the server, and PostgreSQL may then switch to a generic plan that ignores the
     * values: for a LIKE pattern it cannot tell a rare word from a common one, and such plans read
     * the whole table (measured: a rare word went from 0.1 s to 0.4 s after a few requests).
     */
    private void customPlans() {
        jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
    }

    /** The page among the first {@value #COUNT_CAP} + 1 matches; {@code total}: how many of those there are. */
    private List<MeasureRow> page(Where where, Locale locale, int page, long[] total) {
        String sql = ordered(where, locale, COUNT_CAP + 1, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE);
        return jdbc.query(sql, where.params, (rs, i) -> {
            total[0] = rs.getLong("total_count");
            return ROW.mapRow(rs, i);
        });
    }

    /**
     * Every matching measure, in the browser's order, at most {@code limit} of them, handed to
     * {@code sink} one by one (streamed from the database). Returns how many there were.
     */
    @Transactional(readOnly = true)
    public long export(Actor actor, MeasureCriteria criteria, Locale locale, int limit, Consumer<MeasureRow> sink) {
        Where where = where(actor, criteria);
        if (where.impossible) {
            return 0;
        }
        customPlans();
        long[] count = {0};
        streaming.query(ordered(where, locale, 0, Math.max(0, limit), 0), where.params, (RowCallbackHandler) rs -> {
            sink.accept(ROW.mapRow(rs, (int) count[0]));
            count[0]++;
        });
        return count[0];
    }

    /** The number of matching measures, counted up to {@code cap} + 1. */
    @Transactional(readOnly = true)
    public long count(Actor actor, MeasureCriteria criteria, int cap) {
        customPlans();
        Where where = where(actor, criteria);
        return where.impossible ? 0 : count(where, cap);
    }

    /** The cycles, measure types and participants to choose from. */
    @Transactional(readOnly = true)
    public MeasureFilterOptions options() {
        var cycles = jdbc.query("select id, title_ar, title_en, period_end from reporting_cycle order by period_end desc, id desc",
                (rs, i) -> new MeasureFilterOptions.CycleOption(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class)));
        var types = jdbc.query("select code, name_ar, name_en from measure_type order by sort_order, code",
                (rs, i) -> new MeasureFilterOptions.TypeOption(rs.getString(1), rs.getString(2), rs.getString(3)));
        List<MeasureFilterOptions.ParticipantOption> participants = participantOptions;
        if (participants == null) {
            var loaded = new ArrayList<>(jdbc.query("select id, iso3, name_ar, name_en, region_en from participant",
                    (rs, i) -> new MeasureFilterOptions.ParticipantOption(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))));
            loaded.sort(Comparator.comparing(MeasureFilterOptions.ParticipantOption::nameAr, UnArabicOrder.INSTANCE));
            participants = List.copyOf(loaded);
            participantOptions = participants;
        }
        return new MeasureFilterOptions(cycles, types, participants);
    }

    private long count(Where where, int cap) {
        String sql = "select count(*) from (select 1 from measure m join measure_report r on r.id = m.report_id"
                + (where.needsParticipant ? " join participant p on p.id = r.participant_id" : "")
                + " where " + where.sql + " limit " + (cap + 1) + ") x";
        Long n = jdbc.queryForObject(sql, where.params, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The matching measures in the browser's order, {@code limit} of them from {@code offset}, each
     * with the number of matches ({@code total_count}). The matches are found first with narrow
     * columns only (so the planner starts from the text and filter indexes, and the sort carries no
     * description), then only the rows of the page are read in full. With {@code hitsLimit} (not 0)
     * only that many matches are found (in no particular order): a caller seeing {@code total_count}
     * reach it knows there are more and must not take the rows for the first ones.
     */
    private String ordered(Where where, Locale locale, int hitsLimit, long limit, long offset) {
        Ranks ranks = ranks(locale);
        where.params.addValue("rankIds", ranks.ids).addValue("ranks", ranks.ranks);
        return "with hits as materialized (select m.id, m.position, r.cycle_id, r.participant_id from measure m"
                + " join measure_report r on r.id = m.report_id"
                + (where.needsParticipant ? " join participant p on p.id = r.participant_id" : "")
                + " where " + where.sql + (hitsLimit > 0 ? " limit " + hitsLimit : "") + "),\n"
                + """
                ordered as (
                    select h.id, row_number() over (order by c.period_end desc, c.id desc, o.rnk, h.position, h.id) as ord,
                           count(*) over () as total_count
                    from hits h
                    join reporting_cycle c on c.id = h.cycle_id
                    join unnest(cast(:rankIds as bigint[]), cast(:ranks as integer[])) as o(pid, rnk) on o.pid = h.participant_id
                    order by ord
                """ + " limit " + limit + " offset " + offset + ")\n" + COLUMNS + "\n, ordered.total_count\n"
                + rowsOf("ordered") + "order by ordered.ord";
    }

    /** The joins that read in full the measures whose ids the query {@code chosen} picked. */
    private static String rowsOf(String chosen) {
        return """
                from %1$s
                join measure m on m.id = %1$s.id
                join measure_report r on r.id = m.report_id
                join reporting_cycle c on c.id = r.cycle_id
                join participant p on p.id = r.participant_id
                join measure_type t on t.code = m.type_code
                """.formatted(chosen);
    }

    /**
     * The page's rows (and one more, to tell whether a next page exists) when there are many matches:
     * the visible reports in the browser's order (newest cycle, participants' rank), and in each the
     * matching measures by position, read until the page is full. PostgreSQL stops early: the reports
     * come sorted, each report's measures are read through {@code ix_measure_report}, and an
     * incremental sort orders them within the report. Bitmap scans are turned off for this statement:
     * with them the planner intersected the whole word index with each report's measures (measured:
     * about 25 ms per report).
     */
    private List<MeasureRow> walk(Where where, Locale locale, int page) {
        Ranks ranks = ranks(locale);
        where.params.addValue("rankIds", ranks.ids).addValue("ranks", ranks.ranks);
        jdbc.getJdbcTemplate().execute("set local enable_bitmapscan = off");
        String sql = "with walked as (select mm.id, rr.period_end, rr.cycle_id, rr.rnk, mm.position from\n"
                + " (select r.id as report_id, c.period_end, c.id as cycle_id, o.rnk from measure_report r"
                + " join reporting_cycle c on c.id = r.cycle_id"
                + " join unnest(cast(:rankIds as bigint[]), cast(:ranks as integer[])) as o(pid, rnk) on o.pid = r.participant_id"
                + (where.needsParticipant ? " join participant p on p.id = r.participant_id" : "")
                + " where " + where.reportSql() + " order by c.period_end desc, c.id desc, o.rnk) rr\n"
                + " cross join lateral (select m.id, m.position from measure m where m.report_id = rr.report_id and "
                + where.measureSql() + " order by m.position, m.id) mm\n"
                + " order by rr.period_end desc, rr.cycle_id desc, rr.rnk, mm.position, mm.id"
                + " limit " + (PAGE_SIZE + 1) + " offset " + (long) (page - 1) * PAGE_SIZE + ")\n"
                + COLUMNS + "\n, 0 as total_count\n" + rowsOf("walked")
                + "order by walked.period_end desc, walked.cycle_id desc, walked.rnk, walked.position, walked.id";
        List<MeasureRow> rows = jdbc.query(sql, where.params, ROW);
        jdbc.getJdbcTemplate().execute("set local enable_bitmapscan = on");
        return rows;
    }

    private record Ranks(Long[] ids, Integer[] ranks) {
    }

    /** Every participant's place in the alphabetical order of the language's names. */
    /**
     * Participants' ranks per language, computed once: participants come from the reference data
     * loaded at start-up and are not edited in the application, and ordering 200 names by the UN
     * rules on every request cost more than the search itself (measured).
     */
    private final java.util.concurrent.ConcurrentMap<Boolean, Ranks> ranksByLanguage = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<MeasureFilterOptions.ParticipantOption> participantOptions;

    private Ranks ranks(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return ranksByLanguage.computeIfAbsent(english, this::computeRanks);
    }

    private Ranks computeRanks(boolean english) {
        record Name(long id, String name) {
        }
        List<Name> names = new ArrayList<>(jdbc.getJdbcTemplate().query("select id, name_ar, name_en from participant",
                (rs, i) -> new Name(rs.getLong(1), english ? rs.getString(3) : rs.getString(2))));
        Comparator<String> order = english ? Collator.getInstance(Locale.ENGLISH)::compare : UnArabicOrder.INSTANCE;
        names.sort(Comparator.comparing(Name::name, order).thenComparingLong(Name::id));
        Long[] ids = new Long[names.size()];
        Integer[] ranks = new Integer[names.size()];
        for (int i = 0; i < names.size(); i++) {
            ids[i] = names.get(i).id();
            ranks[i] = i;
        }
        return new Ranks(ids, ranks);
    }

    private static final class Where {
        final List<String> conditions = new ArrayList<>();
        /** The conditions on the report and participant ({@code r}, {@code p}); the others are on the measure. */
        final List<String> reportConditions = new ArrayList<>();
        final MapSqlParameterSource params = new MapSqlParameterSource();
        boolean needsParticipant;
        boolean impossible;
        String sql;

        String reportSql() {
            return reportConditions.isEmpty() ? "true" : String.join(" and ", reportConditions);
        }

        String measureSql() {
            List<String> measure = conditions.stream().filter(c -> !reportConditions.contains(c)).toList();
            return measure.isEmpty() ? "true" : String.join(" and ", measure);
        }

        void report(String condition) {
            conditions.add(condition);
            reportConditions.add(condition);
        }
    }

    private Where where(Actor actor, MeasureCriteria c) {
        Where w = new Where();
        Set<ReportStatus> statuses = visibleStatuses(actor);
        if (c.status() != null) {
            statuses.retainAll(Set.of(c.status()));
        }
        if (statuses.isEmpty()) {
            w.impossible = true;
            return w;
        }
        if (statuses.size() < ReportStatus.values().length) {
            w.report("r.status in (:statuses)");
            w.params.addValue("statuses", statuses.stream().map(Enum::name).sorted().toList());
        }
        if (c.cycleId() != null) {
            w.report("r.cycle_id = :cycle");
            w.params.addValue("cycle", c.cycleId());
        }
        if (c.heading() != null) {
            w.conditions.add("m.heading = :heading");
            w.params.addValue("heading", c.heading().name());
        }
        if (c.typeCode() != null) {
            w.conditions.add("m.type_code = :type");
            w.params.addValue("type", c.typeCode());
        }
        if (c.region() != null) {
            w.report("p.region_en = :region");
            w.params.addValue("region", c.region());
            w.needsParticipant = true;
        }
        if (c.participantIso3() != null) {
            w.report("p.iso3 = :iso3");
            w.params.addValue("iso3", c.participantIso3());
            w.needsParticipant = true;
        }
        if (c.targetGroup() != null) {
            // @> rather than "= any(...)": the GIN index ix_measure_target_groups serves it.
            w.conditions.add("m.target_groups @> array[cast(:group as varchar)]");
            w.params.addValue("group", c.targetGroup().name());
        }
        if (c.form() != null) {
            w.conditions.add("m.forms @> array[cast(:form as varchar)]");
            w.params.addValue("form", c.form().name());
        }
        List<String> words = words(c.text());
        for (int i = 0; i < words.size(); i++) {
            String pattern = "%" + escapeLike(ascii(words.get(i))) + "%";
            w.params.addValue("a" + i, pattern);
            WordMatches matches = wordMatches(pattern);
            if (matches.words() == 0) {
                // no word of any measure contains it
                w.impossible = true;
                return w;
            }
            if (matches.words() > MAX_EXPANSION) {
                // One to one with search_text (see V6): exact, and served by the trigram index.
                w.conditions.add("m.search_ascii like :a" + i);
                continue;
            }
            w.conditions.add("m.search_hashes && cast(:h" + i + " as integer[])");
            w.params.addValue("h" + i, matches.hashes());
            if (matches.sharedHash()) {
                w.conditions.add("m.search_ascii like :a" + i);
            }
        }
        w.sql = w.conditions.isEmpty() ? "true" : String.join(" and ", w.conditions);
        return w;
    }

    /**
     * The vocabulary words containing a query word: how many (counted up to a little more than
     * {@link #MAX_EXPANSION}), their hashes, and whether one of those hashes also belongs to a word
     * that does not contain it (then a hash match alone would not prove a match).
     */
    record WordMatches(long words, Integer[] hashes, boolean sharedHash) {
    }

    WordMatches wordMatches(String pattern) {
        return jdbc.queryForObject("""
                select count(*) filter (where v.word_ascii like :p) as words,
                       array_agg(distinct v.hash) filter (where v.word_ascii like :p) as hashes,
                       coalesce(bool_or(not v.word_ascii like :p), false) as shared
                from measure_search_word v
                where v.hash in (select s.hash from measure_search_word s where s.word_ascii like :p limit :limit)""",
                new MapSqlParameterSource("p", pattern).addValue("limit", MAX_EXPANSION + 1), (rs, i) -> {
                    Array hashes = rs.getArray("hashes");
                    return new WordMatches(rs.getLong("words"), hashes == null ? new Integer[0] : (Integer[]) hashes.getArray(),
                            rs.getBoolean("shared"));
                });
    }

    /** The word as {@code measure.search_ascii} holds it (what translate() makes of it). */
    static String ascii(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = ARABIC.indexOf(c);
            out.append(at >= 0 ? ASCII.charAt(at) : c);
        }
        return out.toString();
    }

    /** The word as a LIKE pattern matching itself ({@code \} is PostgreSQL's default escape). */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static final RowMapper<MeasureRow> ROW = (rs, i) -> new MeasureRow(
            rs.getLong("id"), rs.getLong("report_id"), ReportStatus.valueOf(rs.getString("status")), rs.getInt("position"),
            rs.getLong("cycle_id"), rs.getString("cycle_title_ar"), rs.getString("cycle_title_en"), rs.getString("iso3"),
            rs.getString("name_ar"), rs.getString("name_en"), rs.getString("region_en"),
            MeasureHeading.valueOf(rs.getString("heading")), rs.getString("type_code"), rs.getString("type_name_ar"),
            rs.getString("type_name_en"), rs.getString("title"), rs.getString("description"),
            rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
            strings(rs.getArray("target_groups")), strings(rs.getArray("forms")),
            new Figures(integer(rs, "investigations"), integer(rs, "prosecutions"), integer(rs, "convictions"),
                    integer(rs, "victims_identified"), integer(rs, "victims_assisted"), integer(rs, "people_trained")),
            rs.getString("recommendation_ref"), rs.getString("resolution_ref"), rs.getObject("recommendation_id", Long.class));

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
