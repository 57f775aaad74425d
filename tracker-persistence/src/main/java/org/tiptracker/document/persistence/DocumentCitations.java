package org.tiptracker.document.persistence;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What in the tracker cites a document by its symbol: the reporting cycles whose mandate it is,
 * the agency activities it is the source of, and how many measures of submitted or accepted
 * reports refer to it (a count only: the measures themselves follow the reporting rules).
 */
@Service
public class DocumentCitations {

    /** A record that cites the document, with its page's path. */
    public record Citing(String path, String titleAr, String titleEn) {
    }

    public record Found(List<Citing> cycles, List<Citing> activities, long measures) {

        public boolean isEmpty() {
            return cycles.isEmpty() && activities.isEmpty() && measures == 0;
        }
    }

    private final JdbcTemplate jdbc;

    public DocumentCitations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Found of(DocumentViews.Document document) {
        String symbol = document.symbol();
        if (symbol == null) {
            return new Found(List.of(), List.of(), 0);
        }
        // The symbol as a whole: A/RES/70/17 must not find A/RES/70/179.
        String pattern = "(^|[^A-Z0-9/.])" + regexLiteral(symbol.toUpperCase(java.util.Locale.ROOT)) + "($|[^A-Z0-9/.])";
        List<Citing> cycles = jdbc.query("select id, title_ar, title_en from reporting_cycle"
                        + " where upper(resolution) ~ ? order by period_start desc, id",
                (rs, i) -> new Citing("/cycles/" + rs.getLong(1), rs.getString(2), rs.getString(3)), pattern);
        List<Citing> activities = jdbc.query("select id, title from agency_activity where upper(source_symbol) = ?"
                        + " order by start_date desc nulls last, id",
                (rs, i) -> new Citing("/activities/" + rs.getLong(1), rs.getString(2), rs.getString(2)),
                symbol.toUpperCase(java.util.Locale.ROOT));
        Long measures = jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " where m.resolution_ref is not null and upper(m.resolution_ref) like ? escape '\\'"
                + " and upper(m.resolution_ref) ~ ? and r.status in ('SUBMITTED', 'ACCEPTED')",
                Long.class, "%" + DocumentSearchImpl.likeLiteral(symbol.toUpperCase(java.util.Locale.ROOT)) + "%", pattern);
        return new Found(cycles, activities, measures == null ? 0 : measures);
    }

    private static String regexLiteral(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
