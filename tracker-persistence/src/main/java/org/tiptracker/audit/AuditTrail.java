package org.tiptracker.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Entries are written in the transaction of the change itself.
 * The trail also owns the clock a change is stamped with, so that a record's "updated at" and its
 * entry name the same moment, and the services that record changes need no clock of their own.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The moment a change being made now is stamped with. */
    public Instant now() {
        return clock.instant();
    }

    /** The day against which a change's dates are checked ("not in the future", "this year"). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year (in UTC) that the rules on a record's year count up to. */
    public int year() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String entityType, Long entityId, String operation, String summary,
                       String reason, String before, String after) {
        entries.save(new AuditEntryEntity(clock.instant(), username, entityType, entityId, operation,
                truncate(summary, 500), reason, before, after));
    }

    /** Notes that {@code username} created a record; {@code after} describes it as saved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String username, String entityType, Long entityId, String summary, String after) {
        record(username, entityType, entityId, "CREATE", summary, null, null, after);
    }

    /** Notes a change that asks for no reason, with the record {@code before} and {@code after} it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String username, String entityType, Long entityId, String summary, String before, String after) {
        record(username, entityType, entityId, "UPDATE", summary, null, before, after);
    }

    /** Notes a deletion that asks for no reason; {@code before} describes the record as it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String username, String entityType, Long entityId, String summary, String before) {
        record(username, entityType, entityId, "DELETE", summary, null, before, null);
    }

    @Transactional(readOnly = true)
    public List<AuditEntryEntity> latest(int count) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, count));
    }

    @Transactional(readOnly = true)
    public List<AuditEntryEntity> of(String entityType, Long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
