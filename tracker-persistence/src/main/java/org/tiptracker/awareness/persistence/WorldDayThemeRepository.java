package org.tiptracker.awareness.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorldDayThemeRepository extends JpaRepository<WorldDayThemeEntity, Long> {

    List<WorldDayThemeEntity> findAllByOrderByYearAsc();

    Optional<WorldDayThemeEntity> findByYear(int year);
}
