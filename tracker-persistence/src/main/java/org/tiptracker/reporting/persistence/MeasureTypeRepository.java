package org.tiptracker.reporting.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureTypeRepository extends JpaRepository<MeasureTypeEntity, String> {

    List<MeasureTypeEntity> findAllByOrderBySortOrderAsc();
}
