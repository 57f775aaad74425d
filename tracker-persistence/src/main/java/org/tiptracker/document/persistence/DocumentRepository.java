package org.tiptracker.document.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<DocumentEntity, Long> {

    @Query("select d from DocumentEntity d where upper(d.symbol) = upper(?1)")
    Optional<DocumentEntity> findBySymbolIgnoringCase(String symbol);
}
