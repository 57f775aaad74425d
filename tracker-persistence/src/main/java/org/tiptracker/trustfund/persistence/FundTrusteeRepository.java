package org.tiptracker.trustfund.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Trust Fund's trustee rows. */
public interface FundTrusteeRepository extends JpaRepository<FundTrusteeEntity, Long> {
}
