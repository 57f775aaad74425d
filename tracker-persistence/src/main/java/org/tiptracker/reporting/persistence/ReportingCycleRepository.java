package org.tiptracker.reporting.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingCycleRepository extends JpaRepository<ReportingCycleEntity, Long> {

    List<ReportingCycleEntity> findAllByOrderByPeriodEndDescIdDesc();
}
