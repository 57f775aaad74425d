package org.tiptracker.workinggroup.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every changeable Working Group row keeps: who created it, who changed it last and when, its version. */
@MappedSuperclass
public abstract class WgAuditedEntity {

    @Column(updatable = false)
    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected WgAuditedEntity() {
    }

    WgAuditedEntity(String user, Instant now) {
        this.createdBy = user;
        touched(user, now);
    }

    void touched(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public long getVersion() { return version; }
}
