package org.tiptracker.treaty.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TreatyActionRepository extends JpaRepository<TreatyActionEntity, Long> {

    @Query("select a from TreatyActionEntity a join fetch a.participant")
    List<TreatyActionEntity> findAllWithParticipant();

    @Query("select a from TreatyActionEntity a join fetch a.participant p where p.iso3 = :iso3 order by a.actionDate, a.id")
    List<TreatyActionEntity> findByParticipantIso3(String iso3);
}
