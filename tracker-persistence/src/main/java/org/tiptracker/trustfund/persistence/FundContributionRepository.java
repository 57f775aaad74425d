package org.tiptracker.trustfund.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Trust Fund's contribution rows. */
public interface FundContributionRepository extends JpaRepository<FundContributionEntity, Long> {
}
