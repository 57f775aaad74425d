package org.tiptracker.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A changeable row that keeps who created it and who changed it last and when (the Working Group's
 * tables stop there; {@link AuditedEntity} adds when the row was created).
 */
@MappedSuperclass
public abstract class EditedEntity extends UpdatedEntity {

    @Column(updatable = false)
    private String createdBy;

    protected EditedEntity() {
    }

    protected EditedEntity(String user, Instant now) {
        this.createdBy = user;
        touch(user, now);
    }

    public String getCreatedBy() { return createdBy; }
}
