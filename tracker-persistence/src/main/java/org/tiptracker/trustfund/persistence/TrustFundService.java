package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.FundContribution;
import org.tiptracker.trustfund.FundExpenditure;
import org.tiptracker.trustfund.FundGrant;
import org.tiptracker.trustfund.Money;
import org.tiptracker.trustfund.TrustFundCalculator;
import org.tiptracker.trustfund.TrustFundFigures;

/**
 * The Trust Fund's records: donors, contributions, expenditures other than grants, calls for
 * proposals, grants and the Board of Trustees. Anyone signed in or not may read; only the secretariat changes, each change audited in
 * the same transaction, and a change made on an old version is refused as a conflict.
 */
@Service
public class TrustFundService {

    public static final String DONOR = "FundDonor";
    public static final String CONTRIBUTION = "FundContribution";
    public static final String EXPENDITURE = "FundExpenditure";
    public static final String CALL = "FundCall";
    public static final String GRANT = "FundGrant";
    public static final String TRUSTEE = "FundTrustee";
    private static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final FundDonorRepository donors;
    private final FundContributionRepository contributions;
    private final FundExpenditureRepository expenditures;
    private final FundCallRepository calls;
    private final FundGrantRepository grants;
    private final FundTrusteeRepository trustees;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final Records<FundDonorEntity> donorRecords;
    private final Records<FundContributionEntity> contributionRecords;
    private final Records<FundExpenditureEntity> expenditureRecords;
    private final Records<FundCallEntity> callRecords;
    private final Records<FundGrantEntity> grantRecords;
    private final Records<FundTrusteeEntity> trusteeRecords;

    public TrustFundService(FundDonorRepository donors, FundContributionRepository contributions,
                            FundExpenditureRepository expenditures, FundCallRepository calls, FundGrantRepository grants, FundTrusteeRepository trustees,
                            ParticipantRepository participants, AuditTrail audit) {
        this.donors = donors;
        this.contributions = contributions;
        this.expenditures = expenditures;
        this.calls = calls;
        this.grants = grants;
        this.trustees = trustees;
        this.participants = participants;
        this.audit = audit;
        this.donorRecords = new Records<>(DONOR, donors, FundDonorEntity::getId, FundDonorEntity::getVersion,
                TrustFundService::describe);
        this.contributionRecords = new Records<>(CONTRIBUTION, contributions, FundContributionEntity::getId,
                FundContributionEntity::getVersion, TrustFundService::describe);
        this.expenditureRecords = new Records<>(EXPENDITURE, expenditures, FundExpenditureEntity::getId,
                FundExpenditureEntity::getVersion, TrustFundService::describe);
        this.callRecords = new Records<>(CALL, calls, FundCallEntity::getId, FundCallEntity::getVersion,
                TrustFundService::describe);
        this.grantRecords = new Records<>(GRANT, grants, FundGrantEntity::getId, FundGrantEntity::getVersion,
                TrustFundService::describe);
        this.trusteeRecords = new Records<>(TRUSTEE, trustees, FundTrusteeEntity::getId, FundTrusteeEntity::getVersion,
                TrustFundService::describe);
    }

    // ------------------------------------------------------------------ figures

    /** The fund's figures on a date, computed from every contribution, grant and other expenditure. */
    @Transactional(readOnly = true)
    public TrustFundFigures figures(LocalDate asOf) {
        List<FundContribution> given = contributions.findAll().stream().map(c -> new FundContribution(
                "donor:" + c.getDonor().getId(), c.getDonor().getKind(), c.getReceivedOn(),
                new Money(c.getAmount(), c.getCurrency().strip()), c.getStatus())).toList();
        List<FundGrant> granted = grants.findAll().stream().map(g -> new FundGrant(g.getCountry().getIso3(),
                g.getCountry().getRegionEn(), g.getPeriodStart(), new Money(g.getAmount(), g.getCurrency().strip()),
                g.getStatus())).toList();
        List<FundExpenditure> spent = expenditures.findAll().stream().map(e -> new FundExpenditure(e.getSpentOn(),
                e.getKind(), new Money(e.getAmount(), e.getCurrency().strip()))).toList();
        return TrustFundCalculator.compute(given, granted, spent, asOf);
    }

    // ------------------------------------------------------------------ lists

    @Transactional(readOnly = true)
    public List<FundDonorEntity> donors() {
        return donors.findAll().stream().sorted(Comparator.comparing((FundDonorEntity d) -> d.getKind().isPrivate())
                .thenComparing(d -> d.displayName(true).toLowerCase(Locale.ROOT))).toList();
    }

    @Transactional(readOnly = true)
    public List<FundContributionEntity> contributions() {
        return contributions.findAll().stream().sorted(Comparator.comparing(FundContributionEntity::getReceivedOn)
                .reversed().thenComparing(FundContributionEntity::getId)).toList();
    }

    @Transactional(readOnly = true)
    public List<FundExpenditureEntity> expenditures() {
        return expenditures.findAll().stream().sorted(Comparator.comparing(FundExpenditureEntity::getSpentOn)
                .reversed().thenComparing(FundExpenditureEntity::getId)).toList();
    }

    @Transactional(readOnly = true)
    public List<FundCallEntity> calls() {
        return calls.findAll().stream().sorted(Comparator.comparing(FundCallEntity::getYear).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public List<FundGrantEntity> grants() {
        return grants.findAll().stream().sorted(Comparator.comparing(FundGrantEntity::getPeriodStart).reversed()
                .thenComparing(FundGrantEntity::getId)).toList();
    }

    @Transactional(readOnly = true)
    public List<FundTrusteeEntity> trustees() {
        return trustees.findAll().stream().sorted(Comparator.comparing((FundTrusteeEntity t) -> t.getTermEnd() == null
                ? LATEST : t.getTermEnd()).reversed().thenComparing(t -> !t.isChair()).thenComparing(FundTrusteeEntity::getId))
                .toList();
    }

    @Transactional(readOnly = true)
    public FundDonorEntity donor(long id) {
        return find(donorRecords, id);
    }

    @Transactional(readOnly = true)
    public FundContributionEntity contribution(long id) {
        return find(contributionRecords, id);
    }

    @Transactional(readOnly = true)
    public FundExpenditureEntity expenditure(long id) {
        return find(expenditureRecords, id);
    }

    @Transactional(readOnly = true)
    public FundCallEntity call(long id) {
        return find(callRecords, id);
    }

    @Transactional(readOnly = true)
    public FundGrantEntity grant(long id) {
        return find(grantRecords, id);
    }

    @Transactional(readOnly = true)
    public FundTrusteeEntity trustee(long id) {
        return find(trusteeRecords, id);
    }

    // ------------------------------------------------------------------ donors

    @Transactional
    public FundDonorEntity createDonor(Actor actor, FundCommands.Donor command) {
        return create(actor, donorRecords,
                () -> new FundDonorEntity(command.kind() == null ? DonorKind.STATE : command.kind()),
                r -> applyDonor(r, command));
    }

    @Transactional
    public FundDonorEntity updateDonor(Actor actor, long id, long expectedVersion, FundCommands.Donor command) {
        return update(actor, donorRecords, id, expectedVersion, r -> applyDonor(r, command));
    }

    private void applyDonor(FundDonorEntity donor, FundCommands.Donor c) {
        if (c.kind() == null) {
            throw new DomainException("trustfund.kind.required");
        }
        if (c.kind() == DonorKind.STATE) {
            ParticipantEntity state = participant(c.participantIso3(), "trustfund.participant.required");
            donors.findAll().stream().filter(d -> d.getParticipant() != null && d.getParticipant().getId().equals(state.getId())
                    && !d.getId().equals(donor.getId())).findAny().ifPresent(d -> {
                        throw new DomainException("trustfund.participant.duplicate", state.getIso3());
                    });
            donor.setParticipant(state);
            donor.setName(null);
        } else {
            String name = text(c.name(), "trustfund.name.required", ColumnLimit.DONOR_NAME);
            donors.findAll().stream().filter(d -> d.getName() != null && d.getName().equalsIgnoreCase(name)
                    && !d.getId().equals(donor.getId())).findAny().ifPresent(d -> {
                        throw new DomainException("trustfund.name.duplicate", name);
                    });
            donor.setParticipant(null);
            donor.setName(name);
        }
        donor.setKind(c.kind());
    }

    // ------------------------------------------------------------------ contributions

    @Transactional
    public FundContributionEntity createContribution(Actor actor, FundCommands.Contribution command) {
        return create(actor, contributionRecords, FundContributionEntity::new, r -> applyContribution(r, command));
    }

    @Transactional
    public FundContributionEntity updateContribution(Actor actor, long id, long expectedVersion,
                                                     FundCommands.Contribution command) {
        return update(actor, contributionRecords, id, expectedVersion, r -> applyContribution(r, command));
    }

    private void applyContribution(FundContributionEntity contribution, FundCommands.Contribution c) {
        if (c.donorId() == null) {
            throw new DomainException("trustfund.donorId.required");
        }
        FundDonorEntity donor = donors.findById(c.donorId())
                .orElseThrow(() -> new DomainException("trustfund.donorId.unknown"));
        date(c.receivedOn(), "trustfund.receivedOn.required", "trustfund.receivedOn.range");
        Money money = Money.of(c.amount(), c.currency());
        if (c.status() == null) {
            throw new DomainException("trustfund.status.required");
        }
        contribution.setDonor(donor);
        contribution.setReceivedOn(c.receivedOn());
        contribution.setAmount(money.amount());
        contribution.setCurrency(money.currency());
        contribution.setStatus(c.status());
        contribution.setNote(optional(c.note(), ColumnLimit.CONTRIBUTION_NOTE));
    }

    // ------------------------------------------------------------------ expenditures other than grants

    @Transactional
    public FundExpenditureEntity createExpenditure(Actor actor, FundCommands.Expenditure command) {
        return create(actor, expenditureRecords, FundExpenditureEntity::new, r -> applyExpenditure(r, command));
    }

    @Transactional
    public FundExpenditureEntity updateExpenditure(Actor actor, long id, long expectedVersion,
                                                   FundCommands.Expenditure command) {
        return update(actor, expenditureRecords, id, expectedVersion, r -> applyExpenditure(r, command));
    }

    private void applyExpenditure(FundExpenditureEntity expenditure, FundCommands.Expenditure c) {
        date(c.spentOn(), "trustfund.spentOn.required", "trustfund.spentOn.range");
        if (c.kind() == null) {
            throw new DomainException("trustfund.expenditureKind.required");
        }
        Money money = Money.of(c.amount(), c.currency());
        String description = optional(c.description(), ColumnLimit.EXPENDITURE_DESCRIPTION);
        if (c.kind() == ExpenditureKind.OTHER && description == null) {
            throw new DomainException("trustfund.description.required");
        }
        expenditure.setSpentOn(c.spentOn());
        expenditure.setKind(c.kind());
        expenditure.setAmount(money.amount());
        expenditure.setCurrency(money.currency());
        expenditure.setDescription(description);
    }

    // ------------------------------------------------------------------ calls

    @Transactional
    public FundCallEntity createCall(Actor actor, FundCommands.Call command) {
        return create(actor, callRecords, FundCallEntity::new, r -> applyCall(r, command));
    }

    @Transactional
    public FundCallEntity updateCall(Actor actor, long id, long expectedVersion, FundCommands.Call command) {
        return update(actor, callRecords, id, expectedVersion, r -> applyCall(r, command));
    }

    private void applyCall(FundCallEntity call, FundCommands.Call c) {
        if (c.year() == null) {
            throw new DomainException("trustfund.year.required");
        }
        if (c.year() < EARLIEST.getYear() || c.year() > LATEST.getYear()) {
            throw new DomainException("trustfund.year.range", EARLIEST.getYear(), LATEST.getYear());
        }
        String titleAr = text(c.titleAr(), "trustfund.titleAr.required", ColumnLimit.CALL_TITLE_AR);
        String titleEn = text(c.titleEn(), "trustfund.titleEn.required", ColumnLimit.CALL_TITLE_EN);
        if (c.opensOn() != null) {
            date(c.opensOn(), null, "trustfund.opensOn.range");
        }
        if (c.closesOn() != null) {
            date(c.closesOn(), null, "trustfund.closesOn.range");
        }
        if (c.opensOn() != null && c.closesOn() != null && c.closesOn().isBefore(c.opensOn())) {
            throw new DomainException("trustfund.closesOn.beforeStart");
        }
        call.setYear(c.year());
        call.setTitleAr(titleAr);
        call.setTitleEn(titleEn);
        call.setOpensOn(c.opensOn());
        call.setClosesOn(c.closesOn());
    }

    // ------------------------------------------------------------------ grants

    @Transactional
    public FundGrantEntity createGrant(Actor actor, FundCommands.Grant command) {
        return create(actor, grantRecords, FundGrantEntity::new, r -> applyGrant(r, command));
    }

    @Transactional
    public FundGrantEntity updateGrant(Actor actor, long id, long expectedVersion, FundCommands.Grant command) {
        return update(actor, grantRecords, id, expectedVersion, r -> applyGrant(r, command));
    }

    private void applyGrant(FundGrantEntity grant, FundCommands.Grant c) {
        String ngo = text(c.ngoName(), "trustfund.ngoName.required", ColumnLimit.GRANT_NGO_NAME);
        ParticipantEntity country = participant(c.countryIso3(), "trustfund.country.required");
        Money money = Money.of(c.amount(), c.currency());
        date(c.periodStart(), "trustfund.periodStart.required", "trustfund.periodStart.range");
        date(c.periodEnd(), "trustfund.periodEnd.required", "trustfund.periodEnd.range");
        if (c.periodEnd().isBefore(c.periodStart())) {
            throw new DomainException("trustfund.periodEnd.beforeStart");
        }
        if (c.status() == null) {
            throw new DomainException("trustfund.status.required");
        }
        FundCallEntity call = null;
        if (c.callId() != null) {
            call = calls.findById(c.callId()).orElseThrow(() -> new DomainException("trustfund.callId.unknown"));
        }
        grant.setCall(call);
        grant.setNgoName(ngo);
        grant.setCountry(country);
        grant.setAmount(money.amount());
        grant.setCurrency(money.currency());
        grant.setPeriodStart(c.periodStart());
        grant.setPeriodEnd(c.periodEnd());
        grant.setFocusGroups(optional(c.focusGroups(), ColumnLimit.GRANT_FOCUS_GROUPS));
        grant.setServices(optional(c.services(), ColumnLimit.GRANT_SERVICES));
        grant.setStatus(c.status());
    }

    // ------------------------------------------------------------------ trustees

    @Transactional
    public FundTrusteeEntity createTrustee(Actor actor, FundCommands.Trustee command) {
        return create(actor, trusteeRecords, FundTrusteeEntity::new, r -> applyTrustee(r, command));
    }

    @Transactional
    public FundTrusteeEntity updateTrustee(Actor actor, long id, long expectedVersion, FundCommands.Trustee command) {
        return update(actor, trusteeRecords, id, expectedVersion, r -> applyTrustee(r, command));
    }

    private void applyTrustee(FundTrusteeEntity trustee, FundCommands.Trustee c) {
        String nameAr = text(c.nameAr(), "trustfund.nameAr.required", ColumnLimit.TRUSTEE_NAME_AR);
        String nameEn = optional(c.nameEn(), ColumnLimit.TRUSTEE_NAME_EN);
        ParticipantEntity country = participant(c.countryIso3(), "trustfund.country.required");
        if (c.termStart() != null) {
            date(c.termStart(), null, "trustfund.termStart.range");
        }
        if (c.termEnd() != null) {
            date(c.termEnd(), null, "trustfund.termEnd.range");
        }
        if (c.termStart() != null && c.termEnd() != null && c.termEnd().isBefore(c.termStart())) {
            throw new DomainException("trustfund.termEnd.beforeStart");
        }
        trustee.setNameAr(nameAr);
        trustee.setNameEn(nameEn);
        trustee.setCountry(country);
        trustee.setChair(c.chair());
        trustee.setTermStart(c.termStart());
        trustee.setTermEnd(c.termEnd());
    }

    // ------------------------------------------------------------------ helpers

    /** One kind of record: its audit entity name, repository, and how to read its id, version and summary. */
    private record Records<E>(String entity, JpaRepository<E, Long> repository, Function<E, Long> id,
                              ToLongFunction<E> version, Function<E, String> describe) {
    }

    private static <E> E find(Records<E> records, long id) {
        return records.repository().findById(id).orElseThrow(() -> new NotFoundException("trustfund.notFound", id));
    }

    /** Creates a record from {@code apply}, audited as CREATE with its summary after. */
    private <E> E create(Actor actor, Records<E> records, Supplier<E> fresh, Consumer<E> apply) {
        requireSecretariat(actor);
        E record = fresh.get();
        apply.accept(record);
        record = records.repository().saveAndFlush(record);
        String after = records.describe().apply(record);
        audit.record(actor.username(), records.entity(), records.id().apply(record), "CREATE", after, null, null,
                after);
        return record;
    }

    /** Changes a record through {@code apply} unless its version moved on (a conflict); audited as UPDATE, before and after. */
    private <E> E update(Actor actor, Records<E> records, long id, long expectedVersion, Consumer<E> apply) {
        requireSecretariat(actor);
        E record = find(records, id);
        String before = records.describe().apply(record);
        checkVersion(records.version().applyAsLong(record), expectedVersion, before);
        apply.accept(record);
        records.repository().saveAndFlush(record);
        String after = records.describe().apply(record);
        audit.record(actor.username(), records.entity(), id, "UPDATE", after, null, before, after);
        return record;
    }

    private static void requireSecretariat(Actor actor) {
        if (actor == null || !actor.isSecretariat()) {
            throw new ForbiddenException("trust fund: " + (actor == null ? "nobody" : actor.username()));
        }
    }

    private static void checkVersion(long current, long expected, String now) {
        if (current != expected) {
            throw new ConflictException("trustfund.conflict", now);
        }
    }

    private ParticipantEntity participant(String iso3, String requiredKey) {
        if (iso3 == null || iso3.isBlank()) {
            throw new DomainException(requiredKey);
        }
        return participants.findByIso3(iso3.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DomainException("trustfund.participant.unknown", iso3.strip()));
    }

    private static void date(LocalDate date, String requiredKey, String rangeKey) {
        if (date == null) {
            throw new DomainException(requiredKey);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DomainException(rangeKey, EARLIEST, LATEST);
        }
    }

    private static String text(String value, String requiredKey, ColumnLimit limit) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        return limit.check(value.strip());
    }

    private static String optional(String value, ColumnLimit limit) {
        return limit.check(value == null || value.isBlank() ? null : value.strip());
    }

    static String describe(FundDonorEntity d) {
        return "donor " + d.getKind() + ": " + (d.getParticipant() != null ? d.getParticipant().getIso3() : d.getName());
    }

    static String describe(FundContributionEntity c) {
        return "contribution of " + describe(c.getDonor()) + " on " + c.getReceivedOn() + ": " + c.getAmount().toPlainString()
                + " " + c.getCurrency() + " " + c.getStatus() + (c.getNote() == null ? "" : " (" + c.getNote() + ")");
    }

    static String describe(FundExpenditureEntity e) {
        return "expenditure " + e.getKind() + " on " + e.getSpentOn() + ": " + e.getAmount().toPlainString() + " "
                + e.getCurrency() + (e.getDescription() == null ? "" : " (" + e.getDescription() + ")");
    }

    static String describe(FundCallEntity c) {
        return "call " + c.getYear() + ": " + c.getTitleEn() + " [" + c.getOpensOn() + " - " + c.getClosesOn() + "]";
    }

    static String describe(FundGrantEntity g) {
        return "grant to " + g.getNgoName() + " (" + g.getCountry().getIso3() + "): " + g.getAmount().toPlainString() + " "
                + g.getCurrency() + ", " + g.getPeriodStart() + " - " + g.getPeriodEnd() + ", " + g.getStatus()
                + (g.getCall() == null ? "" : ", call " + g.getCall().getYear());
    }

    static String describe(FundTrusteeEntity t) {
        return "trustee " + t.getNameAr() + (t.getNameEn() == null ? "" : " / " + t.getNameEn()) + " ("
                + t.getCountry().getIso3() + ")" + (t.isChair() ? ", chair" : "") + ", " + t.getTermStart() + " - "
                + t.getTermEnd();
    }
}
