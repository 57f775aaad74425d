package org.tiptracker.common;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * A changeable row that keeps who changed it last and when. A measure report stops there (its
 * table has no creator: the participant's report is opened for it); {@link EditedEntity} adds who
 * created the row.
 */
@MappedSuperclass
public abstract class UpdatedEntity extends VersionedEntity {

    private Instant updatedAt;

    private String updatedBy;

    /** Notes a change by {@code user} at {@code now}. */
    public final void touch(String user, Instant now) {
        this.updatedAt = now;
        this.updatedBy = user;
    }

    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
