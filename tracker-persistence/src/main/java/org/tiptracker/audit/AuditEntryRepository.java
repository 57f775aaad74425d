package org.tiptracker.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {

    List<AuditEntryEntity> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, Long entityId);

    List<AuditEntryEntity> findAllByOrderByOccurredAtDescIdDesc(Pageable page);
}
