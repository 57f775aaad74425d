package org.tiptracker.agency.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.ActivityRules;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/** Agency activities: anyone reads them; only the secretariat creates and edits them, every change audited. */
@Service
public class ActivityService {

    public static final String ENTITY = "AgencyActivity";

    private final ActivityRepository activities;
    private final AgencyRepository agencies;
    private final ParticipantRepository participants;
    private final AuditTrail audit;

    public ActivityService(ActivityRepository activities, AgencyRepository agencies, ParticipantRepository participants,
                           AuditTrail audit) {
        this.activities = activities;
        this.agencies = agencies;
        this.participants = participants;
        this.audit = audit;
    }

    /** An activity with its countries, regions and partners. */
    @Transactional(readOnly = true)
    public AgencyViews.Activity get(long id) {
        return view(entity(id));
    }

    private ActivityEntity entity(long id) {
        return activities.findById(id).orElseThrow(() -> new NotFoundException("activity.notFound", id));
    }

    @Transactional
    public AgencyViews.Activity create(Actor actor, ActivityCommand command) {
        return create(actor, command, false);
    }

    /** Creates an activity; {@code demo} marks an invented row (demonstration data only). */
    @Transactional
    public AgencyViews.Activity create(Actor actor, ActivityCommand command, boolean demo) {
        requireSecretariat(actor);
        ActivityEntity activity = new ActivityEntity(actor.username(), audit.now(), demo);
        apply(activity, command);
        activity = activities.saveAndFlush(activity);
        audit.created(actor.username(), ENTITY, activity.getId(), summary(activity), describe(activity));
        return view(activity);
    }

    @Transactional
    public AgencyViews.Activity update(Actor actor, long id, long expectedVersion, ActivityCommand command) {
        requireSecretariat(actor);
        ActivityEntity activity = entity(id);
        String before = describe(activity);
        activity.requireVersion(expectedVersion, "activity.conflict", before);
        apply(activity, command);
        activity.touch(actor.username(), audit.now());
        activities.saveAndFlush(activity);
        audit.updated(actor.username(), ENTITY, activity.getId(), summary(activity), before, describe(activity));
        return view(activity);
    }

    private static AgencyViews.Activity view(ActivityEntity a) {
        ActivityRow row = new ActivityRow(a.getId(), a.getAgency().getAcronym(), a.getAgency().getNameAr(),
                a.getAgency().getNameEn(), a.getKind(), a.getHeading(), a.getTitle(), a.getTitleEn(), a.getDescription(), a.getDescriptionEn(), a.getStartDate(),
                a.getEndDate(), a.getDatePrecision(), a.getFigures(), a.getSourceSymbol(), a.getSourceParagraph(), a.isDemo(),
                a.getCountries().stream().map(p -> new ActivityRow.Country(p.getIso3(), p.getNameAr(), p.getNameEn())).toList(),
                a.getRegions().stream().sorted().toList(), a.getPartners().stream().map(AgencyEntity::getAcronym).toList());
        return new AgencyViews.Activity(row, a.getVersion());
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "activities");
    }

    private void apply(ActivityEntity activity, ActivityCommand c) {
        ActivityRules.check(c.agency(), c.kind(), c.title(), c.description(), c.startDate(), c.endDate(), c.sourceSymbol());
        AgencyEntity agency = agencies.findByAcronymIgnoreCase(c.agency().strip())
                .orElseThrow(() -> new DomainException("activity.agency.unknown", c.agency().strip()));
        ColumnLimit.ACTIVITY_TITLE.check(c.title());
        String description = c.description() == null ? "" : c.description().strip();
        String symbol = blankToNull(c.sourceSymbol());
        String paragraph = blankToNull(c.sourceParagraph());
        ColumnLimit.ACTIVITY_SOURCE_PARAGRAPH.check(paragraph);
        Set<ParticipantEntity> countries = new LinkedHashSet<>();
        for (String iso3 : c.countries() == null ? List.<String>of() : c.countries()) {
            if (iso3 == null || iso3.isBlank()) {
                continue;
            }
            String code = iso3.strip().toUpperCase(Locale.ROOT);
            countries.add(participants.findByIso3(code).orElseThrow(() -> new DomainException("activity.country.unknown", code)));
        }
        Set<AgencyEntity> partners = new LinkedHashSet<>();
        for (String acronym : c.partners() == null ? List.<String>of() : c.partners()) {
            if (acronym == null || acronym.isBlank()) {
                continue;
            }
            AgencyEntity partner = agencies.findByAcronymIgnoreCase(acronym.strip())
                    .orElseThrow(() -> new DomainException("activity.partner.unknown", acronym.strip()));
            ActivityRules.checkPartner(agency.getAcronym(), partner.getAcronym());
            partners.add(partner);
        }
        activity.apply(c, agency, description, symbol, paragraph, countries, partners);
    }

    /** The normalized text the browser searches (see {@link ArabicSearch#normalize(String)}). */
    public static String searchText(String title, String description) {
        return ArabicSearch.normalize(title + " " + (description == null ? "" : description));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String summary(ActivityEntity a) {
        return a.getAgency().getAcronym() + ": " + a.getTitle();
    }

    static String describe(ActivityEntity a) {
        ActivityFigures f = a.getFigures();
        return a.getAgency().getAcronym() + " | " + a.getKind() + " | " + a.getHeading() + "\n" + a.getTitle() + "\n"
                + a.getDescription() + "\n" + a.getStartDate() + " – " + a.getEndDate() + " (" + a.getDatePrecision() + ")\n"
                + "trained=" + f.peopleTrained() + " victims=" + f.victimsAssisted() + " arrested=" + f.suspectsArrested()
                + " countriesReached=" + f.countriesReached() + "\n"
                + "countries=" + a.getCountries().stream().map(ParticipantEntity::getIso3).sorted().toList()
                + " regions=" + a.getRegions().stream().map(ActivityRegion::name).sorted().toList()
                + " partners=" + a.getPartners().stream().map(AgencyEntity::getAcronym).sorted().collect(Collectors.toList())
                + "\n" + a.getSourceSymbol() + " " + a.getSourceParagraph();
    }
}
