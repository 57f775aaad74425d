package org.tiptracker.trustfund.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Trust Fund's call rows. */
public interface FundCallRepository extends JpaRepository<FundCallEntity, Long> {
}
