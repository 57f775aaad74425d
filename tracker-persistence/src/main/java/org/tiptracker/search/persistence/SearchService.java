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
        return search(query, kind, year, page, audience, true, false);
    }

    /**
     * As {@link #search(String, SearchKind, Integer, int, SearchAudience)}; with {@code grouped}
     * false and no kind, the page {@code page} of all kinds ranked together. The hits' passages are
     * cut from their English text when {@code english} (their Arabic text when they have no English),
     * from their Arabic text otherwise (their English when they have no Arabic).
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, SearchKind kind, Integer year, int page, SearchAudience audience,
                                boolean grouped, boolean english) {
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
        jdbc.execute("set local pg_trgm.word_similarity_threshold = 0.65");
        // A generic plan cannot know how common the query's words are: plan each query for its own.
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
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
                    .append("(select e.kind, e.ref_id, e.ref_key, e.parent_id, e.title_ar, e.title_en,"
                            + " e.entry_date, e.keys && q.keys as exact, ts_rank(e.tsv, q.tsq)")
                    .append(k == SearchKind.PARTICIPANT ? " + coalesce(word_similarity(q.ascii, e.names_ascii), 0)" : "")
                    .append(" as rank from search_entry_").append(k.code())
                    // The query is written out here rather than read from q: the planner then sees
                    // how common its words are (q is opaque to it) and scans the table in order when
                    // a word is in most rows instead of reading the whole posting list.
                    .append(" e, q where (e.tsv @@ (websearch_to_tsquery('arabic', search_fold(?))")
                    .append(" || websearch_to_tsquery('english', ?)) or e.keys && (?::text[] || array[search_fold(?)])");
            args.add(terms.text());
            args.add(terms.text());
            args.add(terms.keys().toArray(String[]::new));
            args.add(terms.text());
            if (k == SearchKind.PARTICIPANT) {
                sql.append(" or (e.names is not null and e.names_ascii %> search_ascii(?))");
                args.add(terms.text());
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
        sql.append("), r as (select c.*, row_number() over ("
                + (perKind ? "partition by c.kind " : "") + "order by c.exact desc, c.rank desc, c.entry_date desc nulls last, c.ref_id) as rn from c)"
                // Only the page's hits read their texts, and only in the reader's language (the other
                // when a record has none in it): a report draft's text is long.
                + " select r.*, case when s.body_ar is null or (? and s.body_en is not null) then null"
                + " else ts_headline('arabic', s.body_ar, q.tsq_ar, ")
                .append(HEADLINE).append(") end as passage_ar, case when s.body_en is null or (not ? and s.body_ar is not null)")
                .append(" then null else ts_headline('english', s.body_en, q.tsq_en, ").append(HEADLINE).append(") end as passage_en,")
                .append(" (select string_agg(n.kind || ':' || n.count, ',') from (select kind, count(*) from c group by kind) n)")
                .append(" as all_counts")
                .append(" from r join search_entry s on s.kind = r.kind and s.ref_id = r.ref_id, q")
                .append(" where r.rn between ? and ? order by r.rn");
        args.add(english);
        args.add(english);
        int first = perKind ? 1 : safePage * PAGE_SIZE + 1;
        int last = perKind ? GROUP_SIZE : first + PAGE_SIZE - 1;
        args.add(first);
        args.add(last);
        List<SearchHit> hits = new ArrayList<>();
        jdbc.query(sql.toString(), rs -> {
            SearchKind k = SearchKind.fromCode(rs.getString("kind")).orElseThrow();
            if (counts.isEmpty()) {
                counts.putAll(counts(rs.getString("all_counts")));
            }
            hits.add(hit(k, rs));
        }, args.toArray());
        if (hits.isEmpty() && !perKind) {
            counts.putAll(countsOf(sql, args));
        }
        if (perKind) {
            hits.sort((a, b) -> a.kind().compareTo(b.kind()));
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new SearchResults(terms.text(), kind, year, safePage, counts, total, hits);
    }

    /** {@code participant:3,measure:1000} as a map. */
    private static Map<SearchKind, Integer> counts(String text) {
        Map<SearchKind, Integer> out = new EnumMap<>(SearchKind.class);
        if (text != null) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split(":");
                SearchKind.fromCode(kv[0]).ifPresent(k -> out.put(k, Integer.parseInt(kv[1])));
            }
        }
        return out;
    }

    /** The count of each kind when the page holds no row to tell it (a page past the last). */
    private Map<SearchKind, Integer> countsOf(StringBuilder sql, List<Object> args) {
        Map<SearchKind, Integer> out = new EnumMap<>(SearchKind.class);
        String cte = sql.substring(0, sql.indexOf("), r as (")) + ")";
        List<Object> cteArgs = args.subList(0, args.size() - 4);
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
