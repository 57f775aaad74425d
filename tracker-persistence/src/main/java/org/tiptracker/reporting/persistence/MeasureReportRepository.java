package org.tiptracker.reporting.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureReportRepository extends JpaRepository<MeasureReportEntity, Long> {

    Optional<MeasureReportEntity> findByCycleIdAndParticipantId(Long cycleId, Long participantId);

    List<MeasureReportEntity> findByCycleId(Long cycleId);

    List<MeasureReportEntity> findByParticipantIdOrderByCycleIdDesc(Long participantId);
}
