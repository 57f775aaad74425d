package org.tiptracker.agency.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<AgencyEntity, Long> {

    Optional<AgencyEntity> findByAcronymIgnoreCase(String acronym);

    List<AgencyEntity> findAllByOrderBySortOrderAscAcronymAsc();
}
