package org.tiptracker.workinggroup.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WgThemeRepository extends JpaRepository<WgThemeEntity, String> {

    List<WgThemeEntity> findAllByOrderBySortOrder();
}
