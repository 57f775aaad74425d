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

    /**
     * Refuses a change made to another version than this row's (someone changed it meanwhile): the
     * conflict carries {@code current}, the row as it is now, for the conflict page.
     */
    public void requireVersion(long expectedVersion, String conflictKey, String current) {
        if (version != expectedVersion) {
            throw new ConflictException(conflictKey, current);
        }
    }
}
