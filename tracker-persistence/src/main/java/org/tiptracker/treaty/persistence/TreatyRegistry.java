package org.tiptracker.treaty.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantKind;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.StatusCalculator;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;

/**
 * The participants, treaties and treaty actions as one immutable snapshot, kept in memory: every
 * status page is computed from it. The snapshot is keyed on the database's {@code data_version}
 * row, which triggers raise in the very transaction that changes a participant, a treaty or an
 * action: once that commits, the next read on any instance (or after a change made with psql)
 * loads a new snapshot. Nothing invalidates it by hand, and a rolled-back change never does.
 */
@Service
public class TreatyRegistry {

    private final ParticipantRepository participants;
    private final TreatyRepository treaties;
    private final TreatyActionRepository actions;
    private volatile Snapshot snapshot;

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public TreatyRegistry(ParticipantRepository participants, TreatyRepository treaties, TreatyActionRepository actions,
                          org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.participants = participants;
        this.treaties = treaties;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** Everything a status page needs, immutable. */
    public record Snapshot(long generation, List<Participant> participants, Map<String, Participant> byIso3,
                           Map<String, RegionInfo> regions, Map<TreatyCode, Treaty> treaties,
                           List<TreatyAction> actions, StatusCalculator calculator) {

        public Optional<Participant> participant(String iso3) {
            return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3.toUpperCase(java.util.Locale.ROOT)));
        }

        public Treaty treaty(TreatyCode code) {
            return treaties.get(code);
        }

        public List<Treaty> treatyList() {
            return List.copyOf(treaties.values());
        }
    }

    /** Region and sub-region names of a participant, in both languages. */
    public record RegionInfo(String regionEn, String regionAr, String subregionEn, String subregionAr, boolean unMember) {
    }

    /**
     * The snapshot of the records as they are: rebuilt when the database's counter of treaty data
     * ({@code data_version}, raised by triggers in the transaction of every change, whichever
     * instance or tool made it) differs from the one it was built from. The snapshot's generation is
     * that counter, the same on every instance, so caches keyed by it agree across instances.
     */
    public Snapshot snapshot() {
        long version = databaseVersion();
        Snapshot current = snapshot;
        if (current == null || current.generation() != version) {
            synchronized (this) {
                current = snapshot;
                if (current == null || current.generation() != version) {
                    current = load(version);
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private long databaseVersion() {
        Long version = jdbc.query("select version from data_version where name = 'treaty'",
                rs -> rs.next() ? rs.getLong(1) : null);
        return version == null ? -1 : version;
    }

    private Snapshot load(long version) {
        Map<String, Participant> byIso3 = new LinkedHashMap<>();
        Map<String, RegionInfo> regions = new LinkedHashMap<>();
        List<ParticipantEntity> stored = participants.findAllWithNames();
        stored.sort(Comparator.comparing(ParticipantEntity::getIso3));
        for (ParticipantEntity entity : stored) {
            byIso3.put(entity.getIso3(), toDomain(entity));
            regions.put(entity.getIso3(), new RegionInfo(entity.getRegionEn(), entity.getRegionAr(),
                    entity.getSubregionEn(), entity.getSubregionAr(), entity.isUnMember()));
        }
        Map<TreatyCode, Treaty> treatyMap = new LinkedHashMap<>();
        treaties.findAll().stream()
                .map(TreatyEntity::toDomain)
                .sorted(Comparator.comparing(Treaty::code))
                .forEach(treaty -> treatyMap.put(treaty.code(), treaty));
        List<TreatyAction> all = actions.findAllWithParticipant().stream().map(TreatyRegistry::toDomain).toList();
        return new Snapshot(version, List.copyOf(byIso3.values()), Map.copyOf(byIso3),
                Map.copyOf(regions), java.util.Collections.unmodifiableMap(treatyMap), all, new StatusCalculator(all));
    }

    static Participant toDomain(ParticipantEntity entity) {
        List<ParticipantName> names = new ArrayList<>();
        LocalDateHolder lastUntil = new LocalDateHolder();
        for (ParticipantNameEntity former : entity.getFormerNames()) {
            ParticipantName name = former.toDomain();
            names.add(name);
            if (name.validUntil() != null && (lastUntil.value == null || name.validUntil().isAfter(lastUntil.value))) {
                lastUntil.value = name.validUntil();
            }
        }
        names.add(new ParticipantName(entity.getNameAr(), entity.getNameEn(), lastUntil.value, null));
        return new Participant(entity.getIso3(), entity.getM49(), ParticipantKind.valueOf(entity.getKind()),
                entity.getRegionEn(), names);
    }

    private static final class LocalDateHolder {
        private java.time.LocalDate value;
    }

    static TreatyAction toDomain(TreatyActionEntity entity) {
        return new TreatyAction(entity.getId(), entity.getParticipant().getIso3(), entity.getTreatyCode(),
                entity.getKind(), entity.getActionDate(), entity.getText());
    }
}
