package org.tiptracker.globalreport.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GlobalReportFindingRepository extends JpaRepository<GlobalReportFindingEntity, Long> {

    List<GlobalReportFindingEntity> findByEditionIdOrderByIdAsc(Long editionId);
}
