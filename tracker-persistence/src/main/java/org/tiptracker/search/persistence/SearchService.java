package org.tiptracker.search.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.search.SearchAudience;
import org.tiptracker.search.SearchKind;
import org.tiptracker.search.SearchTerms;

/**
 * One search over the index that the database's triggers keep (V16): full-text matching in Arabic
 * and English, exact keys (symbols, numbers in either order, ISO codes, full names) and, for
 * participants, near misses on any of their names (trigrams). Hits come per kind, best first:
 * exact keys, then the full-text rank (titles weigh more than texts), then the most recent. Each
 * kind's matches are counted up to {@link #COUNT_LIMIT}; ranking looks at those only, so that a
 * word found in every measure costs no more than one found in a thousand.
 */
@Service
public class SearchService {

    /** Hits per page when one kind is searched. */
    public static final int PAGE_SIZE = 20;
    /** Hits per kind on the page of all kinds. */
    public static final int GROUP_SIZE = 5;
    /** Matches counted and ranked per kind. */
    public static final int COUNT_LIMIT = 1000;
    /** Words of the passage the database cuts around a match (the page shows fewer). */
    private static final String HEADLINE = "'StartSel=\"\",StopSel=\"\",MaxWords=40,MinWords=20,MaxFragments=1,"
            + "FragmentDelimiter=\" \"'";

    private final JdbcTemplate jdbc;

    public SearchService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hits of {@code query} that {@code audience} may see. With a {@code kind}, the page
     * {@code page} of that kind; without, the first {@link #GROUP_SIZE} of every kind (page ignored).
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, SearchKind kind, Integer year, int page, SearchAudience audience) {
        return search(query, kind, year, page, audience, true);
    }

    /**
     * As {@link #search(String, SearchKind, Integer, int, SearchAudience)}; with {@code grouped}
     * false and no kind, the page {@code page} of all kinds ranked together.
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, SearchKind kind, Integer year, int page, SearchAudience audience,
                                boolean grouped) {
        boolean perKind = kind == null && grouped;
        SearchTerms terms = SearchTerms.of(query);
        int safePage = Math.max(0, Math.min(page, COUNT_LIMIT / PAGE_SIZE));
        Map<SearchKind, Integer> counts = new EnumMap<>(SearchKind.class);
        List<SearchKind> kinds = new ArrayList<>();
        for (SearchKind k : SearchKind.values()) {
            if ((kind == null || kind == k) && audience.sees(k)) {
                kinds.add(k);
            }
        }
        if (terms.isBlank() || kinds.isEmpty()) {
            return new SearchResults(terms.text(), kind, year, safePage, counts, 0, List.of());
        }
        jdbc.execute("set local pg_trgm.word_similarity_threshold = 0.5");
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("with q as (select websearch_to_tsquery('arabic', search_fold(?))"
                + " || websearch_to_tsquery('english', ?) as tsq, websearch_to_tsquery('arabic', search_fold(?)) as tsq_ar,"
                + " websearch_to_tsquery('english', ?) as tsq_en, ?::text[] || array[search_fold(?)] as keys,"
                + " search_ascii(?) as ascii), c as (");
        for (int i = 0; i < 6; i++) {
            args.add(terms.text());
        }
        args.set(4, terms.keys().toArray(String[]::new));
        args.add(terms.text());
        for (int i = 0; i < kinds.size(); i++) {
            SearchKind k = kinds.get(i);
            sql.append(i == 0 ? "" : " union all ")
                    .append("(select e.id, e.kind, e.ref_id, e.ref_key, e.parent_id, e.title_ar, e.title_en, e.body_ar,"
                            + " e.body_en, e.entry_date, e.keys && q.keys as exact, ts_rank(e.tsv, q.tsq)")
                    .append(k == SearchKind.PARTICIPANT ? " + coalesce(word_similarity(q.ascii, e.names_ascii), 0)" : "")
                    .append(" as rank from search_entry e, q where e.kind = ? and (e.tsv @@ q.tsq or e.keys && q.keys");
            args.add(k.code());
            if (k == SearchKind.PARTICIPANT) {
                sql.append(" or (e.names is not null and e.names_ascii %> q.ascii)");
            }
            sql.append(")");
            if (year != null) {
                sql.append(" and e.year = ?");
                args.add(year);
            }
            if (k == SearchKind.MEASURE && !audience.staff()) {
                sql.append(" and e.participant_id = ?");
                args.add(audience.ownParticipant());
            }
            sql.append(" limit ").append(COUNT_LIMIT).append(")");
        }
        sql.append("), r as (select c.*, count(*) over (partition by c.kind) as kind_count, row_number() over ("
                + (perKind ? "partition by c.kind " : "") + "order by c.exact desc, c.rank desc, c.entry_date desc nulls last, c.id) as rn from c)"
                + " select r.*, case when r.body_ar is null then null else ts_headline('arabic', r.body_ar, q.tsq_ar, ")
                .append(HEADLINE).append(") end as passage_ar, case when r.body_en is null then null else")
                .append(" ts_headline('english', r.body_en, q.tsq_en, ").append(HEADLINE).append(") end as passage_en")
                .append(" from r, q where r.rn between ? and ? order by r.rn");
        int first = perKind ? 1 : safePage * PAGE_SIZE + 1;
        int last = perKind ? GROUP_SIZE : first + PAGE_SIZE - 1;
        args.add(first);
        args.add(last);
        List<SearchHit> hits = new ArrayList<>();
        jdbc.query(sql.toString(), rs -> {
            SearchKind k = SearchKind.fromCode(rs.getString("kind")).orElseThrow();
            counts.put(k, rs.getInt("kind_count"));
            hits.add(hit(k, rs));
        }, args.toArray());
        if (!perKind && (kind == null || hits.isEmpty())) {
            counts.clear();
            counts.putAll(countsOf(sql, args));
        }
        if (perKind) {
            hits.sort((a, b) -> a.kind().compareTo(b.kind()));
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new SearchResults(terms.text(), kind, year, safePage, counts, total, hits);
    }

    /** The count of each kind, when the page's rows do not tell it (one ranking across kinds, or one kind's page). */
    private Map<SearchKind, Integer> countsOf(StringBuilder sql, List<Object> args) {
        Map<SearchKind, Integer> out = new EnumMap<>(SearchKind.class);
        String cte = sql.substring(0, sql.indexOf("), r as (")) + ")";
        List<Object> cteArgs = args.subList(0, args.size() - 2);
        jdbc.query(cte + " select kind, count(*) as n from c group by kind",
                rs -> {
                    int n = rs.getInt("n");
                    SearchKind.fromCode(rs.getString("kind")).ifPresent(k -> out.put(k, n));
                },
                cteArgs.toArray());
        return out;
    }

    private static SearchHit hit(SearchKind kind, ResultSet rs) throws SQLException {
        java.sql.Date date = rs.getDate("entry_date");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new SearchHit(kind, rs.getLong("ref_id"), rs.getString("ref_key"), parentId,
                rs.getString("title_ar"), rs.getString("title_en"), rs.getString("passage_ar"),
                rs.getString("passage_en"), date == null ? null : date.toLocalDate(), rs.getBoolean("exact"));
    }
}
