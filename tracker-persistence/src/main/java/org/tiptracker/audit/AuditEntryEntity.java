package org.tiptracker.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.IdentifiedEntity;

/** One change, kept for ever: who, when, what before and after, and why. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity extends IdentifiedEntity {

    private Instant occurredAt;

    private String username;

    private String entityType;

    private Long entityId;

    private String operation;

    private String summary;

    private String reason;

    private String beforeState;

    private String afterState;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(Instant occurredAt, String username, String entityType, Long entityId, String operation,
                            String summary, String reason, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.operation = operation;
        this.summary = summary;
        this.reason = reason;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    /** When it happened, as {@code yyyy-MM-dd HH:mm} in UTC. */
    public String getOccurredAtUtc() {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(occurredAt);
    }

    public String getUsername() { return username; }
    public String getOperation() { return operation; }
    public String getSummary() { return summary; }
    public String getReason() { return reason; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
