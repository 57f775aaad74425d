package org.tiptracker.awareness.persistence;

import static org.tiptracker.reference.ReferenceCsv.read;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tiptracker.reference.CsvReferenceLoader;
import org.tiptracker.reference.ReferenceCsv;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * Loads the Blue Heart countries the documents name and the counts they report
 * ({@code db/reference/blue_heart_*.csv}), each row once ever (keys {@code awareness:blue-heart…}
 * in {@code reference_row}).
 */
@Service
@Order(7) // after the participants
public class BlueHeartReferenceLoader extends CsvReferenceLoader {

    private final BlueHeartAdoptionRepository adoptions;
    private final BlueHeartReportedCountRepository reported;
    private final ParticipantRepository participants;

    public BlueHeartReferenceLoader(BlueHeartAdoptionRepository adoptions, BlueHeartReportedCountRepository reported,
                                    ParticipantRepository participants, JdbcTemplate jdbc) {
        super(jdbc, "Blue Heart reference data");
        this.adoptions = adoptions;
        this.reported = reported;
        this.participants = participants;
    }

    @Override
    protected void loadRows(ReferenceCsv rows) {
        read("blue_heart_adoptions.csv", row -> {
            String iso3 = row.get("iso3");
            if (!rows.firstTime("awareness:blue-heart:" + iso3)) {
                return;
            }
            participants.findByIso3(iso3).ifPresentOrElse(participant -> {
                if (adoptions.findByParticipantId(participant.getId()).isPresent()) {
                    return;
                }
                BlueHeartAdoptionEntity adoption = new BlueHeartAdoptionEntity(participant, false);
                String year = row.get("adopted_year");
                String knownBy = row.get("known_by");
                adoption.apply(participant, year.isBlank() ? null : Integer.valueOf(year),
                        knownBy.isBlank() ? null : LocalDate.parse(knownBy), row.get("source"));
                adoptions.save(adoption);
                rows.added();
            }, () -> log.warn("Blue Heart reference row for unknown participant {} skipped", iso3));
        });
        read("blue_heart_reported_counts.csv", row -> {
            LocalDate asOf = LocalDate.parse(row.get("as_of"));
            if (!rows.firstTime("awareness:blue-heart-count:" + asOf) || reported.existsByAsOf(asOf)) {
                return;
            }
            reported.save(new BlueHeartReportedCountEntity(asOf, Integer.parseInt(row.get("country_count")),
                    row.get("source"), row.get("quote_ar")));
            rows.added();
        });
        adoptions.flush();
        reported.flush();
    }
}
