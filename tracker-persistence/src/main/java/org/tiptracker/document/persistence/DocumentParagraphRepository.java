package org.tiptracker.document.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentParagraphRepository extends JpaRepository<DocumentParagraphEntity, Long> {

    List<DocumentParagraphEntity> findByDocumentIdOrderByPositionAscIdAsc(long documentId);

    long countByDocumentId(long documentId);
}
