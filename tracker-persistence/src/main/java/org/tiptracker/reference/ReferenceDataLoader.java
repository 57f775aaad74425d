package org.tiptracker.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantNameEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;
import org.tiptracker.treaty.persistence.TreatyActionEntity;
import org.tiptracker.treaty.persistence.TreatyActionRepository;
import org.tiptracker.treaty.persistence.TreatyEntity;
import org.tiptracker.treaty.persistence.TreatyRepository;

/**
 * Loads the reference data of {@code db/reference/*.csv}: participants, their former names, the
 * four treaties and the treaty actions. Each CSV row is loaded at most once, ever: its key is kept
 * in {@code reference_row}, so a restart or a second load changes nothing, and what users edited
 * or deleted in the application stays as they left it.
 */
@Service
@Order(0) // first: everything else names participants and treaties
public class ReferenceDataLoader implements ReferenceLoader<ReferenceDataLoader.LoadReport> {

    static final String REFERENCE_USER = "reference-data";

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final Set<String> OBSERVER_STATES = Set.of("VAT", "PSE");

    private final ParticipantRepository participants;
    private final TreatyRepository treaties;
    private final TreatyActionRepository actions;
    private final JdbcTemplate jdbc;
    private final List<String> newKeys = new java.util.ArrayList<>();

    public ReferenceDataLoader(ParticipantRepository participants, TreatyRepository treaties,
                               TreatyActionRepository actions, JdbcTemplate jdbc) {
        this.participants = participants;
        this.treaties = treaties;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** What one load added. */
    public record LoadReport(int participants, int formerNames, int treaties, int actions) {
        public int total() {
            return participants + formerNames + treaties + actions;
        }
    }

    @Override
    @Transactional
    public synchronized LoadReport load() {
        Set<String> loaded = new HashSet<>(jdbc.queryForList("select row_key from reference_row", String.class));
        newKeys.clear();
        int treatyCount = loadTreaties(loaded);
        int participantCount = loadParticipants(loaded);
        int nameCount = loadFormerNames(loaded);
        int actionCount = loadActions(loaded);
        jdbc.batchUpdate("insert into reference_row (row_key) values (?) on conflict do nothing",
                newKeys.stream().map(key -> new Object[] {key}).toList());
        LoadReport report = new LoadReport(participantCount, nameCount, treatyCount, actionCount);
        if (report.total() > 0) {
            log.info("Reference data loaded: {}", report);
        }
        return report;
    }

    private int loadTreaties(Set<String> loaded) {
        int[] count = {0};
        ReferenceCsv.read("treaties.csv", row -> {
            String code = row.get("code");
            // how far the recorded actions are known to be complete follows the file, on every load
            jdbc.update("update treaty set records_complete_to = ? where code = ? and records_complete_to is distinct from ?",
                    date(row.get("records_complete_to")), code, date(row.get("records_complete_to")));
            if (!remember(loaded, "treaty:" + code) || treaties.existsById(code)) {
                return;
            }
            treaties.saveAndFlush(new TreatyEntity(code, row.get("untc_reference"), blankToNull(row.get("parent_code")),
                    date(row.get("adopted")), date(row.get("entry_into_force")), date(row.get("signature_deadline")),
                    row.get("name_en"), row.get("short_name_en"), row.get("back_reference_en"),
                    row.get("name_ar"), row.get("short_name_ar"), row.get("back_reference_ar")));
            jdbc.update("update treaty set records_complete_to = ? where code = ?", date(row.get("records_complete_to")), code);
            count[0]++;
        });
        return count[0];
    }

    private int loadParticipants(Set<String> loaded) {
        Map<String, CSVRecord> variants = new HashMap<>();
        ReferenceCsv.read("states_name_variants.csv", row -> variants.put(row.get("iso3"), row));
        int[] count = {0};
        ReferenceCsv.read("states.csv", row -> {
            String iso3 = row.get("iso3");
            if (!remember(loaded, "participant:" + iso3) || participants.findByIso3(iso3).isPresent()) {
                return;
            }
            String m49 = blankToNull(row.get("m49"));
            String kind = m49 == null ? "REGIONAL_ORGANIZATION"
                    : OBSERVER_STATES.contains(iso3) ? "OBSERVER_STATE" : "STATE";
            ParticipantEntity participant = new ParticipantEntity(iso3, m49, kind, row.get("name_ar"), row.get("name_en"),
                    Boolean.parseBoolean(row.get("un_member")));
            CSVRecord variant = variants.get(iso3);
            participant.setRegions(blankToNull(row.get("region_en")), variant == null ? null : blankToNull(variant.get("region_ar")),
                    blankToNull(row.get("subregion_en")), variant == null ? null : blankToNull(variant.get("subregion_ar")));
            participants.save(participant);
            count[0]++;
        });
        participants.flush();
        return count[0];
    }

    private int loadFormerNames(Set<String> loaded) {
        int[] count = {0};
        ReferenceCsv.read("former_names.csv", row -> {
            String iso3 = row.get("iso3");
            if (!remember(loaded, "name:" + iso3 + ":" + row.get("valid_until"))) {
                return;
            }
            participants.findByIso3(iso3).ifPresent(participant -> {
                participant.addFormerName(new ParticipantNameEntity(new ParticipantName(row.get("name_ar"), row.get("name_en"),
                        dateOrNull(row.get("valid_from")), dateOrNull(row.get("valid_until"))), row.get("source")));
                count[0]++;
            });
        });
        participants.flush();
        return count[0];
    }

    private int loadActions(Set<String> loaded) {
        Instant now = Instant.now();
        int[] count = {0};
        Map<String, ParticipantEntity> byIso3 = new HashMap<>();
        participants.findAll().forEach(participant -> byIso3.put(participant.getIso3(), participant));
        ReferenceCsv.read("treaty_actions.csv", row -> {
            String treaty = row.get("treaty");
            String iso3 = row.get("iso3");
            ParticipantEntity participant = byIso3.get(iso3);
            if (participant == null) {
                log.warn("Reference action for unknown participant {} skipped", iso3);
                return;
            }
            String signature = blankToNull(row.get("signature_date"));
            if (signature != null && remember(loaded, "action:" + treaty + ":" + iso3 + ":SIGNATURE")) {
                actions.save(new TreatyActionEntity(participant,
                        TreatyAction.of(iso3, TreatyCode.valueOf(treaty), ActionKind.SIGNATURE, date(signature)),
                        row.get("source"), REFERENCE_USER, now));
                count[0]++;
            }
            String deposit = blankToNull(row.get("action_date"));
            if (deposit != null) {
                String kind = row.get("action_kind").trim().toUpperCase(Locale.ROOT);
                if (remember(loaded, "action:" + treaty + ":" + iso3 + ":" + kind)) {
                    actions.save(new TreatyActionEntity(participant,
                            TreatyAction.of(iso3, TreatyCode.valueOf(treaty), ActionKind.valueOf(kind), date(deposit)),
                            row.get("source"), REFERENCE_USER, now));
                    count[0]++;
                }
            }
        });
        actions.flush();
        return count[0];
    }

    /** Records the row key; false when the row was loaded before. */
    private boolean remember(Set<String> loaded, String key) {
        if (!loaded.add(key)) {
            return false;
        }
        newKeys.add(key);
        return true;
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value.trim());
    }

    private static LocalDate dateOrNull(String value) {
        String trimmed = blankToNull(value);
        return trimmed == null ? null : LocalDate.parse(trimmed);
    }
}
