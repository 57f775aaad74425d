package org.tiptracker.awareness.persistence;

import java.time.Year;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.awareness.AwarenessRules;
import org.tiptracker.awareness.BlueHeartAdoption;
import org.tiptracker.awareness.BlueHeartCount;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
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
    public static final int FIRST_WORLD_DAY = AwarenessRules.FIRST_WORLD_DAY;
    /** The Blue Heart campaign was launched in 2010. */
    public static final int BLUE_HEART_LAUNCHED = AwarenessRules.BLUE_HEART_LAUNCHED;

    private final WorldDayThemeRepository themes;
    private final BlueHeartAdoptionRepository adoptions;
    private final BlueHeartReportedCountRepository reported;
    private final ParticipantRepository participants;
    private final AuditTrail audit;

    public AwarenessService(WorldDayThemeRepository themes, BlueHeartAdoptionRepository adoptions,
                            BlueHeartReportedCountRepository reported, ParticipantRepository participants,
                            AuditTrail audit) {
        this.themes = themes;
        this.adoptions = adoptions;
        this.reported = reported;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AwarenessViews.Theme> themes() {
        return themes.findAllByOrderByYearAsc().stream().map(WorldDayThemeEntity::view).toList();
    }

    @Transactional(readOnly = true)
    public AwarenessViews.Theme theme(long id) {
        return themeEntity(id).view();
    }

    private WorldDayThemeEntity themeEntity(long id) {
        return themes.findById(id).orElseThrow(() -> new NotFoundException("awareness.theme.notFound", id));
    }

    /** Every adoption, with its participant, in the order of adoption (year, else date known by). */
    @Transactional(readOnly = true)
    public List<AwarenessViews.Adoption> adoptions() {
        return adoptions.findAllWithParticipants().stream().map(BlueHeartAdoptionEntity::view)
                .sorted(Comparator.comparing((AwarenessViews.Adoption a) -> a.adoption().countsFrom())
                        .thenComparing(a -> a.participant().iso3()))
                .toList();
    }

    @Transactional(readOnly = true)
    public AwarenessViews.Adoption adoption(long id) {
        return adoptionEntity(id).view();
    }

    private BlueHeartAdoptionEntity adoptionEntity(long id) {
        return adoptions.findById(id).orElseThrow(() -> new NotFoundException("awareness.adoption.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<AwarenessViews.Reported> reportedCounts() {
        return reported.findAllByOrderByAsOfAsc().stream().map(BlueHeartReportedCountEntity::view).toList();
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
    public AwarenessViews.Theme createTheme(Actor actor, ThemeCommand command) {
        requireSecretariat(actor);
        check(command, null);
        WorldDayThemeEntity theme = new WorldDayThemeEntity(command.year());
        theme.apply(command.year(), command.themeAr().strip(), blankToNull(command.themeEn()), blankToNull(command.source()));
        theme = themes.saveAndFlush(theme);
        audit.created(actor.username(), THEME, theme.getId(), "World Day " + theme.getYear(), theme.describe());
        return theme.view();
    }

    @Transactional
    public AwarenessViews.Theme updateTheme(Actor actor, long id, long expectedVersion, ThemeCommand command) {
        requireSecretariat(actor);
        WorldDayThemeEntity theme = themeEntity(id);
        theme.requireVersion(expectedVersion, "awareness.conflict", theme.describe());
        check(command, id);
        String before = theme.describe();
        theme.apply(command.year(), command.themeAr().strip(), blankToNull(command.themeEn()), blankToNull(command.source()));
        themes.saveAndFlush(theme);
        audit.updated(actor.username(), THEME, id, "World Day " + theme.getYear(), before, theme.describe());
        return theme.view();
    }

    @Transactional
    public AwarenessViews.Adoption createAdoption(Actor actor, AdoptionCommand command) {
        requireSecretariat(actor);
        ParticipantEntity participant = check(command, null);
        BlueHeartAdoptionEntity adoption = new BlueHeartAdoptionEntity(participant, false);
        adoption.apply(participant, command.year(), command.knownBy(), blankToNull(command.source()));
        adoption = adoptions.saveAndFlush(adoption);
        audit.created(actor.username(), ADOPTION, adoption.getId(), "Blue Heart: " + participant.getIso3(),
                adoption.describe());
        return adoption.view();
    }

    @Transactional
    public AwarenessViews.Adoption updateAdoption(Actor actor, long id, long expectedVersion, AdoptionCommand command) {
        requireSecretariat(actor);
        BlueHeartAdoptionEntity adoption = adoptionEntity(id);
        adoption.requireVersion(expectedVersion, "awareness.conflict", adoption.describe());
        ParticipantEntity participant = check(command, id);
        String before = adoption.describe();
        adoption.apply(participant, command.year(), command.knownBy(), blankToNull(command.source()));
        adoptions.saveAndFlush(adoption);
        audit.updated(actor.username(), ADOPTION, id, "Blue Heart: " + participant.getIso3(), before,
                adoption.describe());
        return adoption.view();
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
        AwarenessRules.themeYear(c.year(), audit.year());
        themes.findByYear(c.year()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("awareness.theme.year.duplicate", Year.of(c.year()));
        });
        AwarenessRules.themeInArabic(c.themeAr());
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
        AwarenessRules.adoptionWhen(c.year(), c.knownBy(), audit.today());
        ColumnLimit.ADOPTION_SOURCE.check(c.source());
        return participant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "awareness");
    }
}
