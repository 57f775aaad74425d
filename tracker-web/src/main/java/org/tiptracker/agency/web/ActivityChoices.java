package org.tiptracker.agency.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tiptracker.agency.persistence.ActivityRow;
import org.tiptracker.agency.persistence.AgencyService;
import org.tiptracker.agency.persistence.AgencyViews;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/** What the activity pages offer to choose from: the agencies, the participants, and the browser's filters read against them. */
@Component
class ActivityChoices {

    private final AgencyService agencies;
    private final TreatyRegistry registry;

    ActivityChoices(AgencyService agencies, TreatyRegistry registry) {
        this.agencies = agencies;
        this.registry = registry;
    }

    List<AgencyViews.Agency> agencies() {
        return agencies.all();
    }

    /** Every participant, by its current name in the page's language. */
    List<ActivityRow.Country> countries(boolean english) {
        return sorted(registry.snapshot().participants().stream().map(ActivityChoices::country).toList(), english);
    }

    private static ActivityRow.Country country(Participant p) {
        return new ActivityRow.Country(p.iso3(), p.currentName().nameAr(), p.currentName().nameEn());
    }

    /** The filters of the address; an unknown value is dropped and reported. */
    ActivityFilter filter(Map<String, String> params) {
        Set<String> acronyms = agencies.all().stream().map(AgencyViews.Agency::acronym).collect(Collectors.toSet());
        Set<String> iso3 = registry.snapshot().participants().stream().map(Participant::iso3).collect(Collectors.toSet());
        return ActivityFilter.of(params, acronyms, iso3);
    }

    /** An export's filters: an unknown value is refused, so nothing is downloaded that was not asked for. */
    ActivityFilter exportFilter(Map<String, String> params) {
        ActivityFilter filter = filter(params);
        if (filter.ignored().stream().anyMatch(i -> !"activity.filter.page".equals(i.field()))) {
            throw new DomainException("activity.export.invalid");
        }
        return filter;
    }

    static List<ActivityRow.Country> sorted(List<ActivityRow.Country> countries, boolean english) {
        Comparator<ActivityRow.Country> order = english ? Comparator.comparing(ActivityRow.Country::nameEn)
                : Comparator.comparing(ActivityRow.Country::nameAr, UnArabicOrder.INSTANCE);
        return countries.stream().sorted(order).toList();
    }
}
