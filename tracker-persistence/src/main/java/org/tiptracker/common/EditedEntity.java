package org.tiptracker.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A changeable row that keeps who created it and who changed it last and when (the Working Group's
 * tables stop there; {@link AuditedEntity} adds when the row was created).
 */
@MappedSuperclass
public abstract class EditedEntity extends VersionedEntity {

    @Column(updatable = false)
    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    protected EditedEntity() {
    }

    protected EditedEntity(String user, Instant now) {
        this.createdBy = user;
        touch(user, now);
    }

    /** Notes a change by {@code user} at {@code now}. */
    public final void touch(String user, Instant now) {
        this.updatedAt = now;
        this.updatedBy = user;
    }

    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
