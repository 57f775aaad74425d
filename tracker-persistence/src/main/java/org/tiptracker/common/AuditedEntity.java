package org.tiptracker.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What a changeable record keeps about itself: who created it and when, who changed it last and
 * when, and its version (optimistic locking: a save over a newer version is refused).
 */
@MappedSuperclass
public abstract class AuditedEntity extends EditedEntity {

    @Column(updatable = false)
    private Instant createdAt;

    protected AuditedEntity() {
    }

    protected AuditedEntity(String user, Instant now) {
        super(user, now);
        this.createdAt = now;
    }

    public Instant getCreatedAt() { return createdAt; }
}
