package org.tiptracker.trustfund.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Trust Fund's donor rows. */
public interface FundDonorRepository extends JpaRepository<FundDonorEntity, Long> {
}
