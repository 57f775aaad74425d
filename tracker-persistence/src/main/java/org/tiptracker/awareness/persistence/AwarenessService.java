package org.tiptracker.awareness.persistence;

import java.time.Clock;
import java.time.Year;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.awareness.BlueHeartAdoption;
import org.tiptracker.awareness.BlueHeartCount;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * World Day themes and the Blue Heart campaign's countries: everyone reads, the secretariat
 * records and corrects (audited, stale edits refused); the count as of a date is computed.
 */
@Service
public class AwarenessService {

    public static final String THEME = "WorldDayTheme";
    public static final String ADOPTION = "BlueHeartAdoption";
    /** The World Day is observed from 2014 (GA resolution 68/192). */
    public static final int FIRST_WORLD_DAY = 2014;
    /** The Blue Heart campaign was launched in 2010. */
    public static final int BLUE_HEART_LAUNCHED = 2010;

    private final WorldDayThemeRepository themes;
    private final BlueHeartAdoptionRepository adoptions;
    private final BlueHeartReportedCountRepository reported;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final Clock clock;

    public AwarenessService(WorldDayThemeRepository themes, BlueHeartAdoptionRepository adoptions,
                            BlueHeartReportedCountRepository reported, ParticipantRepository participants,
                            AuditTrail audit, Clock clock) {
        this.themes = themes;
        this.adoptions = adoptions;
        this.reported = reported;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorldDayThemeEntity> themes() {
        return themes.findAllByOrderByYearAsc();
    }

    @Transactional(readOnly = true)
    public WorldDayThemeEntity theme(long id) {
        return themes.findById(id).orElseThrow(() -> new NotFoundException("awareness.theme.notFound", id));
    }

    /** Every adoption, with its participant, in the order of adoption (year, else date known by). */
    @Transactional(readOnly = true)
    public List<BlueHeartAdoptionEntity> adoptions() {
        return adoptions.findAllWithParticipants().stream()
                .sorted(Comparator.comparing((BlueHeartAdoptionEntity a) -> a.adoption().countsFrom())
                        .thenComparing(a -> a.getParticipant().getIso3()))
                .toList();
    }

    @Transactional(readOnly = true)
    public BlueHeartAdoptionEntity adoption(long id) {
        BlueHeartAdoptionEntity adoption = adoptions.findById(id)
                .orElseThrow(() -> new NotFoundException("awareness.adoption.notFound", id));
        adoption.getParticipant().getIso3();
        return adoption;
    }

    @Transactional(readOnly = true)
    public List<BlueHeartReportedCountEntity> reportedCounts() {
        return reported.findAllByOrderByAsOfAsc();
    }

    /** How many countries had adopted the campaign on this date, from the rows. */
    @Transactional(readOnly = true)
    public long countAsOf(LocalDate date) {
        return BlueHeartCount.asOf(rows(), date);
    }

    @Transactional(readOnly = true)
    public List<BlueHeartAdoption> rows() {
        return adoptions.findAll().stream().map(BlueHeartAdoptionEntity::adoption).toList();
    }

    @Transactional
    public WorldDayThemeEntity createTheme(Actor actor, ThemeCommand command) {
        requireSecretariat(actor);
        check(command, null);
        WorldDayThemeEntity theme = new WorldDayThemeEntity(command.year());
        theme.apply(command.year(), command.themeAr().strip(), blankToNull(command.themeEn()), blankToNull(command.source()));
        theme = themes.saveAndFlush(theme);
        audit.record(actor.username(), THEME, theme.getId(), "CREATE", "World Day " + theme.getYear(), null, null,
                theme.describe());
        return theme;
    }

    @Transactional
    public WorldDayThemeEntity updateTheme(Actor actor, long id, long expectedVersion, ThemeCommand command) {
        requireSecretariat(actor);
        WorldDayThemeEntity theme = theme(id);
        if (theme.getVersion() != expectedVersion) {
            throw new ConflictException("awareness.conflict", theme.describe());
        }
        check(command, id);
        String before = theme.describe();
        theme.apply(command.year(), command.themeAr().strip(), blankToNull(command.themeEn()), blankToNull(command.source()));
        themes.saveAndFlush(theme);
        audit.record(actor.username(), THEME, id, "UPDATE", "World Day " + theme.getYear(), null, before, theme.describe());
        return theme;
    }

    @Transactional
    public BlueHeartAdoptionEntity createAdoption(Actor actor, AdoptionCommand command) {
        requireSecretariat(actor);
        ParticipantEntity participant = check(command, null);
        BlueHeartAdoptionEntity adoption = new BlueHeartAdoptionEntity(participant, false);
        adoption.apply(participant, command.year(), command.knownBy(), blankToNull(command.source()));
        adoption = adoptions.saveAndFlush(adoption);
        audit.record(actor.username(), ADOPTION, adoption.getId(), "CREATE", "Blue Heart: " + participant.getIso3(),
                null, null, adoption.describe());
        return adoption;
    }

    @Transactional
    public BlueHeartAdoptionEntity updateAdoption(Actor actor, long id, long expectedVersion, AdoptionCommand command) {
        requireSecretariat(actor);
        BlueHeartAdoptionEntity adoption = adoption(id);
        if (adoption.getVersion() != expectedVersion) {
            throw new ConflictException("awareness.conflict", adoption.describe());
        }
        ParticipantEntity participant = check(command, id);
        String before = adoption.describe();
        adoption.apply(participant, command.year(), command.knownBy(), blankToNull(command.source()));
        adoptions.saveAndFlush(adoption);
        audit.record(actor.username(), ADOPTION, id, "UPDATE", "Blue Heart: " + participant.getIso3(), null, before,
                adoption.describe());
        return adoption;
    }

    /** Records invented adoptions for the demonstration (no audit: nobody entered them); skips known countries. */
    @Transactional
    public int addDemoAdoptions(List<AdoptionCommand> rows) {
        int added = 0;
        for (AdoptionCommand row : rows) {
            ParticipantEntity participant = participants.findByIso3(row.iso3()).orElse(null);
            if (participant == null || adoptions.findByParticipantId(participant.getId()).isPresent()) {
                continue;
            }
            BlueHeartAdoptionEntity adoption = new BlueHeartAdoptionEntity(participant, true);
            adoption.apply(participant, row.year(), row.knownBy(), row.source());
            adoptions.save(adoption);
            added++;
        }
        adoptions.flush();
        return added;
    }

    private void check(ThemeCommand c, Long id) {
        int latest = year() + 1;
        if (c.year() == null || c.year() < FIRST_WORLD_DAY || c.year() > latest) {
            throw new DomainException("awareness.theme.year.range", Year.of(FIRST_WORLD_DAY), Year.of(latest));
        }
        themes.findByYear(c.year()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("awareness.theme.year.duplicate", Year.of(c.year()));
        });
        if (c.themeAr() == null || c.themeAr().isBlank()) {
            throw new DomainException("awareness.theme.ar.required");
        }
        ColumnLimit.THEME_AR.check(c.themeAr());
        ColumnLimit.THEME_EN.check(c.themeEn());
        ColumnLimit.THEME_SOURCE.check(c.source());
    }

    private ParticipantEntity check(AdoptionCommand c, Long id) {
        if (c.iso3() == null || c.iso3().isBlank()) {
            throw new DomainException("awareness.adoption.country.required");
        }
        String code = c.iso3().strip().toUpperCase(Locale.ROOT);
        ParticipantEntity participant = participants.findByIso3(code)
                .orElseThrow(() -> new DomainException("awareness.adoption.country.unknown", code));
        adoptions.findByParticipantId(participant.getId()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("awareness.adoption.country.duplicate", code);
        });
        int latest = year();
        if (c.year() == null && c.knownBy() == null) {
            throw new DomainException("awareness.adoption.when.required");
        }
        if (c.year() != null && (c.year() < BLUE_HEART_LAUNCHED || c.year() > latest)) {
            throw new DomainException("awareness.adoption.year.range", Year.of(BLUE_HEART_LAUNCHED), Year.of(latest));
        }
        if (c.knownBy() != null && (c.knownBy().getYear() < BLUE_HEART_LAUNCHED || c.knownBy().isAfter(LocalDate.now(clock)))) {
            throw new DomainException("awareness.adoption.knownBy.range", Year.of(BLUE_HEART_LAUNCHED));
        }
        if (c.year() != null && c.knownBy() != null && c.knownBy().getYear() < c.year()) {
            throw new DomainException("awareness.adoption.knownBy.beforeYear");
        }
        ColumnLimit.ADOPTION_SOURCE.check(c.source());
        return participant;
    }

    private int year() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "awareness");
    }
}
