package org.tiptracker.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row that can be changed after it is saved, with its version (optimistic locking: a save over a
 * newer version is refused).
 */
@MappedSuperclass
public abstract class VersionedEntity extends IdentifiedEntity {

    @Version
    private long version;

    public long getVersion() { return version; }
}
