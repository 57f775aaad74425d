package org.tiptracker.agency.persistence;

import static org.tiptracker.common.ResultSets.date;
import static org.tiptracker.common.ResultSets.integer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.reporting.MeasureHeading;

/**
 * Finds agency activities by agency, year, country, region, heading, kind and text. The text is
 * matched word by word against the normalized title and description (hamza forms, the article,
 * ة/ه, ى/ي and diacritics do not matter); the table holds at most thousands of rows.
 */
@Service
public class ActivitySearchService {

    public static final int PAGE_SIZE = 25;
    public static final int EXPORT_CAP = 20_000;
    public static final int MAX_WORDS = 8;

    private static final String ORDER = " order by a.start_date desc nulls last, a.id desc";

    private final JdbcTemplate jdbc;

    public ActivitySearchService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ActivityPage search(ActivityCriteria criteria, int page) {
        List<Object> args = new ArrayList<>();
        String where = where(criteria, args);
        Long total = jdbc.queryForObject("select count(*) from agency_activity a join agency g on g.id = a.agency_id" + where,
                Long.class, args.toArray());
        long count = total == null ? 0 : total;
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(PAGE_SIZE);
        pageArgs.add((current - 1) * PAGE_SIZE);
        List<ActivityRow> rows = rows(where + ORDER + " limit ? offset ?", pageArgs);
        return new ActivityPage(rows, current, PAGE_SIZE, count);
    }

    /** Every matching row, in the browser's order, up to {@link #EXPORT_CAP}. */
    @Transactional(readOnly = true)
    public List<ActivityRow> export(ActivityCriteria criteria) {
        List<Object> args = new ArrayList<>();
        String where = where(criteria, args);
        args.add(EXPORT_CAP);
        return rows(where + ORDER + " limit ?", args);
    }

    /** The number of activities of each agency (by acronym), including agencies with none. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByAgency() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select g.acronym, count(a.id) from agency g left join agency_activity a on a.agency_id = g.id"
                + " group by g.acronym, g.sort_order order by g.sort_order, g.acronym",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The years in which some activity was under way, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.queryForList("select distinct y from agency_activity a, generate_series(extract(year from a.start_date)::int,"
                + " extract(year from coalesce(a.end_date, a.start_date))::int) y where a.start_date is not null order by y desc",
                Integer.class);
    }

    /** The countries named by some activity: ISO3, Arabic and English names. */
    @Transactional(readOnly = true)
    public List<ActivityRow.Country> countries() {
        return jdbc.query("select distinct p.iso3, p.name_ar, p.name_en from agency_activity_country c"
                + " join participant p on p.id = c.participant_id order by p.name_en",
                (rs, i) -> new ActivityRow.Country(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The words of a query as the database holds them (normalized), at most {@link #MAX_WORDS}. */
    public static List<String> words(String q) {
        String normalized = ArabicSearch.normalize(q);
        if (normalized.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : normalized.split(" ")) {
            if (!words.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    private static String where(ActivityCriteria c, List<Object> args) {
        StringBuilder sql = new StringBuilder(" where true");
        if (c.agency() != null) {
            sql.append(" and lower(g.acronym) = lower(?)");
            args.add(c.agency());
        }
        if (c.year() != null) {
            sql.append(" and a.start_date is not null and a.start_date <= ? and coalesce(a.end_date, a.start_date) >= ?");
            args.add(Date.valueOf(LocalDate.of(c.year(), 12, 31)));
            args.add(Date.valueOf(LocalDate.of(c.year(), 1, 1)));
        }
        if (c.country() != null) {
            sql.append(" and exists (select 1 from agency_activity_country ac join participant p on p.id = ac.participant_id"
                    + " where ac.activity_id = a.id and p.iso3 = ?)");
            args.add(c.country());
        }
        if (c.region() != null) {
            sql.append(" and exists (select 1 from agency_activity_region ar where ar.activity_id = a.id and ar.region = ?)");
            args.add(c.region().name());
        }
        if (c.heading() != null) {
            sql.append(" and a.heading = ?");
            args.add(c.heading().name());
        }
        if (c.kind() != null) {
            sql.append(" and a.kind = ?");
            args.add(c.kind().name());
        }
        for (String word : words(c.q())) {
            sql.append(" and a.search_text like ? escape '\\'");
            args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    private List<ActivityRow> rows(String tail, List<Object> args) {
        List<ActivityRow> base = jdbc.query("select a.id, g.acronym, g.name_ar, g.name_en, a.kind, a.heading, a.title, a.title_en,"
                + " a.description, a.description_en, a.start_date, a.end_date, a.date_precision, a.people_trained, a.victims_assisted, a.suspects_arrested,"
                + " a.countries_reached, a.source_symbol, a.source_paragraph, a.demo"
                + " from agency_activity a join agency g on g.id = a.agency_id" + tail,
                (rs, i) -> row(rs), args.toArray());
        if (base.isEmpty()) {
            return base;
        }
        Long[] ids = base.stream().map(ActivityRow::id).toArray(Long[]::new);
        Map<Long, List<ActivityRow.Country>> countries = new LinkedHashMap<>();
        Map<Long, List<ActivityRegion>> regions = new LinkedHashMap<>();
        Map<Long, List<String>> partners = new LinkedHashMap<>();
        jdbc.query("select c.activity_id, p.iso3, p.name_ar, p.name_en from agency_activity_country c"
                + " join participant p on p.id = c.participant_id where c.activity_id = any(?) order by p.name_en",
                rs -> {
                    countries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ActivityRow.Country(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, (Object) ids);
        jdbc.query("select activity_id, region from agency_activity_region where activity_id = any(?)",
                rs -> {
                    regions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(ActivityRegion.valueOf(rs.getString(2)));
                }, (Object) ids);
        jdbc.query("select p.activity_id, g.acronym from agency_activity_partner p join agency g on g.id = p.agency_id"
                + " where p.activity_id = any(?) order by g.sort_order, g.acronym",
                rs -> {
                    partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, (Object) ids);
        return base.stream().map(r -> new ActivityRow(r.id(), r.agency(), r.agencyNameAr(), r.agencyNameEn(), r.kind(),
                r.heading(), r.title(), r.titleEn(), r.description(), r.descriptionEn(), r.startDate(), r.endDate(), r.datePrecision(), r.figures(), r.sourceSymbol(),
                r.sourceParagraph(), r.demo(), countries.getOrDefault(r.id(), List.of()),
                regions.getOrDefault(r.id(), List.of()).stream().sorted().toList(),
                partners.getOrDefault(r.id(), List.of()))).toList();
    }

    private static ActivityRow row(ResultSet rs) throws SQLException {
        String heading = rs.getString("heading");
        return new ActivityRow(rs.getLong("id"), rs.getString("acronym"), rs.getString("name_ar"), rs.getString("name_en"),
                ActivityKind.valueOf(rs.getString("kind")), heading == null ? null : MeasureHeading.valueOf(heading),
                rs.getString("title"), rs.getString("title_en"), rs.getString("description"), rs.getString("description_en"), date(rs, "start_date"), date(rs, "end_date"),
                DatePrecision.valueOf(rs.getString("date_precision")),
                new ActivityFigures(integer(rs, "people_trained"), integer(rs, "victims_assisted"),
                        integer(rs, "suspects_arrested"), integer(rs, "countries_reached")),
                rs.getString("source_symbol"), rs.getString("source_paragraph"), rs.getBoolean("demo"),
                List.of(), List.of(), List.of());
    }
}
