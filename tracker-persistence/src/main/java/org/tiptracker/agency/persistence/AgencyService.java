package org.tiptracker.agency.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.agency.persistence.AgencyViews.Agency;
import org.tiptracker.common.NotFoundException;

/** The agencies, in their reference order (as the report lists them). */
@Service
public class AgencyService {

    private final AgencyRepository agencies;

    public AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public List<Agency> all() {
        return agencies.findAllByOrderBySortOrderAscAcronymAsc().stream().map(Agency::of).toList();
    }

    /** The agency of {@code acronym}, whatever its case. */
    @Transactional(readOnly = true)
    public Optional<Agency> find(String acronym) {
        return acronym == null ? Optional.empty() : agencies.findByAcronymIgnoreCase(acronym).map(Agency::of);
    }

    /** As {@link #find}; not found ({@code agency.notFound}) otherwise. */
    @Transactional(readOnly = true)
    public Agency get(String acronym) {
        return find(acronym).orElseThrow(() -> new NotFoundException("agency.notFound", acronym));
    }
}
