package org.tiptracker.treaty.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TreatyRepository extends JpaRepository<TreatyEntity, String> {
}
