package org.tiptracker.awareness.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BlueHeartAdoptionRepository extends JpaRepository<BlueHeartAdoptionEntity, Long> {

    @Query("select a from BlueHeartAdoptionEntity a join fetch a.participant")
    List<BlueHeartAdoptionEntity> findAllWithParticipants();

    Optional<BlueHeartAdoptionEntity> findByParticipantId(Long participantId);

    long countByDemoTrue();
}
