package org.tiptracker.workinggroup.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WgMeetingRepository extends JpaRepository<WgMeetingEntity, Long> {

    Optional<WgMeetingEntity> findByNumber(int number);

    List<WgMeetingEntity> findAllByOrderByNumberDesc();
}
