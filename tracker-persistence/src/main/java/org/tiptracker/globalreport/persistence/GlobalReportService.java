package org.tiptracker.globalreport.persistence;

import java.time.Year;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.globalreport.CountryAssessment;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.globalreport.GlobalReportRules;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * Global Report editions and their per-country rows: everyone reads, the secretariat records and
 * corrects (each change audited, a stale edit refused), and the shares are computed from the rows.
 * The rules that need no record are {@link GlobalReportRules}'; the service adds those of the database.
 */
@Service
public class GlobalReportService {

    public static final String EDITION = "GlobalReportEdition";
    public static final String COUNTRY = "GlobalReportCountry";

    private final GlobalReportEditionRepository editions;
    private final GlobalReportFindingRepository findings;
    private final GlobalReportCountryRepository countries;
    private final ParticipantRepository participants;
    private final AuditTrail audit;

    public GlobalReportService(GlobalReportEditionRepository editions, GlobalReportFindingRepository findings,
                               GlobalReportCountryRepository countries, ParticipantRepository participants,
                               AuditTrail audit) {
        this.editions = editions;
        this.findings = findings;
        this.countries = countries;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<GlobalReportViews.Edition> editions() {
        return editions.findAllByOrderByYearAsc().stream().map(GlobalReportEditionEntity::view).toList();
    }

    @Transactional(readOnly = true)
    public GlobalReportViews.Edition edition(long id) {
        return editionEntity(id).view();
    }

    @Transactional(readOnly = true)
    public List<GlobalReportViews.Finding> findings(long editionId) {
        return findings.findByEditionIdOrderByIdAsc(editionId).stream().map(GlobalReportFindingEntity::view).toList();
    }

    /** The edition's countries with their participants' names and regions. */
    @Transactional(readOnly = true)
    public List<GlobalReportViews.Country> countries(long editionId) {
        return countries.findWithParticipants(editionId).stream().map(GlobalReportCountryEntity::view).toList();
    }

    @Transactional(readOnly = true)
    public CriminalizationShares shares(long editionId) {
        return CriminalizationShares.of(countries(editionId).stream().map(GlobalReportViews.Country::assessment).toList());
    }

    @Transactional(readOnly = true)
    public GlobalReportViews.Country country(long rowId) {
        return countryEntity(rowId).view();
    }

    @Transactional
    public GlobalReportViews.Edition createEdition(Actor actor, EditionCommand command) {
        requireSecretariat(actor);
        check(command, null);
        GlobalReportEditionEntity edition = new GlobalReportEditionEntity(command.year());
        edition.apply(command);
        edition = editions.saveAndFlush(edition);
        audit.created(actor.username(), EDITION, edition.getId(), "Global Report " + edition.getYear(),
                edition.describe());
        return edition.view();
    }

    @Transactional
    public GlobalReportViews.Edition updateEdition(Actor actor, long id, long expectedVersion, EditionCommand command) {
        requireSecretariat(actor);
        GlobalReportEditionEntity edition = editionEntity(id);
        edition.requireVersion(expectedVersion, "globalreport.conflict", edition.describe());
        check(command, id);
        String before = edition.describe();
        edition.apply(command);
        editions.saveAndFlush(edition);
        audit.updated(actor.username(), EDITION, id, "Global Report " + edition.getYear(), before, edition.describe());
        return edition.view();
    }

    @Transactional
    public GlobalReportViews.Country addCountry(Actor actor, long editionId, CountryCommand command) {
        requireSecretariat(actor);
        GlobalReportEditionEntity edition = editionEntity(editionId);
        ParticipantEntity participant = participant(command.iso3());
        CountryAssessment assessment = GlobalReportRules.assessment(command.status(), command.band());
        if (countries.existsByEditionIdAndParticipantId(editionId, participant.getId())) {
            throw new DomainException("globalreport.country.duplicate", participant.getIso3(), Year.of(edition.getYear()));
        }
        GlobalReportCountryEntity row = new GlobalReportCountryEntity(editionId, participant, false);
        row.assess(assessment);
        row = countries.saveAndFlush(row);
        audit.created(actor.username(), COUNTRY, row.getId(),
                "Global Report " + edition.getYear() + ": " + participant.getIso3(), row.describe());
        return row.view();
    }

    @Transactional
    public GlobalReportViews.Country updateCountry(Actor actor, long rowId, long expectedVersion, CountryCommand command) {
        requireSecretariat(actor);
        GlobalReportCountryEntity row = countryEntity(rowId);
        row.requireVersion(expectedVersion, "globalreport.conflict", row.describe());
        CountryAssessment assessment = GlobalReportRules.assessment(command.status(), command.band());
        String before = row.describe();
        row.assess(assessment);
        countries.saveAndFlush(row);
        audit.updated(actor.username(), COUNTRY, rowId, "Global Report row " + row.getIso3(), before, row.describe());
        return row.view();
    }

    /** Records rows as demonstration data (no audit: nobody entered them). Used by the demo loader only. */
    @Transactional
    public int addDemoCountries(long editionId, List<CountryCommand> rows) {
        editionEntity(editionId);
        int added = 0;
        for (CountryCommand command : rows) {
            ParticipantEntity participant = participant(command.iso3());
            if (countries.existsByEditionIdAndParticipantId(editionId, participant.getId())) {
                continue;
            }
            GlobalReportCountryEntity row = new GlobalReportCountryEntity(editionId, participant, true);
            row.assess(GlobalReportRules.assessment(command.status(), command.band()));
            countries.save(row);
            added++;
        }
        countries.flush();
        return added;
    }

    private GlobalReportEditionEntity editionEntity(long id) {
        return editions.findById(id).orElseThrow(() -> new NotFoundException("globalreport.edition.notFound", id));
    }

    private GlobalReportCountryEntity countryEntity(long rowId) {
        return countries.findWithParticipant(rowId).orElseThrow(() -> new NotFoundException("globalreport.country.notFound", rowId));
    }

    private ParticipantEntity participant(String iso3) {
        String code = GlobalReportRules.countryCode(iso3);
        return participants.findByIso3(code).orElseThrow(() -> new DomainException("globalreport.country.unknown", code));
    }

    /** The rules in their order: the year's range, that no other edition has it, then every other fact and the source's length. */
    private void check(EditionCommand c, Long id) {
        int currentYear = audit.year();
        int year = GlobalReportRules.editionYear(c.year(), currentYear);
        editions.findByYear(year).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("globalreport.year.duplicate", Year.of(year));
        });
        GlobalReportRules.facts(c, currentYear);
        ColumnLimit.EDITION_SOURCE.check(c.source());
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "global report");
    }
}
