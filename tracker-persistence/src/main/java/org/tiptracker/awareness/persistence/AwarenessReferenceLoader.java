package org.tiptracker.awareness.persistence;

import static org.tiptracker.reference.ReferenceCsv.read;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.reference.ReferenceCsv;
import org.tiptracker.reference.ReferenceLoader;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * Loads the World Day themes (with their official English, {@code world_day_themes_en.csv}), the Blue Heart countries the documents name and the counts they
 * report ({@code db/reference/world_day_themes.csv}, {@code blue_heart_*.csv}), each row once
 * ever (keys {@code awareness:…} in {@code reference_row}).
 */
@Service
@Order(7) // after the participants
public class AwarenessReferenceLoader implements ReferenceLoader<Integer> {

    private static final Logger log = LoggerFactory.getLogger(AwarenessReferenceLoader.class);

    private final WorldDayThemeRepository themes;
    private final BlueHeartAdoptionRepository adoptions;
    private final BlueHeartReportedCountRepository reported;
    private final ParticipantRepository participants;
    private final JdbcTemplate jdbc;

    public AwarenessReferenceLoader(WorldDayThemeRepository themes, BlueHeartAdoptionRepository adoptions,
                                    BlueHeartReportedCountRepository reported, ParticipantRepository participants,
                                    JdbcTemplate jdbc) {
        this.themes = themes;
        this.adoptions = adoptions;
        this.reported = reported;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public synchronized Integer load() {
        ReferenceCsv rows = ReferenceCsv.begin(jdbc);
        read("world_day_themes.csv", row -> {
            int year = Integer.parseInt(row.get("year"));
            if (!rows.firstTime("awareness:world-day:" + year) || themes.findByYear(year).isPresent()) {
                return;
            }
            WorldDayThemeEntity theme = new WorldDayThemeEntity(year);
            theme.apply(year, row.get("theme_ar"), null, row.get("source"));
            themes.save(theme);
            rows.added();
        });
        // The official English themes (and what the recorded Arabic is: the theme itself or the
        // year's focus as a background paper describes it), applied once to the year's theme when
        // it is recorded, unless someone already gave it an English text. A year with no theme yet
        // waits: its row is applied at the first start after the theme is recorded.
        read("world_day_themes_en.csv", row -> {
            int year = Integer.parseInt(row.get("year"));
            themes.findByYear(year).ifPresent(theme -> {
                if (rows.firstTime("awareness:world-day-en:" + year) && theme.getThemeEn() == null) {
                    theme.applyEnglish(row.get("theme_en").strip(), "FOCUS".equals(row.get("arabic_is").strip()));
                    themes.save(theme);
                    rows.added();
                }
            });
        });
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
        themes.flush();
        adoptions.flush();
        reported.flush();
        return rows.finish(log, "Awareness reference data");
    }
}
