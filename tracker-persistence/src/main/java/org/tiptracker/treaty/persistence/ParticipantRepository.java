package org.tiptracker.treaty.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    Optional<ParticipantEntity> findByIso3(String iso3);

    @EntityGraph(attributePaths = "formerNames")
    @Query("select distinct p from ParticipantEntity p")
    List<ParticipantEntity> findAllWithNames();
}
