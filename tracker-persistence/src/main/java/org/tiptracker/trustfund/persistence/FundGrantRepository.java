package org.tiptracker.trustfund.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Trust Fund's grant rows. */
public interface FundGrantRepository extends JpaRepository<FundGrantEntity, Long> {
}
