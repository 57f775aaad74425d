package org.tiptracker.treaty.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyRules;

/**
 * Adds, corrects and deletes treaty actions. Every change passes the treaty rules, is refused if
 * someone else changed the record meanwhile, and leaves an audit entry with its reason.
 */
@Service
public class TreatyActionService {

    static final String ENTITY = "TreatyAction";

    private final ParticipantRepository participants;
    private final TreatyActionRepository actions;
    private final AuditTrail audit;

    public TreatyActionService(ParticipantRepository participants, TreatyActionRepository actions, AuditTrail audit) {
        this.participants = participants;
        this.actions = actions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ActionRecord find(long id) {
        return ActionRecord.of(actions.findById(id).orElseThrow(() -> new NotFoundException("action.notFound", id)));
    }

    @Transactional
    public ActionRecord add(ActionCommand command, String user) {
        return add(command, user, Set.of());
    }

    /**
     * Adds an action; {@code waived} names rules (among {@link TreatyRules#WAIVABLE}) that the user
     * confirmed not to apply, to record what the depositary recorded (a ratification listed without a signature).
     */
    @Transactional
    public ActionRecord add(ActionCommand command, String user, Set<String> waived) {
        requireReason(command.reason());
        ParticipantEntity participant = participant(command.iso3());
        TreatyAction candidate = toDomain(null, participant, command);
        TreatyRules.check(candidate, domainActions(participant.getIso3(), null), audit.today(), waived);
        TreatyActionEntity saved = actions.saveAndFlush(new TreatyActionEntity(participant, candidate,
                blankToNull(command.source()), user, audit.now()));
        audit.record(user, ENTITY, saved.getId(), "CREATE", summary(saved), command.reason().trim(), null, describe(saved));
        return ActionRecord.of(saved);
    }

    @Transactional
    public ActionRecord update(long id, long expectedVersion, ActionCommand command, String user) {
        requireReason(command.reason());
        TreatyActionEntity entity = lockedCurrent(id, expectedVersion);
        ParticipantEntity participant = entity.getParticipant();
        if (command.iso3() != null && !participant.getIso3().equalsIgnoreCase(command.iso3())) {
            throw new DomainException("action.participantFixed");
        }
        String before = describe(entity);
        TreatyAction old = TreatyRegistry.toDomain(entity);
        TreatyAction candidate = toDomain(id, participant, command);
        List<TreatyAction> others = domainActions(participant.getIso3(), id);
        // A correction is not blocked by a waivable problem the record already had (depositary data).
        Set<String> alreadyWaived = TreatyRules.violations(old, others, audit.today()).stream()
                .map(DomainException::messageKey)
                .filter(TreatyRules.WAIVABLE::contains)
                .collect(Collectors.toSet());
        TreatyRules.check(candidate, others, audit.today(), alreadyWaived);
        List<TreatyAction> after = new ArrayList<>(others);
        // The corrected action stands in for the old one (without its id, which the removal check skips).
        after.add(new TreatyAction(null, candidate.iso3(), candidate.treaty(), candidate.kind(), candidate.date(),
                candidate.text()));
        TreatyRules.checkRemoval(old, after);
        entity.change(candidate, blankToNull(command.source()), user, audit.now());
        actions.saveAndFlush(entity);
        audit.record(user, ENTITY, id, "UPDATE", summary(entity), command.reason().trim(), before, describe(entity));
        return ActionRecord.of(entity);
    }

    @Transactional
    public void delete(long id, long expectedVersion, String reason, String user) {
        requireReason(reason);
        TreatyActionEntity entity = lockedCurrent(id, expectedVersion);
        TreatyAction old = TreatyRegistry.toDomain(entity);
        TreatyRules.checkRemoval(old, domainActions(entity.getParticipant().getIso3(), id));
        String before = describe(entity);
        actions.delete(entity);
        actions.flush();
        audit.record(user, ENTITY, id, "DELETE", summary(entity), reason.trim(), before, null);
    }

    private TreatyActionEntity lockedCurrent(long id, long expectedVersion) {
        TreatyActionEntity entity = actions.findById(id)
                .orElseThrow(() -> new ConflictException("action.conflict.deleted", null));
        entity.requireVersion(expectedVersion, "action.conflict.changed", describe(entity));
        return entity;
    }

    private List<TreatyAction> domainActions(String iso3, Long excludedId) {
        return actions.findByParticipantIso3(iso3).stream()
                .filter(action -> excludedId == null || !excludedId.equals(action.getId()))
                .map(TreatyRegistry::toDomain)
                .toList();
    }

    private ParticipantEntity participant(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            throw new DomainException("action.participantRequired");
        }
        return participants.findByIso3(iso3.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DomainException("participant.unknown", iso3));
    }

    private static TreatyAction toDomain(Long id, ParticipantEntity participant, ActionCommand command) {
        if (command.treaty() == null) {
            throw new DomainException("action.treatyRequired");
        }
        if (command.kind() == null) {
            throw new DomainException("action.kindRequired");
        }
        if (command.date() == null) {
            throw new DomainException("action.dateRequired");
        }
        return new TreatyAction(id, participant.getIso3(), command.treaty(), command.kind(), command.date(),
                blankToNull(command.text()));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("action.reasonRequired");
        }
    }

    static String summary(TreatyActionEntity entity) {
        return entity.getParticipant().getIso3() + " " + entity.getTreatyCode() + " " + entity.getKind() + " "
                + entity.getActionDate();
    }

    /** A readable, stable description of the record, kept as "before" and "after" in the audit trail. */
    static String describe(TreatyActionEntity entity) {
        StringBuilder text = new StringBuilder()
                .append("participant=").append(entity.getParticipant().getIso3())
                .append("; treaty=").append(entity.getTreatyCode())
                .append("; kind=").append(entity.getKind())
                .append("; date=").append(entity.getActionDate());
        if (entity.getText() != null) {
            text.append("; text=").append(entity.getText());
        }
        if (entity.getSource() != null) {
            text.append("; source=").append(entity.getSource());
        }
        return text.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
