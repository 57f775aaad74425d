package org.tiptracker.awareness.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BlueHeartReportedCountRepository extends JpaRepository<BlueHeartReportedCountEntity, Long> {

    List<BlueHeartReportedCountEntity> findAllByOrderByAsOfAsc();

    boolean existsByAsOf(LocalDate asOf);
}
