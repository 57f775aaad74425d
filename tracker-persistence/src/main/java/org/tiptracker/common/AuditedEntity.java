package org.tiptracker.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a changeable record keeps about itself: who created it and when, who changed it last and
 * when, and its version (optimistic locking: a save over a newer version is refused).
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Column(updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected AuditedEntity() {
    }

    protected AuditedEntity(String user, Instant now) {
        this.createdAt = now;
        this.createdBy = user;
        touch(user, now);
    }

    /** Notes a change by {@code user} at {@code now}. */
    public final void touch(String user, Instant now) {
        this.updatedAt = now;
        this.updatedBy = user;
    }

    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
