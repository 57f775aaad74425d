package org.tiptracker.document.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;

public interface DocumentRepository extends JpaRepository<DocumentEntity, Long>, DocumentSearch {

    @Query("select d from DocumentEntity d where upper(d.symbol) = upper(?1)")
    Optional<DocumentEntity> findBySymbolIgnoringCase(String symbol);

    /** The years that have documents, the latest first. */
    @Query("select distinct d.year from DocumentEntity d order by d.year desc")
    List<Integer> years();

    /** How many documents other than {@code exceptId} (null: none yet) the organ and kind number {@code number}. */
    @Query("select count(d) from DocumentEntity d where d.organ = ?1 and d.kind = ?2"
            + " and d.number = ?3 and (?4 is null or d.id <> ?4)")
    long countOthersNumbered(Organ organ, DocumentKind kind, String number, Long exceptId);
}
