package org.tiptracker.workinggroup.persistence;

import static org.tiptracker.reference.ReferenceCsv.blankToNull;
import static org.tiptracker.reference.ReferenceCsv.date;
import static org.tiptracker.reference.ReferenceCsv.read;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.reference.ReferenceCsv;
import org.tiptracker.reference.ReferenceLoader;

/**
 * Loads the Working Group's meetings, questions and recommendations of
 * {@code db/reference/wg_*.csv}. Each row is loaded at most once, ever (its key is kept in
 * {@code reference_row} with the prefix {@code wg-}), so a restart changes nothing and what the
 * secretariat corrected or deleted stays as they left it.
 */
@Service
@Order(5)
public class WorkingGroupReferenceLoader implements ReferenceLoader<WorkingGroupReferenceLoader.LoadReport> {

    static final String REFERENCE_USER = "reference-data";

    private static final Logger log = LoggerFactory.getLogger(WorkingGroupReferenceLoader.class);

    private final JdbcTemplate jdbc;

    public WorkingGroupReferenceLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What one load added. */
    public record LoadReport(int meetings, int questions, int recommendations) {
        public int total() {
            return meetings + questions + recommendations;
        }
    }

    @Override
    @Transactional
    public synchronized LoadReport load() {
        ReferenceCsv rows = ReferenceCsv.begin(jdbc);
        int[] counts = new int[3];
        read("wg_meetings.csv", row -> {
            int number = Integer.parseInt(row.get("number"));
            String key = "wg-meeting:" + number;
            if (!rows.firstTime(key) || meetingId(number) != null) {
                return;
            }
            jdbc.update("""
                    insert into wg_meeting (number, year, start_date, end_date, venue_ar, venue_en, format, report_symbol,
                                            lead_in_ar, subject_ar, source, created_by, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    number, Integer.parseInt(row.get("year")), date(row.get("start_date")), date(row.get("end_date")),
                    blankToNull(row.get("venue_ar")), blankToNull(row.get("venue_en")), blankToNull(row.get("format")),
                    blankToNull(row.get("report_symbol")), blankToNull(row.get("lead_in_ar")),
                    blankToNull(row.get("subject_ar")), blankToNull(row.get("source")), REFERENCE_USER, REFERENCE_USER);
            counts[0]++;
        });
        read("wg_questions.csv", row -> {
            int number = Integer.parseInt(row.get("meeting"));
            int position = Integer.parseInt(row.get("position"));
            Long meeting = meetingId(number);
            if (meeting == null || !rows.firstTime("wg-question:" + number + ":" + position)) {
                return;
            }
            jdbc.update("insert into wg_question (meeting_id, position, text_ar) values (?, ?, ?) on conflict do nothing",
                    meeting, position, row.get("text_ar").strip());
            counts[1]++;
        });
        read("wg_recommendations.csv", row -> {
            int number = Integer.parseInt(row.get("meeting"));
            int position = Integer.parseInt(row.get("position"));
            if (!Abjad.letter(position).equals(row.get("letter").strip())) {
                throw new IllegalStateException("wg_recommendations.csv: letter " + row.get("letter")
                        + " does not match position " + position + " of meeting " + number);
            }
            Long meeting = meetingId(number);
            if (meeting == null) {
                return;
            }
            Integer year = jdbc.queryForObject("select year from wg_meeting where id = ?", Integer.class, meeting);
            if (!rows.firstTime("wg-recommendation:" + year + ":" + position)) {
                return;
            }
            String textAr = row.get("text_ar").strip();
            jdbc.update("""
                    insert into wg_recommendation (meeting_id, position, addressee, theme_code, text_ar, source,
                                                   search_text, created_by, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    meeting, position, row.get("addressee").strip(), row.get("theme").strip(), textAr,
                    blankToNull(row.get("source")), ArabicSearch.normalize(textAr + " "), REFERENCE_USER, REFERENCE_USER);
            counts[2]++;
        });
        rows.finish();
        LoadReport report = new LoadReport(counts[0], counts[1], counts[2]);
        if (report.total() > 0) {
            log.info("Working Group reference data loaded: {}", report);
        }
        return report;
    }

    private Long meetingId(int number) {
        List<Long> ids = jdbc.queryForList("select id from wg_meeting where number = ?", Long.class, number);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
