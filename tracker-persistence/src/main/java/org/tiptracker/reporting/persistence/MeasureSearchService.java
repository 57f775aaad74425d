package org.tiptracker.reporting.persistence;

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
 * normalized title and description), asked of {@code measure.search_ascii}: the same text with
 * Arabic letters mapped one to one to capital letters (migration V6), which its trigram index serves.
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
                   m.victims_identified, m.victims_assisted, m.people_trained, m.recommendation_ref, m.resolution_ref
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
        Where where = where(actor, criteria);
        if (where.impossible) {
            return new MeasurePage(List.of(), 1, PAGE_SIZE, 0, false, Long.MAX_VALUE);
        }
        customPlans();
        int current = Math.max(1, page);
        long[] total = {0};
        List<MeasureRow> rows = page(where, locale, current, total);
        if (rows.isEmpty() && current > 1) {
            long counted = count(where, Integer.MAX_VALUE - 1);
            current = (int) Math.max(1, (counted + PAGE_SIZE - 1) / PAGE_SIZE);
            rows = counted == 0 ? List.of() : page(where, locale, current, total);
        }
        return new MeasurePage(rows, current, PAGE_SIZE, total[0], false, Long.MAX_VALUE);
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

    private List<MeasureRow> page(Where where, Locale locale, int page, long[] total) {
        String sql = ordered(where, locale, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE);
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
        streaming.query(ordered(where, locale, Math.max(0, limit), 0), where.params, (RowCallbackHandler) rs -> {
            sink.accept(ROW.mapRow(rs, (int) count[0]));
            count[0]++;
        });
        return count[0];
    }

    /** The number of matching measures, counted up to {@code cap} + 1. */
    @Transactional(readOnly = true)
    public long count(Actor actor, MeasureCriteria criteria, int cap) {
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
     * description), then only the rows of the page are read in full.
     */
    private String ordered(Where where, Locale locale, long limit, long offset) {
        Ranks ranks = ranks(locale);
        where.params.addValue("rankIds", ranks.ids).addValue("ranks", ranks.ranks);
        return "with hits as materialized (select m.id, m.position, r.cycle_id, r.participant_id from measure m"
                + " join measure_report r on r.id = m.report_id"
                + (where.needsParticipant ? " join participant p on p.id = r.participant_id" : "")
                + " where " + where.sql + "),\n"
                + """
                ordered as (
                    select h.id, row_number() over (order by c.period_end desc, c.id desc, o.rnk, h.position, h.id) as ord,
                           count(*) over () as total_count
                    from hits h
                    join reporting_cycle c on c.id = h.cycle_id
                    join unnest(cast(:rankIds as bigint[]), cast(:ranks as integer[])) as o(pid, rnk) on o.pid = h.participant_id
                    order by ord
                """ + " limit " + limit + " offset " + offset + ")\n" + COLUMNS + """
                , ordered.total_count
                from ordered
                join measure m on m.id = ordered.id
                join measure_report r on r.id = m.report_id
                join reporting_cycle c on c.id = r.cycle_id
                join participant p on p.id = r.participant_id
                join measure_type t on t.code = m.type_code
                order by ordered.ord""";
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
        final MapSqlParameterSource params = new MapSqlParameterSource();
        boolean needsParticipant;
        boolean impossible;
        String sql;
    }

    private static Where where(Actor actor, MeasureCriteria c) {
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
            w.conditions.add("r.status in (:statuses)");
            w.params.addValue("statuses", statuses.stream().map(Enum::name).sorted().toList());
        }
        if (c.cycleId() != null) {
            w.conditions.add("r.cycle_id = :cycle");
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
            w.conditions.add("p.region_en = :region");
            w.params.addValue("region", c.region());
            w.needsParticipant = true;
        }
        if (c.participantIso3() != null) {
            w.conditions.add("p.iso3 = :iso3");
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
            // One to one with search_text (see V6): exact, and served by the trigram index.
            w.conditions.add("m.search_ascii like :a" + i);
            w.params.addValue("a" + i, "%" + escapeLike(ascii(words.get(i))) + "%");
        }
        w.sql = w.conditions.isEmpty() ? "true" : String.join(" and ", w.conditions);
        return w;
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
            rs.getString("recommendation_ref"), rs.getString("resolution_ref"));

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
