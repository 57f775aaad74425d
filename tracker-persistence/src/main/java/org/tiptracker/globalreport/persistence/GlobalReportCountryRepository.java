package org.tiptracker.globalreport.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GlobalReportCountryRepository extends JpaRepository<GlobalReportCountryEntity, Long> {

    @Query("select c from GlobalReportCountryEntity c join fetch c.participant where c.editionId = ?1")
    List<GlobalReportCountryEntity> findWithParticipants(Long editionId);

    @Query("select c from GlobalReportCountryEntity c join fetch c.participant where c.id = ?1")
    Optional<GlobalReportCountryEntity> findWithParticipant(Long id);

    boolean existsByEditionIdAndParticipantId(Long editionId, Long participantId);
}
