package org.tiptracker.trustfund.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.reference.ReferenceCsv;
import org.tiptracker.reference.ReferenceLoader;
import org.tiptracker.trustfund.Gender;

/**
 * Loads the Trust Fund's reference rows from seed 001 (para. 79 and 82): the calls for proposals
 * of 2011 and 2014 and the Board of Trustees. Each row once (its key kept in {@code reference_row}),
 * so that what the secretariat edits or removes later stays as they left it.
 */
@Service
@Order(5) // after the participants
class TrustFundReferenceLoader implements ReferenceLoader<Integer> {

    private static final Logger log = LoggerFactory.getLogger(TrustFundReferenceLoader.class);

    private final JdbcTemplate jdbc;

    TrustFundReferenceLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Integer load() {
        Set<String> loaded = new HashSet<>(jdbc.queryForList(
                "select row_key from reference_row where row_key like 'trustfund-%'", String.class));
        int count = 0;
        for (List<String> row : csv("trust_fund_calls.csv")) {
            String key = "trustfund-call:" + row.get(0);
            if (loaded.add(key)) {
                jdbc.update("insert into fund_call (year, title_ar, title_en) values (?, ?, ?)",
                        Integer.parseInt(row.get(0)), row.get(1), row.get(2));
                jdbc.update("insert into reference_row (row_key) values (?) on conflict do nothing", key);
                count++;
            }
        }
        for (List<String> row : csv("trust_fund_board.csv")) {
            String key = "trustfund-trustee:" + row.get(0);
            if (loaded.add(key)) {
                Long participant = jdbc.queryForList("select id from participant where iso3 = ?", Long.class, row.get(0))
                        .stream().findFirst().orElse(null);
                String gender = row.size() > 5 && !row.get(5).isBlank() ? Gender.valueOf(row.get(5).strip()).name() : null;
                jdbc.update("insert into fund_trustee (name_ar, name_en, participant_id, chair, term_end, gender)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        row.get(1), row.get(2).isBlank() ? null : row.get(2), participant,
                        Boolean.parseBoolean(row.get(3)), java.sql.Date.valueOf(row.get(4)), gender);
                jdbc.update("insert into reference_row (row_key) values (?) on conflict do nothing", key);
                count++;
            }
        }
        if (count > 0) {
            log.info("Trust Fund reference rows loaded: {}", count);
        }
        return count;
    }

    /** The records of {@code db/reference/<file>}, without its header, each as its cells. */
    static List<List<String>> csv(String file) {
        List<List<String>> rows = new ArrayList<>();
        ReferenceCsv.read(file, record -> rows.add(record.toList()));
        return rows;
    }
}
