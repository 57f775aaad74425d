package org.tiptracker.trustfund.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Trust Fund's expenditures other than grants. */
public interface FundExpenditureRepository extends JpaRepository<FundExpenditureEntity, Long> {
}
