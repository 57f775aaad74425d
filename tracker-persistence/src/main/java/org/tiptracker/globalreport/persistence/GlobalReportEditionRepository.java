package org.tiptracker.globalreport.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GlobalReportEditionRepository extends JpaRepository<GlobalReportEditionEntity, Long> {

    List<GlobalReportEditionEntity> findAllByOrderByYearAsc();

    Optional<GlobalReportEditionEntity> findByYear(int year);
}
