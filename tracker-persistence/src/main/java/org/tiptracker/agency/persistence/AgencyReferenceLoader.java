package org.tiptracker.agency.persistence;

import static org.tiptracker.reference.ReferenceCsv.blankToNull;
import static org.tiptracker.reference.ReferenceCsv.date;
import static org.tiptracker.reference.ReferenceCsv.integer;
import static org.tiptracker.reference.ReferenceCsv.read;

import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.reference.ReferenceCsv;
import org.tiptracker.reference.ReferenceLoader;

/**
 * Loads the agencies, ICAT's members, Working Group, chairs and papers, and the agency activities
 * that the Secretary-General's report of 2016 describes ({@code db/reference/agencies.csv},
 * {@code icat_*.csv}, {@code agency_activities.csv}). Each row is loaded at most once, ever (its
 * key is kept in {@code reference_row}), so corrections made in the application survive a restart.
 */
@Service
@Order(5) // after the participants
public class AgencyReferenceLoader implements ReferenceLoader<AgencyReferenceLoader.LoadReport> {

    static final String REFERENCE_USER = "reference-data";
    private static final Logger log = LoggerFactory.getLogger(AgencyReferenceLoader.class);

    private final JdbcTemplate jdbc;

    public AgencyReferenceLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What one load added, by file. */
    public record LoadReport(int agencies, int members, int workingGroup, int chairs, int papers, int activities) {
        public int total() {
            return agencies + members + workingGroup + chairs + papers + activities;
        }
    }

    @Override
    @Transactional
    public synchronized LoadReport load() {
        ReferenceCsv rows = ReferenceCsv.begin(jdbc);
        int[] n = new int[6];
        read("agencies.csv", row -> {
            String acronym = row.get("acronym");
            if (rows.firstTime("agency:" + acronym) && agencyId(acronym) == null) {
                jdbc.update("insert into agency (acronym, acronym_ar, name_ar, name_en, kind, sort_order) values (?, ?, ?, ?, ?, ?)",
                        acronym, blankToNull(row.get("acronym_ar")), row.get("name_ar"), row.get("name_en"), row.get("kind"),
                        Integer.parseInt(row.get("sort_order")));
                n[0]++;
            }
        });
        read("icat_membership.csv", row -> {
            Long agency = agencyId(row.get("agency"));
            if (agency != null && rows.firstTime("icat-member:" + row.get("agency") + ":" + row.get("member_from"))) {
                jdbc.update("insert into icat_membership (agency_id, role, member_from, member_until, source) values (?, ?, ?, ?, ?)",
                        agency, row.get("role"), date(row.get("member_from")), date(row.get("member_until")), row.get("source"));
                n[1]++;
            }
        });
        read("icat_working_group.csv", row -> {
            Long agency = agencyId(row.get("agency"));
            if (agency != null && rows.firstTime("icat-wg:" + row.get("agency") + ":" + row.get("member_from"))) {
                jdbc.update("insert into icat_working_group (agency_id, member_from, member_until, source) values (?, ?, ?, ?)",
                        agency, date(row.get("member_from")), date(row.get("member_until")), row.get("source"));
                n[2]++;
            }
        });
        read("icat_chairs.csv", row -> {
            Long agency = agencyId(row.get("agency"));
            int year = Integer.parseInt(row.get("year"));
            if (agency != null && rows.firstTime("icat-chair:" + year)) {
                n[3] += jdbc.update("insert into icat_chair (chair_year, agency_id, source) values (?, ?, ?) on conflict do nothing",
                        year, agency, row.get("source"));
            }
        });
        read("icat_papers.csv", row -> {
            if (rows.firstTime("icat-paper:" + row.get("key"))) {
                jdbc.update("insert into icat_paper (title_ar, title_en, paper_year, status, source) values (?, ?, ?, ?, ?)",
                        row.get("title_ar"), row.get("title_en"), Integer.parseInt(row.get("year")), row.get("status"),
                        row.get("source"));
                n[4]++;
            }
        });
        Map<String, String> arabicTitles = new HashMap<>();
        read("agency_activities.csv", row -> {
            arabicTitles.put(row.get("key"), row.get("title"));
            Long agency = agencyId(row.get("agency"));
            if (agency == null) {
                log.warn("Reference activity {} of unknown agency {} skipped", row.get("key"), row.get("agency"));
                return;
            }
            if (!rows.firstTime("activity:" + row.get("key"))) {
                return;
            }
            Long id = jdbc.queryForObject("insert into agency_activity (agency_id, kind, heading, title, description,"
                    + " start_date, end_date, date_precision, people_trained, victims_assisted, suspects_arrested, countries_reached,"
                    + " source_paragraph, search_text, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " returning id", Long.class, agency, row.get("kind"), blankToNull(row.get("heading")), row.get("title"),
                    row.get("description"), date(row.get("start_date")), date(row.get("end_date")),
                    row.get("date_precision").isBlank() ? "DAY" : row.get("date_precision").strip(),
                    integer(row.get("people_trained")), integer(row.get("victims_assisted")),
                    integer(row.get("suspects_arrested")), integer(row.get("countries_reached")),
                    blankToNull(row.get("source_paragraph")),
                    ActivityService.searchText(row.get("title"), row.get("description")), REFERENCE_USER, REFERENCE_USER);
            for (String iso3 : list(row.get("countries"))) {
                int inserted = jdbc.update("insert into agency_activity_country (activity_id, participant_id)"
                        + " select ?, id from participant where iso3 = ?", id, iso3);
                if (inserted == 0) {
                    log.warn("Reference activity {}: unknown country {}", row.get("key"), iso3);
                }
            }
            for (String region : list(row.get("regions"))) {
                jdbc.update("insert into agency_activity_region (activity_id, region) values (?, ?)", id, region);
            }
            for (String partner : list(row.get("partners"))) {
                Long partnerId = agencyId(partner);
                if (partnerId != null) {
                    jdbc.update("insert into agency_activity_partner (activity_id, agency_id) values (?, ?)", id, partnerId);
                }
            }
            n[5]++;
        });
        // Official English titles and descriptions, where known: each row applied once, to the
        // activity loaded from the same key (found by its Arabic title), unless someone already gave
        // it an English title. A row added to the file later reaches an existing database too (its
        // key is new there).
        read("agency_activities_en.csv", row -> {
            String arabic = arabicTitles.get(row.get("key"));
            if (arabic != null && rows.firstTime("activity-en:" + row.get("key"))) {
                jdbc.update("update agency_activity set title_en = ?, description_en = coalesce(description_en, ?)"
                        + " where id = (select min(id) from agency_activity where title = ? and title_en is null)",
                        row.get("title_en").strip(), blankToNull(row.get("description_en")), arabic);
            }
        });
        rows.finish();
        LoadReport report = new LoadReport(n[0], n[1], n[2], n[3], n[4], n[5]);
        if (report.total() > 0) {
            log.info("Agency reference data loaded: {}", report);
        }
        return report;
    }

    private Long agencyId(String acronym) {
        return jdbc.query("select id from agency where acronym = ?", (rs, i) -> rs.getLong(1), acronym)
                .stream().findFirst().orElse(null);
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.of(value.strip().split("\\s*;\\s*"));
    }
}
