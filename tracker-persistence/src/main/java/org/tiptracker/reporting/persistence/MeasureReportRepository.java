package org.tiptracker.reporting.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasureReportRepository extends JpaRepository<MeasureReportEntity, Long> {

    Optional<MeasureReportEntity> findByCycleIdAndParticipantId(Long cycleId, Long participantId);

    /**
     * The report, its row locked until the transaction ends: two saves of one report take turns, and
     * the second sees the first's version (a conflict it reports) instead of failing at the flush.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MeasureReportEntity r where r.id = :id")
    Optional<MeasureReportEntity> findByIdForUpdate(@Param("id") Long id);

    List<MeasureReportEntity> findByCycleId(Long cycleId);

    List<MeasureReportEntity> findByParticipantIdOrderByCycleIdDesc(Long participantId);
}
