package org.tiptracker.globalreport.persistence;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * Global Report editions and their per-country rows: everyone reads, the secretariat records and
 * corrects (each change audited, a stale edit refused), and the shares are computed from the rows.
 */
@Service
public class GlobalReportService {

    public static final String EDITION = "GlobalReportEdition";
    public static final String COUNTRY = "GlobalReportCountry";
    static final int FIRST_YEAR = 2009;

    private final GlobalReportEditionRepository editions;
    private final GlobalReportFindingRepository findings;
    private final GlobalReportCountryRepository countries;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final Clock clock;

    public GlobalReportService(GlobalReportEditionRepository editions, GlobalReportFindingRepository findings,
                               GlobalReportCountryRepository countries, ParticipantRepository participants,
                               AuditTrail audit, Clock clock) {
        this.editions = editions;
        this.findings = findings;
        this.countries = countries;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<GlobalReportEditionEntity> editions() {
        return editions.findAllByOrderByYearAsc();
    }

    @Transactional(readOnly = true)
    public GlobalReportEditionEntity edition(long id) {
        return editions.findById(id).orElseThrow(() -> new NotFoundException("globalreport.edition.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<GlobalReportFindingEntity> findings(long editionId) {
        return findings.findByEditionIdOrderByIdAsc(editionId);
    }

    /** The edition's countries with their participants loaded. */
    @Transactional(readOnly = true)
    public List<GlobalReportCountryEntity> countries(long editionId) {
        return countries.findWithParticipants(editionId);
    }

    @Transactional(readOnly = true)
    public CriminalizationShares shares(long editionId) {
        return CriminalizationShares.of(countries(editionId).stream().map(GlobalReportCountryEntity::assessment).toList());
    }

    @Transactional(readOnly = true)
    public GlobalReportCountryEntity country(long rowId) {
        GlobalReportCountryEntity row = countries.findById(rowId)
                .orElseThrow(() -> new NotFoundException("globalreport.country.notFound", rowId));
        row.getParticipant().getIso3();
        return row;
    }

    @Transactional
    public GlobalReportEditionEntity createEdition(Actor actor, EditionCommand command) {
        requireSecretariat(actor);
        check(command, null);
        GlobalReportEditionEntity edition = new GlobalReportEditionEntity(command.year());
        edition.apply(command);
        edition = editions.saveAndFlush(edition);
        audit.record(actor.username(), EDITION, edition.getId(), "CREATE", "Global Report " + edition.getYear(),
                null, null, edition.describe());
        return edition;
    }

    @Transactional
    public GlobalReportEditionEntity updateEdition(Actor actor, long id, long expectedVersion, EditionCommand command) {
        requireSecretariat(actor);
        GlobalReportEditionEntity edition = edition(id);
        if (edition.getVersion() != expectedVersion) {
            throw new ConflictException("globalreport.conflict", edition.describe());
        }
        check(command, id);
        String before = edition.describe();
        edition.apply(command);
        editions.saveAndFlush(edition);
        audit.record(actor.username(), EDITION, id, "UPDATE", "Global Report " + edition.getYear(), null, before,
                edition.describe());
        return edition;
    }

    @Transactional
    public GlobalReportCountryEntity addCountry(Actor actor, long editionId, CountryCommand command) {
        requireSecretariat(actor);
        GlobalReportEditionEntity edition = edition(editionId);
        ParticipantEntity participant = participant(command.iso3());
        if (command.status() == null) {
            throw new DomainException("globalreport.country.status.required");
        }
        if (countries.existsByEditionIdAndParticipantId(editionId, participant.getId())) {
            throw new DomainException("globalreport.country.duplicate", participant.getIso3(), Year.of(edition.getYear()));
        }
        GlobalReportCountryEntity row = new GlobalReportCountryEntity(editionId, participant, false);
        row.assess(command.status(), command.band());
        row = countries.saveAndFlush(row);
        audit.record(actor.username(), COUNTRY, row.getId(), "CREATE",
                "Global Report " + edition.getYear() + ": " + participant.getIso3(), null, null, row.describe());
        return row;
    }

    @Transactional
    public GlobalReportCountryEntity updateCountry(Actor actor, long rowId, long expectedVersion, CountryCommand command) {
        requireSecretariat(actor);
        GlobalReportCountryEntity row = country(rowId);
        if (row.getVersion() != expectedVersion) {
            throw new ConflictException("globalreport.conflict", row.describe());
        }
        if (command.status() == null) {
            throw new DomainException("globalreport.country.status.required");
        }
        String before = row.describe();
        row.assess(command.status(), command.band());
        countries.saveAndFlush(row);
        audit.record(actor.username(), COUNTRY, rowId, "UPDATE", "Global Report row " + row.getParticipant().getIso3(),
                null, before, row.describe());
        return row;
    }

    /** Records rows as demonstration data (no audit: nobody entered them). Used by the demo loader only. */
    @Transactional
    public int addDemoCountries(long editionId, List<CountryCommand> rows) {
        edition(editionId);
        int added = 0;
        for (CountryCommand command : rows) {
            ParticipantEntity participant = participant(command.iso3());
            if (countries.existsByEditionIdAndParticipantId(editionId, participant.getId())) {
                continue;
            }
            GlobalReportCountryEntity row = new GlobalReportCountryEntity(editionId, participant, true);
            row.assess(command.status(), command.band());
            countries.save(row);
            added++;
        }
        countries.flush();
        return added;
    }

    private ParticipantEntity participant(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            throw new DomainException("globalreport.country.required");
        }
        String code = iso3.strip().toUpperCase(Locale.ROOT);
        return participants.findByIso3(code).orElseThrow(() -> new DomainException("globalreport.country.unknown", code));
    }

    private void check(EditionCommand c, Long id) {
        int latest = clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
        if (c.year() == null || c.year() < FIRST_YEAR || c.year() > latest) {
            throw new DomainException("globalreport.year.range", Year.of(FIRST_YEAR), Year.of(latest));
        }
        editions.findByYear(c.year()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("globalreport.year.duplicate", Year.of(c.year()));
        });
        if (c.editionNumber() != null && (c.editionNumber() < 1 || c.editionNumber() > 100)) {
            throw new DomainException("globalreport.editionNumber.range");
        }
        yearInRange(c.publishedYear(), latest);
        yearInRange(c.dataFromYear(), latest);
        yearInRange(c.dataToYear(), latest);
        yearInRange(c.legislationYear(), latest);
        yearInRange(c.convictionsFromYear(), latest);
        yearInRange(c.convictionsToYear(), latest);
        for (Integer month : new Integer[] {c.publishedMonth(), c.legislationMonth()}) {
            if (month != null && (month < 1 || month > 12)) {
                throw new DomainException("globalreport.month.range");
            }
        }
        if (c.publishedMonth() != null && c.publishedYear() == null) {
            throw new DomainException("globalreport.published.monthWithoutYear");
        }
        if ((c.legislationYear() == null) != (c.legislationMonth() == null)) {
            throw new DomainException("globalreport.legislation.incomplete");
        }
        if (c.dataFromYear() != null && c.dataToYear() != null && c.dataFromYear() > c.dataToYear()) {
            throw new DomainException("globalreport.dataPeriod.order");
        }
        if (c.convictionsFromYear() != null && c.convictionsToYear() != null && c.convictionsFromYear() > c.convictionsToYear()) {
            throw new DomainException("globalreport.convictions.order");
        }
        if (c.countriesCovered() != null && (c.countriesCovered() < 1 || c.countriesCovered() > 250)) {
            throw new DomainException("globalreport.countriesCovered.range");
        }
        if (c.source() == null || c.source().isBlank()) {
            throw new DomainException("globalreport.source.required");
        }
        ColumnLimit.EDITION_SOURCE.check(c.source());
    }

    private static void yearInRange(Integer year, int latest) {
        if (year != null && (year < 1990 || year > latest)) {
            throw new DomainException("globalreport.otherYear.range", Year.of(1990), Year.of(latest));
        }
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "global report");
    }
}
